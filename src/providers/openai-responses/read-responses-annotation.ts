import type { ReadAnnotation } from "../shared/read-annotation.js";

/**
 * One `output_text` annotation as a Responses upstream sends it. A `url_citation` (url, title,
 * start_index, end_index) has a canonical form; `file_citation`, `container_file_citation` and
 * `file_path` point into OpenAI's own file stores, which no other API can name: those (and a
 * url_citation missing a field) are dropped, by type, for a warning.
 */
export function readResponsesAnnotation(raw: unknown): ReadAnnotation {
  const wire = (typeof raw === "object" && raw !== null ? raw : {}) as { type?: unknown; url?: unknown; title?: unknown; start_index?: unknown; end_index?: unknown };
  if (wire.type === "url_citation" && typeof wire.url === "string" && Number.isInteger(wire.start_index) && Number.isInteger(wire.end_index)) {
    return {
      kind: "carried",
      annotation: { type: "url-citation", url: wire.url, title: typeof wire.title === "string" ? wire.title : "", startIndex: wire.start_index as number, endIndex: wire.end_index as number },
    };
  }
  return { kind: "dropped", annotationType: typeof wire.type === "string" ? wire.type : "untyped" };
}
