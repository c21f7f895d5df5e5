import { describe, expect, test } from "vitest";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round eighteen's shapes, on synthetic input: engines' architecture enums, model registries, provider packages, images and docs output. */
describe("an engine's architecture enum member", () => {
  test("selects the family's implementation, in code", () => {
    const files = {
      "examples/run.py": "runner = Runner(\n    which=Which.Plain(\n        model_id=MODEL,\n        arch=Architecture.DeepseekV3,\n    ),\n)\nvision = MultimodalArchitecture.Phi3V\nhybrid = Architecture.GraniteMoeHybrid\n",
    };
    expect(lines(files, ["deepseek", "phi", "granite"])).toEqual(["examples/run.py:4 deepseek", "examples/run.py:7 phi", "examples/run.py:8 granite"]);
  });

  test("a member of another enum, or an architecture no family names, is not reported", () => {
    const files = {
      "examples/run.py": "kind = Kind.Gemma\narch = Architecture.Starcoder2\ncolour = Palette.Granite\n",
    };
    expect(lines(files, ["gemma", "granite"])).toEqual([]);
  });
});

describe("a family's word as the whole model value of a request in code", () => {
  test("selects the model the server loaded under that name", () => {
    const files = {
      "examples/chat.py": 'res = runner.send(\n    ChatCompletionRequest(\n        model="granite",\n        max_tokens=256,\n    )\n)\n',
      "src/chat.ts": "const reply = await client.chat({ model: 'llama' });\n",
    };
    expect(lines(files, ["granite", "llama"])).toEqual(["examples/chat.py:3 granite", "src/chat.ts:1 llama"]);
  });

  test("the same word under another key, or with more after it on the value's line, is not", () => {
    const files = {
      "examples/theme.py": 'style = Style(theme="granite")\nlabel = Label(model="granite" + suffix)\n',
    };
    expect(lines(files, ["granite"])).toEqual([]);
  });
});

describe("a model registry's entries", () => {
  const registry = [
    "{",
    '  "models": [',
    "    {",
    '      "id": "mistral-large-latest",',
    '      "provider": "Mistral",',
    '      "providerId": "mistral",',
    '      "name": "Mistral Large"',
    "    },",
    "    {",
    '      "id": "gpt-4o",',
    '      "provider": "OpenAI",',
    '      "providerId": "openai",',
    '      "name": "GPT-4o"',
    "    }",
    "  ]",
    "}",
    "",
  ].join("\n");

  test("the id and a providerId naming the family are reported; the shown model and provider names are not", () => {
    expect(lines({ "lib/models.json": registry }, ["mistral", "gpt"])).toEqual(["lib/models.json:10 gpt", "lib/models.json:4 mistral", "lib/models.json:6 mistral"]);
  });

  test("without an id and a provider beside it, a name is judged as before", () => {
    const files = { "config/models.json": '{\n  "default": {\n    "name": "gpt-4o",\n    "temperature": 0.2\n  }\n}\n' };
    expect(lines(files, ["gpt"])).toEqual(["config/models.json:3 gpt"]);
  });

  test("a vendor's providerId names no family", () => {
    const files = { "lib/models.json": '[\n  {\n    "id": "my-model",\n    "providerId": "anthropic",\n    "name": "Mine"\n  },\n  {\n    "id": "other",\n    "providerId": "ollama",\n    "name": "Other"\n  }\n]\n' };
    expect(lines(files, ["claude", "llama"])).toEqual([]);
  });
});

describe("a client factory table keyed by provider", () => {
  test("a key that is a family's word routes to that family's client", () => {
    const files = {
      "lib/models.ts": "const providerConfigs = {\n  mistral: () => createMistral({ apiKey })(modelName),\n  deepseek: () =>\n    createOpenAI({ apiKey })(modelName),\n  groq: () => createOpenAI({ apiKey })(modelName),\n  ollama: () => createOllama({ baseURL })(modelName),\n}\n",
    };
    expect(lines(files, ["mistral", "deepseek", "llama"])).toEqual(["lib/models.ts:2 mistral", "lib/models.ts:3 deepseek"]);
  });

  test("a key holding a value rather than a function is not a factory", () => {
    const files = { "lib/labels.ts": "const colours = {\n  deepseek: 'blue',\n  groq: 'red',\n}\n" };
    expect(lines(files, ["deepseek"])).toEqual([]);
  });
});

describe("a framework's scoped provider package", () => {
  test("@ai-sdk/<family> is the family's provider; vendor-named ones are not reported", () => {
    const files = {
      "package.json": '{\n  "dependencies": {\n    "@ai-sdk/anthropic": "^1.0.0",\n    "@ai-sdk/mistral": "^1.0.1",\n    "@ai-sdk/openai": "^1.0.0",\n    "@ai-sdk/google": "^1.0.0",\n    "@ai-sdk/deepseek": "^1.0.0"\n  }\n}\n',
    };
    expect(lines(files, ["claude", "mistral", "gpt", "gemini", "deepseek"])).toEqual(["package.json:4 mistral", "package.json:7 deepseek"]);
  });
});

describe("a name joined to a family-named runtime's", () => {
  test("names the model it serves after the runtime's part; the runtime's own names stay unreported", () => {
    const files = {
      "k8s/lws.yaml": "metadata:\n  name: llamacpp-llama3-8b-instruct-q5km\nspec:\n  containers:\n  - name: llamacpp-leader\n    image: llamacpp-llama3-8b-instruct-q5km:latest\n  - name: llamacpp-worker\n    image: llamacpp-worker:latest\n",
    };
    expect(lines(files, ["llama"])).toEqual(["k8s/lws.yaml:2 llama", "k8s/lws.yaml:6 llama"]);
  });
});

describe("weights a build step makes, enters or downloads", () => {
  test("a GGUF folder made and entered and a GGUF file downloaded are the weights the image carries", () => {
    const files = {
      "images/Dockerfile": "FROM debian\nRUN mkdir -p /models/Meta-Llama-3-8B-Instruct-GGUF\nWORKDIR /models/Meta-Llama-3-8B-Instruct-GGUF\nRUN curl -L --fail -o Meta-Llama-3-8B-Instruct-Q5_K_M.gguf http://$BLOB_SERVER:9999/16d824ee\n",
    };
    expect(lines(files, ["llama"])).toEqual(["images/Dockerfile:2 llama", "images/Dockerfile:3 llama", "images/Dockerfile:4 llama"]);
  });

  test("other outputs stay where output lands, and so does a download's output path below the address that names it", () => {
    const files = {
      "images/Dockerfile": "FROM debian\nRUN mkdir -p /work/llama-3-8b-out\nRUN curl -o llama-3-8b-results.json http://x/y\n",
      "docs/get.md": "```bash\nwget https://huggingface.co/TheBloke/phi-2-GGUF/resolve/main/phi-2.Q4_K_M.gguf \\\n  -O models/phi-2.Q4_K_M.gguf\n```\n",
    };
    expect(lines(files, ["llama", "phi"])).toEqual(["docs/get.md:2 phi"]);
  });
});

describe("a docs block introduced as what a request returns", () => {
  const page = (intro: string): string =>
    `Send a request:\n\n\`\`\`shell\ncurl localhost:8080/v1/completions -d '{"model": "meta-llama/Meta-Llama-3.1-8B-Instruct"}'\n\`\`\`\n\n${intro}\n\`\`\`json\n{\n  "model": "meta-llama/Meta-Llama-3.1-8B-Instruct",\n  "text_output": "<start_of_turn>user\\nhi<end_of_turn>"\n}\n\`\`\`\n`;

  test("is sample output: the request is reported, the response's model and tokens are not", () => {
    expect(lines({ "docs/serve.md": page("The output should be similar to the following") }, ["llama", "gemma"])).toEqual(["docs/serve.md:4 llama"]);
  });

  test("a block the sentence above introduces as something to run or write is still read", () => {
    expect(lines({ "docs/serve.md": page("Then write this config:") }, ["llama", "gemma"])).toEqual(["docs/serve.md:10 llama", "docs/serve.md:11 gemma", "docs/serve.md:4 llama"]);
  });

  test("what a reply looks like is sample output; what a setup step looks like is not (round twenty)", () => {
    expect(lines({ "docs/serve.md": page("The response looks like this:") }, ["llama", "gemma"])).toEqual(["docs/serve.md:4 llama"]);
    expect(lines({ "docs/serve.md": page("For fly.io, adding the secrets looks like this:") }, ["llama", "gemma"])).toEqual(["docs/serve.md:10 llama", "docs/serve.md:11 gemma", "docs/serve.md:4 llama"]);
  });
});

describe("an inference engine's recipe folder for an architecture", () => {
  test("entering TensorRT-LLM's Llama recipe and loading the engine built there are Llama dependencies", () => {
    const files = {
      "build/install.sh": "cd tensorrt_llm/examples/llama\npython3 tools/fill_template.py -i config.pbtxt engine_dir:/data/backend/tensorrt_llm/examples/llama/output_engines/,max_beam_width:1\n",
    };
    expect(lines(files, ["llama"])).toEqual(["build/install.sh:1 llama", "build/install.sh:2 llama"]);
  });

  test("another folder of examples, or a recipe no family names, is not reported", () => {
    const files = { "build/install.sh": "cd my_app/examples/llama\ncd tensorrt_llm/examples/enc_dec\n" };
    expect(lines(files, ["llama"])).toEqual([]);
  });
});

describe("a docs block whose fields the sentence after it explains", () => {
  const page = (after: string): string => `Add a new entry to the models list:\n\n\`\`\`json\n{\n  "id": "mistral-large",\n  "name": "Mistral Large"\n}\n\`\`\`\n\n${after}\n`;

  test("shows an entry's format: its model is an example value", () => {
    expect(lines({ "README.md": page("Where id is the model id and name is the model name shown in the UI.") }, ["mistral"])).toEqual([]);
  });

  test("a block followed by other prose is read as before", () => {
    expect(lines({ "README.md": page("Restart the app to load it.") }, ["mistral"])).toEqual(["README.md:5 mistral"]);
  });
});
