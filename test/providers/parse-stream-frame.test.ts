import { describe, expect, it } from "vitest";
import { UpstreamError } from "../../src/core/upstream-error.js";
import { parseStreamFrame } from "../../src/providers/shared/parse-stream-frame.js";

describe("parseStreamFrame", () => {
  it("returns a frame's JSON object", () => {
    expect(parseStreamFrame('{"type":"message_stop"}')).toEqual({ type: "message_stop" });
  });

  it.each([
    ["broken JSON", "{\"choices\": [", /malformed JSON in its stream: \{"choices": \[/],
    ["null", "null", /not a JSON object: null/],
    ["an array", "[1,2]", /not a JSON object: \[1,2\]/],
    ["a string", '"hi"', /not a JSON object: "hi"/],
  ])("calls %s a malformed upstream frame, quoting it", (_, data, message) => {
    let thrown: unknown;
    try {
      parseStreamFrame(data);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UpstreamError);
    expect((thrown as UpstreamError).kind).toBe("malformed");
    expect((thrown as Error).message).toMatch(message);
  });
});
