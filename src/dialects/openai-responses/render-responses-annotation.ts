import type { UrlCitation } from "../../core/text-annotation.js";
import type { ResponsesUrlCitation } from "../../protocols/openai-responses/responses-object.js";

/** A canonical URL citation (indices already into the `output_text` it annotates) as the Responses API writes it. */
export function renderResponsesAnnotation(citation: UrlCitation): ResponsesUrlCitation {
  return { type: "url_citation", url: citation.url, title: citation.title, start_index: citation.startIndex, end_index: citation.endIndex };
}
