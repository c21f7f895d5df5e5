import type { ReadAnnotation } from "../shared/read-annotation.js";

/**
 * One Chat Completions `message.annotations[]` entry (or a streamed delta's): a `url_citation`
 * whose `url_citation` object holds url, title, start_index and end_index, indices into the
 * message's content. Anything else (no other type is defined; a citation missing a field) is
 * dropped by type, for a warning.
 */
export function readOpenAIAnnotation(raw: unknown): ReadAnnotation {
  const wire = (typeof raw === "object" && raw !== null ? raw : {}) as { type?: unknown; url_citation?: unknown };
  const citation = (typeof wire.url_citation === "object" && wire.url_citation !== null ? wire.url_citation : {}) as { url?: unknown; title?: unknown; start_index?: unknown; end_index?: unknown };
  if (wire.type === "url_citation" && typeof citation.url === "string" && Number.isInteger(citation.start_index) && Number.isInteger(citation.end_index)) {
    return {
      kind: "carried",
      annotation: { type: "url-citation", url: citation.url, title: typeof citation.title === "string" ? citation.title : "", startIndex: citation.start_index as number, endIndex: citation.end_index as number },
    };
  }
  return { kind: "dropped", annotationType: typeof wire.type === "string" ? wire.type : "untyped" };
}
