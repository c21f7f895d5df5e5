import { codePointLength, type UrlCitation } from "../../core/text-annotation.js";
import type { Warning } from "../../core/warning.js";
import type { ReadAnnotation } from "../shared/read-annotation.js";

/**
 * One entry of an Anthropic text block's `citations` (or a stream's `citations_delta.citation`).
 * Anthropic cites a whole text block: the citation sits on the block whose text it supports, and
 * its `cited_text` is the source's words, not the answer's. So a URL citation becomes a
 * `url-citation` over the whole block, 0 to the block's length in code points (as OpenAI counts).
 *
 * URL-bearing kinds: `web_search_result_location` (url, title) and `search_result_location` whose
 * `source` is an http(s) URL (a search result the caller supplied; its source may be any name).
 * `char_location`, `page_location` and `content_block_location` point into documents the caller
 * sent, which neither Responses nor Chat Completions can name: dropped, by type, for a warning.
 */
export function readAnthropicCitation(raw: unknown, blockText: string): ReadAnnotation {
  const citation = urlCitationOf(raw);
  if (citation) return { kind: "carried", annotation: { type: "url-citation", ...citation, startIndex: 0, endIndex: codePointLength(blockText) } };
  const type = (raw as { type?: unknown } | null)?.type;
  return { kind: "dropped", annotationType: typeof type === "string" ? type : "untyped" };
}

/** The url and title of a URL-bearing citation; undefined for any other. */
export function urlCitationOf(raw: unknown): Pick<UrlCitation, "url" | "title"> | undefined {
  const wire = (typeof raw === "object" && raw !== null ? raw : {}) as { type?: unknown; url?: unknown; source?: unknown; title?: unknown };
  const title = typeof wire.title === "string" ? wire.title : "";
  if (wire.type === "web_search_result_location" && typeof wire.url === "string") return { url: wire.url, title };
  if (wire.type === "search_result_location" && typeof wire.source === "string" && /^https?:\/\//i.test(wire.source)) return { url: wire.source, title };
  return undefined;
}

/** A `dropped-annotation` warning per citation type of an Anthropic message that has no canonical form, once per type. */
export function droppedAnthropicCitationWarnings(body: unknown): Warning[] {
  const content = (body as { content?: unknown } | null)?.content;
  const dropped = new Set<string>();
  for (const block of Array.isArray(content) ? (content as { type?: unknown; citations?: unknown }[]) : []) {
    if (block?.type !== "text" || !Array.isArray(block.citations)) continue;
    for (const raw of block.citations as unknown[]) {
      const read = readAnthropicCitation(raw, "");
      if (read.kind === "dropped") dropped.add(read.annotationType);
    }
  }
  return [...dropped].map((annotationType) => ({ type: "dropped-annotation", annotationType }));
}
