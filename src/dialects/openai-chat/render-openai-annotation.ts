import type { UrlCitation } from "../../core/text-annotation.js";
import type { OpenAIAnnotationWire } from "../../protocols/openai-chat/openai-chat-wire.js";

/** A canonical URL citation (indices already into the whole `message.content`) as Chat Completions writes it. */
export function renderOpenAIAnnotation(citation: UrlCitation): OpenAIAnnotationWire {
  return { type: "url_citation", url_citation: { url: citation.url, title: citation.title, start_index: citation.startIndex, end_index: citation.endIndex } };
}
