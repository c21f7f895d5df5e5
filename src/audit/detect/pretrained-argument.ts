/**
 * A model handed to an evaluation harness or wrapper as its `pretrained` argument: lm-evaluation-harness's
 * `--model_args pretrained=gpt2`, `model_args="pretrained=gpt2,dtype=float32"`, `{"pretrained": "gpt2"}` and
 * `HFLM(pretrained="gpt2")`. The harness loads that checkpoint, as `from_pretrained("gpt2")` does. `pretrained=True`
 * (torchvision's flag) names no model, so only a value that is a model id ever reaches this test.
 */
const pretrainedBefore = /(?:^|[\s,({"'])pretrained["']?\s*[:=]\s*["']?$/;

/** Whether the text right before a candidate id sets it as a `pretrained` argument. */
export function isPretrainedArgument(before: string): boolean {
  return before.includes("pretrained") && pretrainedBefore.test(before);
}
