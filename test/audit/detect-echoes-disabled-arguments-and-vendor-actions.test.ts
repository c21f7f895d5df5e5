import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round fourteen's shapes, on synthetic input: printed and switched-off commands, schema defaults, vendor Actions and credentials. */
describe("commands printed or switched off", () => {
  test("an echo that prints the command below it is text; the command, and an echo written to a file, are dependencies", () => {
    const files = {
      "scripts/try-models.sh": [
        "#!/bin/sh",
        'echo "running ./bin/chat --model acme/Llama-3.2-3B-Instruct-q4"',
        "./bin/chat --model acme/Llama-3.2-3B-Instruct-q4",
        'echo "MODEL=acme/gemma-2-9b-it" > .env',
        "",
      ].join("\n"),
    };
    expect(lines(files, ["llama", "gemma"])).toEqual(["scripts/try-models.sh:3 llama", "scripts/try-models.sh:4 gemma"]);
  });

  test("a launch argument with isEnabled NO is kept but not passed; an enabled one is passed", () => {
    const files = {
      "Demo.xcodeproj/xcshareddata/xcschemes/chat.xcscheme": [
        "<CommandLineArguments>",
        "   <CommandLineArgument",
        '      argument = "--model acme/Mistral-7B-Instruct-v0.3-4bit"',
        '      isEnabled = "YES">',
        "   </CommandLineArgument>",
        "   <CommandLineArgument",
        '      argument = "--model acme/Qwen2.5-7B-Instruct-4bit --max-tokens 64"',
        '      isEnabled = "NO">',
        "   </CommandLineArgument>",
        "</CommandLineArguments>",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["mistral", "qwen"])).toEqual(["Demo.xcodeproj/xcshareddata/xcschemes/chat.xcscheme:3 mistral"]);
  });
});

describe("what docs show a tool printing, and examples they list", () => {
  test("a progress line, a block that opens with a Key: value report, and a list after 'for example:' are not settings", () => {
    const files = {
      "docs/usage.md": [
        "Run it:",
        "",
        "```",
        "./bin/tool eval --model acme/phi-3-mini-4k-instruct-4bit",
        "Loading acme/phi-3-mini-4k-instruct-4bit...",
        "```",
        "",
        "which prints:",
        "",
        "```",
        "Model: acme/phi-3-mini-4k-instruct-4bit",
        "Peak memory: 2.1G",
        "```",
        "",
        "The model can be any Hub repository, for example:",
        "",
        "- `acme/granite-3.1-8b-instruct`",
        "",
        "The `acme/phi-3-mini-4k-instruct-4bit` model requires about 3 GB of memory.",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["phi", "granite"])).toEqual(["docs/usage.md:4 phi"]);
  });
});

describe("a flow export's component schema", () => {
  test("a form field's default and an input's placeholder belong to the component; the flow's own inputs are dependencies", () => {
    const flow = {
      nodes: [
        {
          inputParams: [
            { label: "Model Name", name: "modelName", type: "options", default: "gpt-4o-mini" },
            { label: "Local model", name: "localModel", type: "string", placeholder: "llama3.1:8b" },
          ],
          inputs: { modelName: "gpt-4o" },
          description: 'Calls a hosted model, see <a href="https://example.com/docs">mistral-large-latest</a>',
        },
      ],
    };
    const text = `${JSON.stringify(flow, undefined, 2)}\n`;
    const chosen = text.split("\n").findIndex((line) => line.includes('"modelName": "gpt-4o"')) + 1;
    expect(lines({ "flows/chat.json": text }, ["gpt", "llama", "mistral"])).toEqual([`flows/chat.json:${chosen} gpt`]);
  });
});

describe("a family vendor's GitHub Action and credentials", () => {
  test("the vendor's Action named after the family, its key and OAuth token inputs, and the family's API in a comment", () => {
    const files = {
      ".github/workflows/review.yml": [
        "name: review",
        "on: pull_request",
        "jobs:",
        "  review:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      # Sign in to the Claude API with the repository's OIDC token",
        "      - uses: anthropics/claude-code-action@v1",
        "        with:",
        "          anthropic_api_key: ${{ secrets.KEY }}",
        "          claude_code_oauth_token: ${{ secrets.TOKEN }}",
        "      - uses: anthropics/setup-tools@v2",
        "      - uses: someone/claude-helper-action@v1",
        '      - run: git config user.name "claude[bot]"',
        "        env:",
        "          REGION: ${{ env.VERTEX_REGION_CLAUDE_3_5_SONNET }}",
        "",
      ].join("\n"),
      "action.yml": [
        "inputs:",
        "  oauth:",
        '    description: "Claude Code OAuth token, used instead of a key"',
        "  bot_name:",
        '    default: "claude[bot]"',
        "",
      ].join("\n"),
      "src/env.ts": "const token = process.env.CLAUDE_CODE_OAUTH_TOKEN;\nconst turns = process.env.CLAUDE_CODE_MAX_TURNS;\n",
    };
    expect(lines(files, ["claude"])).toEqual([
      ".github/workflows/review.yml:10 claude",
      ".github/workflows/review.yml:11 claude",
      ".github/workflows/review.yml:7 claude",
      ".github/workflows/review.yml:8 claude",
      "action.yml:3 claude",
      "src/env.ts:1 claude",
    ]);
  });
});
