import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round sixteen's shape, on synthetic input: a model set from a constant named after a checkpoint. */
describe("a model set from a constant named after a checkpoint", () => {
  test("a builder's modelName, a model variable and a keyword argument set from such a constant", () => {
    const files = {
      "src/main/java/Chat.java": "ChatModel model = AcmeChatModel.builder()\n        .modelName(CLAUDE_HAIKU_4_5_20251001)\n        .build();\nChatModel other = AcmeChatModel.builder().modelName(AcmeModelName.GPT_4_O_MINI).build();\n",
      "src/main/java/Infra.java": "public static final String MODEL_NAME = LLAMA_3_1;\n",
      "app/run.py": "client = Acme(model=MISTRAL_SMALL_LATEST)\n",
    };
    expect(lines(files, ["claude", "gpt", "llama", "mistral"])).toEqual(["app/run.py:1 mistral", "src/main/java/Chat.java:2 claude", "src/main/java/Chat.java:4 gpt", "src/main/java/Infra.java:1 llama"]);
  });

  test("a list's name, a constant of another kind and a comment naming the constant are not reported", () => {
    const files = {
      "src/models.ts": "const model = GEMINI_ONBOARDING_MODELS[0];\nconst modelName = GEMINI_API_BASE_URL;\n// model = GPT_4_O_MINI\n",
      "src/main/java/Chat.java": "String title = GPT_4_O_MINI;\n",
    };
    expect(lines(files, ["gemini", "gpt"])).toEqual([]);
  });
});
