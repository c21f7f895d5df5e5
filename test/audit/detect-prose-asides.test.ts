import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Residue of rounds one to seventeen (2026-12-07, afternoon): prose that names a model aside from any use. */
describe("prose asides", () => {
  test("a paragraph's bold run-in title is its topic; a list item's bold title is a setup step or prerequisite", () => {
    const files = {
      "docs/autocomplete.md": [
        "# Autocomplete",
        "",
        "**Codestral API Key**: The API keys for Codestral and the general APIs are different.",
        "",
        "## Prerequisites",
        "",
        "1. **Mistral API Key**: Sign up on the console and retrieve your key.",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["mistral"])).toEqual(["docs/autocomplete.md:7 mistral"]);
  });

  test("what a screenshot shows is its caption; the sentence that sets the model is the dependency", () => {
    const files = {
      "docs/azure.md": [
        "# Azure",
        "",
        "Set the model with `--model azure/gpt-4o`.",
        "The screenshot below shows `o3-mini` and `gpt-4o` deployments in the portal.",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["gpt"])).toEqual(["docs/azure.md:3 gpt"]);
  });

  test("the line introducing a sample names what it is for; the sample's own lines and a sentence that uses the model count", () => {
    const files = {
      "docs/config.rst": [
        "Configuration",
        "=============",
        "",
        "Below is the ``mlc-chat-config.json`` file corresponding to Llama2 model:",
        "",
        "Below is the config we use for the Llama-2-7b-chat-hf model:",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["llama"])).toEqual(["docs/config.rst:6 llama"]);
  });

  test("a remark whose subject is the model after a clause giving the reason is an aside; the same clause saying it is used is not", () => {
    const files = {
      "mcp/README.md": [
        "# MCP",
        "",
        "* **Model Compatibility:** Due to the length of the prompts, **Gemma-4-E4B** currently offers the most stable tool-calling behavior.",
        "* **Default:** Due to its size, **Gemma-4-E2B** is used by default.",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["gemma"])).toEqual(["mcp/README.md:4 gemma"]);
  });
});
