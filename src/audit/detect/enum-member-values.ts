/**
 * A member of an enum whose whole value is one quoted string (`GEMINI_3_5_FLASH = "gemini-3.5-flash",`,
 * `COPILOT_PLUS_GLM_5_2 = "glm-5.2",`): an enum of model ids exists to name the models the code picks from, so its values
 * are models whatever the catalog knows and whatever words the member's name carries (label guide, round twenty-four).
 * The caller checks that the line is one of an enum's members (`FileFacts.enumMembers`); a constant outside an enum is not.
 * A bare family word (`GEMMA = "gemma"` in `class Kind(Enum)`) names a kind, not a model (round eleven): the value must carry
 * a version or a variant (a digit or a hyphen).
 */
const memberValueBefore = /^\s*[A-Za-z_]\w*\s*=\s*["'`]$/;
const memberValueAfter = /^["'`]\s*,?\s*(?:(?:\/\/|#).*)?$/;

const versionOrVariant = /[\d-]/;

export function isEnumMemberValue(options: { text: string; before: string; after: string }): boolean {
  return versionOrVariant.test(options.text) && memberValueBefore.test(options.before) && memberValueAfter.test(options.after);
}
