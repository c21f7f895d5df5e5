import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round seventeen's .NET connector shapes, on synthetic input: the connector's namespace, service, settings and registration. */
describe("a .NET connector for one family's API", () => {
  test("its namespace, service and settings classes and its registration methods are the family's API", () => {
    const files = {
      "samples/Chat/AcmeChat.cs": [
        "using Acme.Kernel.Connectors.MistralAI;",
        "",
        "public sealed class AcmeChat",
        "{",
        "    public async Task RunAsync()",
        "    {",
        "        var service = new MistralAIChatCompletionService(",
        "            Settings.Model!, Settings.Key!);",
        "        var reply = await service.GetAsync(history, new MistralAIPromptExecutionSettings { MaxTokens = 10 });",
        "        var kernel = Kernel.CreateBuilder()",
        "            .AddGoogleAIGeminiChatCompletion(modelId: id, apiKey: key)",
        "            .AddVertexAIGeminiChatCompletion(modelId: id, bearerKey: token)",
        "            .Build();",
        "    }",
        "}",
      ].join("\n"),
    };
    expect(lines(files, ["gemini", "mistral"])).toEqual([
      "samples/Chat/AcmeChat.cs:1 mistral",
      "samples/Chat/AcmeChat.cs:11 gemini",
      "samples/Chat/AcmeChat.cs:12 gemini",
      "samples/Chat/AcmeChat.cs:7 mistral",
      "samples/Chat/AcmeChat.cs:9 mistral",
    ]);
  });

  test("the sample's own class, config paths, a vendor-wide namespace and commented-out registrations are names", () => {
    const files = {
      "samples/Chat/Google_GeminiChatCompletion.cs": [
        "using Acme.Kernel.Connectors.Google;",
        "",
        "public sealed class Google_GeminiChatCompletion",
        "{",
        "    string id = Settings.VertexAI.Gemini.ModelId;",
        "    string key = Settings.MistralAI.ApiKey;",
        "    // kernel.AddVertexAIGeminiChatCompletion(modelId: id);",
        "}",
      ].join("\n"),
    };
    expect(lines(files, ["gemini", "mistral"])).toEqual([]);
  });
});
