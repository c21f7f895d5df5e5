import { describe, expect, test } from "vitest";
import { classifyFile } from "../../src/audit/walk/classify-file.js";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round twenty-two's fixes, on synthetic input: setup prose and key settings, and the decoys beside them. */
describe("Org mode, R Markdown and Quarto", () => {
  test("are prose, as Markdown is", () => {
    expect(["README.org", "vignettes/intro.Rmd", "docs/guide.qmd"].map((path) => classifyFile(path).role)).toEqual(["prose", "prose", "prose"]);
  });
});

describe("where the setup gets the family's key", () => {
  test("the vendor console's address on a line about the key or signing up, the family's settings page, a constructor the setup uses", () => {
    const files = {
      "R/provider.R": ["#' Get your API key from <https://console.mistral.ai/api-keys>.", "#' Sign up at <https://platform.deepseek.com>.", "NULL", ""].join("\n"),
      "README.org": ["=:key=: The API key you get from [[https://console.anthropic.com/settings/keys][Claude's settings page]].", "Set this up with ~make-llm-gemini~, with the following parameters:", ""].join("\n"),
    };
    expect(lines(files, ["mistral", "deepseek", "claude", "gemini"])).toEqual(["R/provider.R:1 mistral", "R/provider.R:2 deepseek", "README.org:1 claude", "README.org:2 gemini"]);
  });

  test("a docs page on the console's host, a runtime's or the vendor's constructor, and a settings page without a key stay unreported", () => {
    const files = {
      "R/provider.R": ["# https://platform.deepseek.com/api-docs/api/create-chat-completion", "NULL", ""].join("\n"),
      "README.org": ["Set this up with ~make-llm-ollama~, with the following parameters:", "You can set up with ~make-llm-openai~.", "See Claude's settings page for your usage.", ""].join("\n"),
    };
    expect(lines(files, ["deepseek", "claude", "llama", "gpt"])).toEqual([]);
  });
});

describe("an api_key setting whose value names the vendor's credential", () => {
  test("a variable ending in the vendor's key, a .vendor_api_key file, a password manager's item", () => {
    const snippet = ["```lua", "env = {", '  api_key = "MY_OTHER_ANTHROPIC_KEY",', '  api_key = "file:~/.dotfiles/.mistral_api_key",', '  api_key = "cmd:op read op://personal/Anthropic/credential --no-newline",', "}", "```", ""].join("\n");
    expect(lines({ "docs/adapters.md": snippet }, ["claude", "mistral"])).toEqual(["docs/adapters.md:3 claude", "docs/adapters.md:4 mistral", "docs/adapters.md:5 claude"]);
  });

  test("another tool's key, an unnamed file and the same item path outside a setting stay unreported", () => {
    const files = {
      "docs/adapters.md": ["```lua", 'api_key = "YOUR_AZURE_OPENAI_API_KEY",', 'api_key = "file:~/.dotfiles/.api_key",', "```", "", 'Example: `"cmd:op read op://personal/Gemini/credential --no-newline"`.', ""].join("\n"),
    };
    expect(lines(files, ["gemini", "gpt"])).toEqual([]);
  });

  test("an interaction set to the family's adapter in a snippet; the vendor's adapter is not the family", () => {
    const snippet = ["```lua", "cmd = {", '  adapter = "deepseek",', "},", "chat = {", '  adapter = "anthropic",', "},", "```", ""].join("\n");
    expect(lines({ "docs/setup.md": snippet }, ["deepseek", "claude"])).toEqual(["docs/setup.md:3 deepseek"]);
  });
});

describe("names in passing beside setup docs", () => {
  test("an example host, a note describing the example, adapters named in prose, a thread link, a parenthesised remark", () => {
    const files = {
      "README.org": ['1) ~:url~, the URL. So, for example, "https://api.openai.com/v1/" is the URL to use Open AI.', "- ~:chat-model~, the chat model (currently o1 is restricted).", ""].join("\n"),
      "docs/adapters.md": [
        "> In this _command_ example, we're using the 1Password CLI to extract the Gemini API Key.",
        "If you use the `anthropic` or `openai_responses` adapters, compaction is server-side.",
        "- [DashScope](https://github.com/owner/plugin/discussions/2239)",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["gpt", "gemini", "claude", "qwen"])).toEqual([]);
  });

  test("the same names used stay reported: the host given plainly, the family's API key, the SDK named as code", () => {
    const files = {
      "README.md": ["Requests go to https://api.openai.com/v1/ directly.", "You'll need a Gemini API Key.", "Install `anthropic` first.", ""].join("\n"),
    };
    expect(lines(files, ["gpt", "gemini", "claude"])).toEqual(["README.md:1 gpt", "README.md:2 gemini", "README.md:3 claude"]);
  });

  test("a model choice's display name is no attribution notice; a licence address linked in passing is no licence", () => {
    const files = {
      "lua/adapters/kimi.lua": ["return {", '  ["kimi-k2.7-code"] = {', '    formatted_name = "Kimi K2.7 Code",', "  },", "}", ""].join("\n"),
      "README.md": ["Its free tier means [your data is used](https://ai.google.dev/gemini-api/terms#unpaid-services) to improve it.", "Use is subject to the [terms](https://ai.google.dev/gemini-api/terms).", ""].join("\n"),
    };
    expect(lines(files, ["kimi", "gemini"])).toEqual(["README.md:2 gemini", "lua/adapters/kimi.lua:2 kimi"]);
  });
});
