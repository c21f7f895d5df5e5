/**
 * A quoted pip requirement with a version pin (`"anthropic>=0.75.0"` in a Home Assistant `manifest.json`'s `requirements`,
 * `install_requires=["mistralai==1.2"]`): outside the manifests the walker knows, the string still installs the package
 * (label guide, round ten's rule "wherever installed", round twenty-one). Group 1 is the package's name; only the catalog's
 * packages count (see `detectPackages`).
 */
export const pinnedRequirementString = /["']([A-Za-z0-9][A-Za-z0-9_.-]*)(?:\[[\w,.-]+\])?\s*(?:===?|>=|<=|~=|!=|>|<)\s*\d[\w.*+-]*(?:\s*,\s*(?:===?|>=|<=|~=|!=|>|<)\s*\d[\w.*+-]*)*["']/g;
