import { describe, expect, test } from "vitest";
import { isCommentedOutStatement } from "../../src/audit/detect/commented-out-statements.js";
import { auditTree, brief, reportedLines as lines } from "./support/audit-tree.js";

/** Hardened after the second review of rounds twenty-three and twenty-four's rules: the reviewer's inputs, by shape. */
describe("a phrase-only family's bare word set as a model, hardened", () => {
  test("without a known variant the word counts only in a file naming the vendor; command-line never", () => {
    const files = {
      "run.sh": "mytool --model command\n",
      "src/theme.ts": 'const x = { themeModel: "nova", inputModel: "command-line" };\n',
      "docs/cohere.md": ["Cohere's models:", "", "```bash", "interpreter --model command", "interpreter --model command-line", "```", ""].join("\n"),
      "lib/llm.rb": ['completion_model: "command-r-plus",', ""].join("\n"),
    };
    expect(lines(files, ["command", "nova"])).toEqual(["docs/cohere.md:4 command", "lib/llm.rb:1 command"]);
  });
});

describe("an enum member's value, hardened", () => {
  test("only a model-named enum or member, or a member carrying the family word, is trusted by its place", () => {
    const files = {
      "sign.py": ["from enum import Enum", "class Sign(Enum):", '    TWINS = "gemini-twins"', '    STAR = "granite-3"', ""].join("\n"),
      "models.py": ["from enum import Enum", "class ModelName(Enum):", '    FAST = "gemini-twins"', "", "class Pick(Enum):", '    GEMINI_TWINS = "gemini-twins"', ""].join("\n"),
    };
    expect(lines(files, ["gemini", "granite"])).toEqual(["models.py:3 gemini", "models.py:6 gemini"]);
  });
});

describe("a family's generation flag, hardened", () => {
  test("the catalog's spelling with a version, never a phrase-only family; a routing config", () => {
    const files = {
      "src/flags.ts": ["const isNova2 = theme === \"nova2\";", "const isCommand1 = x;", "const isGlm4 = z;", "if (info.isGPT5 && effort) run();", "const isGemini3 = id.startsWith(prefix);", 'log("this is fine");', ""].join("\n"),
    };
    expect(brief(auditTree(files, ["nova", "command", "glm", "gpt", "gemini"]).findings)).toEqual(["src/flags.ts:4 gpt config high", "src/flags.ts:5 gemini config high"]);
  });
});

describe("an architecture list, hardened", () => {
  test("machine lists and hyphenated items without a model-type suffix are left; gemma-embedding and qwen2_vl still count", () => {
    const files = {
      "src/cpu.py": ['cpu_archs = ["granite-rapids", "sapphire"]', 'TARGET_ARCHS = ["x86", "gemma"]', 'other_archs = ["granite-rapids"]', ""].join("\n"),
      "src/embed.py": ['EMBEDDING_ARCHITECTURES = ["bert", "gemma-embedding", "qwen2_vl"]', ""].join("\n"),
    };
    expect(brief(auditTree(files, ["granite", "gemma", "qwen"]).findings)).toEqual(["src/embed.py:1 gemma config high", "src/embed.py:1 qwen config high"]);
  });
});

describe("a <Word>AI client class and '<Word> AI' prose, hardened", () => {
  test("only a vendor named so (Mistral AI) or a Chat/Embeddings prefix", () => {
    const files = {
      "lib/main.dart": ["final a = GraniteAI();", "final b = NovaAI();", "final c = ChatMistralAI(apiKey: key);", "final d = MistralAI();", ""].join("\n"),
      "docs/setup.md": ["You need a Granite AI account and an API key.", "", "You need a Mistral AI account and an API key.", ""].join("\n"),
    };
    expect(lines(files, ["granite", "nova", "mistral"])).toEqual(["docs/setup.md:3 mistral", "lib/main.dart:3 mistral", "lib/main.dart:4 mistral"]);
  });
});

describe("uses the round's not-uses dropped, found again", () => {
  test("a model constructed or loaded by a family-named call; a routine named example/demo/run or defined in the file stays left", () => {
    const files = {
      "src/load.py": ["model = Llama3_8B()", "load(Qwen2_5_7B())", "llama3_1_example()", ""].join("\n"),
      "src/m.ts": ["const m = gemma3();", "await run_gemma3_demo();", ""].join("\n"),
      "src/own.py": ["def llama3_chat():", "    pass", "", "llama3_chat()", ""].join("\n"),
    };
    expect(lines(files, ["llama", "qwen", "gemma"])).toEqual(["src/load.py:1 llama", "src/load.py:2 qwen", "src/m.ts:1 gemma"]);
  });

  test("'as an example' must close its clause; 'as an example of a production service' is a use", () => {
    const files = {
      "README.md": ["We deploy Mistral 7B as an example of a production service and it runs on every request.", "", "But here let me use Mistral 7B as an example again.", ""].join("\n"),
    };
    expect(lines(files, ["mistral"])).toEqual(["README.md:1 mistral"]);
  });

  test("a support statement: at most three words to 'models', and not the project's own model", () => {
    const files = {
      "README.md": [
        "Our app supports chat with models including our own fine-tuned Llama 3.1 8B, which ships in the container.",
        "",
        "WebLLM natively supports a range of models including Llama 3, Phi 3 and more.",
        "",
      ].join("\n"),
    };
    expect(lines(files, ["llama"])).toEqual(["README.md:1 llama"]);
  });

  test("a support statement on a huge line stays fast", () => {
    const long = `It supports ${"word ".repeat(24_000)}and models.`;
    const started = Date.now();
    lines({ "README.md": `${long}\n` }, ["llama"]);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  test("an etc list needs two items before the etc", () => {
    const files = {
      "README.md": ["The service calls the default model (gpt-4o-mini, etc).", "", "Works with many models (Qwen, Mistral, GPT-OSS, etc).", ""].join("\n"),
    };
    expect(lines(files, ["gpt", "qwen", "mistral"])).toEqual(["README.md:1 gpt"]);
  });
});

describe("commented-out statements, aligned", () => {
  test("a // or # method call alone on its line is code switched off; a # string line is not", () => {
    expect(isCommentedOutStatement('# llm.pull("llama3")')).toBe(true);
    expect(isCommentedOutStatement('// llm.SetTemplate("phi-3");')).toBe(true);
    expect(isCommentedOutStatement('#     "gpt-oss",')).toBe(false);
  });
});
