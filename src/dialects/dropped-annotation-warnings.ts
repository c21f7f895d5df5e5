import { annotationWireType, type TextAnnotation } from "../core/text-annotation.js";
import type { Warning } from "../core/warning.js";

/**
 * A `dropped-annotation` warning for each annotation type among `annotations` that the caller's
 * dialect does not carry, once per type. `warned` remembers the types already named, so a stream
 * (one annotation at a time) warns once per answer as a whole answer does.
 */
export function droppedAnnotationWarnings(options: {
  readonly annotations: Iterable<TextAnnotation>;
  readonly carried: ReadonlySet<TextAnnotation["type"]> | undefined;
  readonly warned?: Set<string>;
}): Warning[] {
  const warned = options.warned ?? new Set<string>();
  const warnings: Warning[] = [];
  for (const annotation of options.annotations) {
    if (options.carried?.has(annotation.type)) continue;
    const annotationType = annotationWireType(annotation);
    if (warned.has(annotationType)) continue;
    warned.add(annotationType);
    warnings.push({ type: "dropped-annotation", annotationType });
  }
  return warnings;
}
