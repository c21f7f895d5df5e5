/**
 * A note on a span of an answer's text that more than one API can carry: a URL citation
 * (Responses `output_text.annotations[]` `url_citation`, Chat Completions `message.annotations[]`).
 * Other kinds (Responses `file_citation`, `container_file_citation`, `file_path`) exist in one API
 * only: providers name them in a `dropped-annotation` warning instead of inventing a shape.
 *
 * Indices are as the upstream gave them (OpenAI's APIs count characters, i.e. code points);
 * on a `TextPart` they are relative to that part's text, on a `text-annotation` stream event to
 * the answer's text so far (every `text-delta` joined). Renderers that join parts shift them
 * by the code points before (`codePointLength`).
 */
export type TextAnnotation = UrlCitation;

export interface UrlCitation {
  readonly type: "url-citation";
  readonly url: string;
  readonly title: string;
  readonly startIndex: number;
  readonly endIndex: number;
}

/** The annotation's name on OpenAI's wires, used in warnings so they name what the upstream sent. */
export function annotationWireType(annotation: TextAnnotation): string {
  switch (annotation.type) {
    case "url-citation":
      return "url_citation";
  }
}

/** The same annotation over a text that begins `offset` code points later. */
export function shiftAnnotation(annotation: TextAnnotation, offset: number): TextAnnotation {
  return offset === 0 ? annotation : { ...annotation, startIndex: annotation.startIndex + offset, endIndex: annotation.endIndex + offset };
}

/** Length in code points, the unit annotation indices count (a JS string's length counts UTF-16 units). */
export function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}
