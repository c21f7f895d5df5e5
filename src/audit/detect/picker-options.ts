import { matchesOf } from "./matches-of.js";

/**
 * Whether the file passes the named list to a picker as its options (`st.selectbox('Select Model', supported_llms)`,
 * `gr.Dropdown(choices=SUPPORTED_MODELS)`, `options=supported_models`): what users choose from is what the app calls
 * (label guide, round six's options rule; the lead's ruling after round twenty), whatever the list is named.
 */
const pickerCall = /\b(?:selectbox|select_slider|radio|multiselect|Dropdown|Radio|Select)\s*\(|\b(?:options|choices)\s*=/;

export function isPassedAsPickerOptions(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const use = new RegExp(`^.*\\b${escaped}\\b.*$`, "gm");
  let first = true;
  for (const match of matchesOf(text, use)) {
    // The list's own definition line is not a use of it.
    if (first) {
      first = false;
      continue;
    }
    if (pickerCall.test(match[0])) return true;
  }
  return false;
}
