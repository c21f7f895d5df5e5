import type { TextAnnotation } from "../../core/text-annotation.js";

/** An upstream's text annotation, read: canonical when it has a form there, else the wire type to name in a `dropped-annotation` warning. */
export type ReadAnnotation = { readonly kind: "carried"; readonly annotation: TextAnnotation } | { readonly kind: "dropped"; readonly annotationType: string };
