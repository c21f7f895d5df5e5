import { describe, expect, test } from "vitest";
import { auditTree, brief } from "./support/audit-tree.js";

const llama = ["llama"];

describe("SDK and model-server usage", () => {
  test("launch arguments, pulls and loaders name the model: model-id in code and scripts, not sdk", () => {
    const report = auditTree(
      {
        "serve.sh": [
          "vllm serve meta-llama/Llama-3.1-8B-Instruct --port 8000",
          "text-generation-launcher --model-id meta-llama/Llama-3.3-70B-Instruct",
          "llama-server -m /models/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf --port 8080",
          "python -m vllm.entrypoints.openai.api_server --model=meta-llama/Llama-3.2-3B-Instruct",
          "ollama run llama3.2:3b",
          "ollama pull gemma3",
        ].join("\n"),
        "app/load.py": 'tok = AutoTokenizer.from_pretrained("meta-llama/Llama-3.1-8B-Instruct")\nsnapshot_download(repo_id="meta-llama/Llama-3.2-1B")\n',
      },
      llama,
    );
    expect(brief(report.findings)).toEqual([
      "app/load.py:1 llama model-id high",
      "app/load.py:2 llama model-id high",
      "serve.sh:1 llama model-id high",
      "serve.sh:2 llama model-id high",
      "serve.sh:3 llama model-id high",
      "serve.sh:4 llama model-id high",
      "serve.sh:5 llama model-id high",
    ]);
    expect(report.findings[2]?.message).toMatch(/served with vLLM/);
    expect(report.findings[6]?.message).toMatch(/Ollama/);
  });

  test("Modelfile FROM is configuration; FROM under an ADAPTER is adapter lineage", () => {
    const plain = auditTree({ Modelfile: "FROM llama3.1:8b\nPARAMETER temperature 0.2\n" }, llama);
    expect(brief(plain.findings)).toEqual(["Modelfile:1 llama config high"]);
    const adapted = auditTree({ "ops/Modelfile": "FROM llama3.2:3b\nADAPTER ./support-lora.gguf\n" }, llama);
    expect(brief(adapted.findings)).toEqual(["ops/Modelfile:1 llama adapter critical"]);
    expect(adapted.findings[0]?.lineage).toEqual({ base: "llama3.2:3b", baseModel: "llama-3.2-3b" });
  });

  test("family SDK imports in code", () => {
    const report = auditTree({
      "app/a.py": "from llama_stack_client import LlamaStackClient\nfrom llama_index.llms.ollama import Ollama\nimport mistralai\n",
      "app/b.ts": 'import { getLlama } from "node-llama-cpp";\nimport { Document } from "llamaindex";\n',
    });
    // node-llama-cpp runs any GGUF: with no Llama model in the tree it is no Llama dependency.
    expect(brief(report.findings)).toEqual(["app/a.py:1 llama sdk high", "app/a.py:3 mistral sdk high"]);
  });

  test("a runtime named after a family is no dependency, even next to that family's model; the model it loads is", () => {
    const runtimeOnly = { "web/package.json": '{\n  "dependencies": {\n    "node-llama-cpp": "^3.0.0"\n  }\n}\n' };
    expect(auditTree(runtimeOnly, llama).findings).toEqual([]);
    const withModel = auditTree({ ...runtimeOnly, "web/model.ts": 'export const MODEL = "hf:bartowski/Meta-Llama-3.1-8B-Instruct-GGUF";\n' }, llama);
    expect(brief(withModel.findings)).toEqual(["web/model.ts:1 llama model-id high"]);
  });

  test("a runtime's package, modules, classes and binaries across files and languages; the model it loads stays", () => {
    const report = auditTree({
      "docs/install.md": "pip install 'llama-cpp-python[server]'\n`llama-cpp-python` offers an OpenAI compatible server.\nBuild llama.cpp, or run a llamafile, or ExLlamaV2.\n",
      "app/chat.py": [
        "import llama_cpp",
        "from llama_cpp import Llama",
        "tok = llama_cpp.llama_tokenizer.LlamaHFTokenizer.from_pretrained(\"Qwen/Qwen2.5-0.5B\")",
        "llm = Llama.from_pretrained(repo_id=\"unsloth/gemma-3-4b-it-GGUF\", filename=\"*Q4_K_M.gguf\")",
        "other = Llama.from_pretrained(repo_id=\"bartowski/Meta-Llama-3.1-8B-Instruct-GGUF\")",
        "",
      ].join("\n"),
      "web/run.ts": 'import { getLlama } from "node-llama-cpp";\n',
    });
    // Only the models the runtime loads: Qwen's tokenizer, a Gemma GGUF and a Llama GGUF.
    expect(report.findings.map((finding) => `${finding.file}:${finding.line} ${finding.family}`)).toEqual(["app/chat.py:3 qwen", "app/chat.py:4 gemma", "app/chat.py:5 llama"]);
  });

  test("a vendor key as a command-line switch or config entry is that vendor's credential, for every vendor family", () => {
    const report = auditTree({
      "docs/keys.md": "Pass `--anthropic-api-key` or `--deepseek-api-key`.\n\n```yaml\nxai-api-key: <key>\n```\nThe anthropic-api-key is optional.\n",
    });
    expect(report.findings.map((finding) => `${finding.line} ${finding.family}`)).toEqual(["1 claude", "1 deepseek", "4 grok"]);
  });

  test("a runtime's chat handler made for one family's format is that family's; the runtime's own classes are not", () => {
    const report = auditTree({
      "app/vision.py": "from llama_cpp import Llama\nfrom llama_cpp.llama_chat_format import Gemma4ChatHandler, Qwen25VLChatHandler\nhandler = Gemma4ChatHandler.from_pretrained(repo_id=REPO)\nllm = Llama(model_path=PATH, chat_handler=handler)\n",
    });
    expect(report.findings.map((finding) => `${finding.line} ${finding.family}`)).toEqual(["2 gemma", "2 qwen", "3 gemma"]);
  });

  test("install commands, client classes, vendor endpoints and API-key variables", () => {
    const report = auditTree({
      "notebooks/setup.sh": "pip install -U llama-api-client llama-index\nnpm install @mistralai/mistralai\n",
      "app/client.py": 'client = LlamaAPIClient(api_key=os.environ["LLAMA_API_KEY"], base_url="https://api.llama.com/v1/")\nother = LlamaIndexClient()\n',
      "app/qwen.py": 'URL = "https://dashscope.aliyuncs.com/compatible-mode/v1"\n',
    });
    expect(brief(report.findings)).toEqual([
      "app/client.py:1 llama sdk high",
      "app/client.py:1 llama config high",
      "app/qwen.py:1 qwen sdk high",
      "notebooks/setup.sh:1 llama sdk high",
      "notebooks/setup.sh:2 mistral sdk high",
    ]);
  });
});

describe("dependency manifests", () => {
  test("requirements, pyproject and package.json: family SDKs yes, LlamaIndex no", () => {
    const report = auditTree(
      {
        "requirements.txt": "llama-stack==0.2.1\nllama-index==0.12.0\nLlama_CPP_Python>=0.3 ; python_version>'3.9'\nllama-index-llms-ollama\nollama\n",
        "pyproject.toml": '[project]\ndependencies = ["llama-stack-client>=0.2", "llama-index-core"]\n',
        "web/package.json": '{\n  "name": "my-llama-app",\n  "dependencies": {\n    "node-llama-cpp": "^3.0.0",\n    "llamaindex": "^0.8.0",\n    "ollama": "^0.5.0"\n  }\n}\n',
      },
      llama,
    );
    expect(brief(report.findings)).toEqual([
      "pyproject.toml:2 llama sdk medium",
      "requirements.txt:1 llama sdk medium",
    ]);
    // llama-cpp-python and node-llama-cpp are runtimes: no Llama model in this tree, so no Llama dependency.
    expect(report.findings.map((finding) => finding.match)).toEqual(["llama-stack-client", "llama-stack"]);
  });
});

describe("deployment files", () => {
  test("Dockerfile, Compose, Kubernetes, Helm, Terraform and .env pin models: high", () => {
    const report = auditTree(
      {
        Dockerfile: 'FROM ollama/ollama:latest\nRUN ollama serve & sleep 2 && ollama pull llama3.1:8b\nCMD ["--model", "meta-llama/Llama-3.1-8B-Instruct"]\n',
        "docker-compose.yml": "services:\n  vllm:\n    image: vllm/vllm-openai\n    command: --model meta-llama/Llama-3.3-70B-Instruct --tensor-parallel-size 2\n",
        "k8s/deployment.yaml": "spec:\n  containers:\n    - name: vllm\n      args:\n        - --model\n        - meta-llama/Llama-4-Scout-17B-16E-Instruct\n      env:\n        - name: FALLBACK\n          value: llama3.2:3b\n",
        "charts/llm/values.yaml": "model:\n  id: meta-llama/Llama-3.1-70B-Instruct\n",
        "infra/main.tf": 'resource "aws_bedrockagent_agent" "a" {\n  foundation_model = "meta.llama3-1-70b-instruct-v1:0"\n}\n',
        ".env": "LLM_MODEL=llama3.1:70b\n",
        "config/settings.yaml": "chat:\n  model: llama3.1:8b\n",
      },
      llama,
    );
    expect(brief(report.findings)).toEqual([
      ".env:1 llama config high",
      "Dockerfile:2 llama config high",
      "Dockerfile:3 llama config high",
      "charts/llm/values.yaml:2 llama config high",
      "config/settings.yaml:2 llama config medium",
      "docker-compose.yml:4 llama config high",
      "infra/main.tf:2 llama config high",
      "k8s/deployment.yaml:6 llama config high",
      "k8s/deployment.yaml:9 llama config high",
    ]);
    expect(report.findings.find((finding) => finding.file === "config/settings.yaml")?.reason).toBe("named in configuration");
  });

  test("defaults and fallbacks in code are medium", () => {
    const report = auditTree({ "app/config.py": 'MODEL = os.getenv("MODEL", "meta-llama/Llama-3.1-8B-Instruct")\n', "app/config.ts": 'const model = process.env.MODEL ?? "llama3.1:8b";\n' }, llama);
    expect(brief(report.findings)).toEqual(["app/config.py:1 llama model-id medium", "app/config.ts:1 llama model-id medium"]);
    expect(report.findings[0]?.reason).toMatch(/default or fallback/);
  });
});
