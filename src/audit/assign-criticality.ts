import type { Detection } from "./detection.js";
import type { Criticality } from "./finding.js";
import type { FileClass } from "./walk/classify-file.js";

/**
 * The rules, in order; the first that applies wins and its reason is reported:
 * 1. docs, tests, examples and notebooks are `low` whatever they contain (scanned, never skipped);
 * 2. weights and adapters on the base are `critical` (switching means retraining or re-sourcing);
 * 3. hard-coded template tokens in production paths are `critical` (they break silently on another model);
 * 4. a default or fallback value is `medium`;
 * 5. an id in a deployment file is `high`; in production code `high`;
 * 6. configuration, dependency manifests and licence texts are `medium`.
 */
export function assignCriticality(detection: Detection, file: FileClass): { criticality: Criticality; reason: string } {
  if (file.area !== "production") {
    const where = { test: "tests", example: "examples", docs: "documentation" }[file.area];
    return { criticality: "low", reason: `in ${where} (${file.areaEvidence ?? file.area}): scanned, not shipped` };
  }
  if (file.role === "notebook") return { criticality: "low", reason: "in a notebook: exploratory, not a production path" };
  if (file.role === "prose") return { criticality: "low", reason: "in documentation prose" };
  if (detection.kind === "weights") return { criticality: "critical", reason: "model weights in the tree: the product ships or loads this exact model" };
  if (detection.kind === "adapter") return { criticality: "critical", reason: "adapter or fine-tune trained on this base: switching families means retraining" };
  if (detection.kind === "chat-template") return { criticality: "critical", reason: "hard-coded template tokens in a production path: any other model gets a malformed prompt" };
  if (detection.kind === "license") return { criticality: "medium", reason: "licence text or notice: its obligations apply to the product" };
  if (detection.isDefault === true) return { criticality: "medium", reason: "default or fallback value: configurable, but used when nothing is set" };
  if (file.role === "deployment") return { criticality: "high", reason: "pinned in a deployment file: production serves this model" };
  if (file.role === "source" || file.role === "modelfile") return { criticality: "high", reason: "hard-coded in production code" };
  return { criticality: "medium", reason: file.role === "manifest" ? "declared dependency in a manifest" : "named in configuration" };
}
