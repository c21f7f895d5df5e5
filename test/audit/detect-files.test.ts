import { truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readGgufHeader, runAudit } from "../../src/audit/index.js";
import { auditTree, brief } from "./support/audit-tree.js";
import { buildGguf, buildSafetensors } from "./support/build-gguf.js";
import { testdir } from "./support/testdir.js";

const llama = ["llama"];

function notebook(cells: { type: "code" | "markdown"; source: string[] }[]): string {
  return JSON.stringify({ cells: cells.map((cell) => ({ cell_type: cell.type, metadata: {}, source: cell.source, ...(cell.type === "code" ? { outputs: [{ text: ["meta-llama/Llama-3.1-8B-Instruct"] }], execution_count: 1 } : {}) })), metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1);
}

describe("Jupyter notebooks", () => {
  test("cell by cell, with lines inside the cell and the cell index", () => {
    const report = auditTree(
      {
        "notebooks/explore.ipynb": notebook([
          { type: "markdown", source: ["# Trying Llama 3.1 70B\n", "A llama in the Andes.\n"] },
          { type: "code", source: ["import os\n", "\n", 'model_id = "meta-llama/Llama-3.1-8B-Instruct"\n', 'prompt = "<|start_header_id|>user<|end_header_id|>"'] },
          { type: "code", source: ["from llama_index.core import Settings\n"] },
        ]),
      },
      llama,
    );
    expect(report.findings.map((finding) => [finding.file, finding.cell, finding.line, finding.kind, finding.criticality])).toEqual([
      ["notebooks/explore.ipynb", 0, 1, "model-id", "low"],
      ["notebooks/explore.ipynb", 1, 3, "model-id", "low"],
      ["notebooks/explore.ipynb", 1, 4, "chat-template", "low"],
    ]);
    expect(report.findings[1]?.reason).toMatch(/notebook/);
  });
});

describe("GGUF weights", () => {
  const llamaGguf = buildGguf({
    "general.architecture": "llama",
    "general.name": "Meta Llama 3.1 8B Instruct",
    "general.basename": "Meta-Llama-3.1",
    "general.size_label": "8B",
    "general.license": "llama3.1",
    "tokenizer.ggml.tokens": Array.from({ length: 3000 }, (_, index) => `tok${index}`),
    "llama.context_length": 131072,
  });

  test("the header is parsed: magic, version, key/values including long string arrays", () => {
    const root = testdir({ "m.gguf": llamaGguf });
    const header = readGgufHeader(join(root, "m.gguf"));
    expect(header.version).toBe(3);
    expect(header.metadata.get("general.architecture")).toBe("llama");
    expect(header.metadata.get("llama.context_length")).toBe(131072);
    expect((header.metadata.get("tokenizer.ggml.tokens") as unknown[]).length).toBe(16);
  });

  test("weights are critical, identified by name, with the licence's obligations", () => {
    const report = auditTree({ "models/chat.gguf": llamaGguf }, llama);
    expect(brief(report.findings)).toEqual(["models/chat.gguf:1 llama weights critical"]);
    expect(report.findings[0]).toMatchObject({ model: "llama-3.1-8b", match: "Meta Llama 3.1 8B Instruct" });
    expect(report.findings[0]?.evidence).toContain("general.architecture=llama");
    expect(report.findings[0]?.obligations?.length).toBeGreaterThan(0);
  });

  test("architecture llama alone is not Llama: a Mistral GGUF is Mistral", () => {
    const mistral = buildGguf({ "general.architecture": "llama", "general.name": "Mistral-7B-Instruct-v0.3" });
    expect(auditTree({ "models/m.gguf": mistral }, llama).findings).toEqual([]);
    expect(brief(auditTree({ "models/m.gguf": mistral }).findings)).toEqual(["models/m.gguf:1 mistral weights critical"]);
  });

  test("a fine-tune names its base model: lineage", () => {
    const finetune = buildGguf({ "general.architecture": "llama", "general.name": "Support Bot", "general.finetune": "support", "general.base_model.count": 1, "general.base_model.0.name": "Llama 3.1 8B Instruct", "general.base_model.0.organization": "Meta Llama", "general.base_model.0.repo_url": "https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct" });
    const report = auditTree({ "models/support.gguf": finetune }, llama);
    expect(report.findings[0]).toMatchObject({ kind: "weights", model: "llama-3.1-8b", lineage: { base: "https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct", baseModel: "llama-3.1-8b" } });
  });

  test("a 6 GB GGUF is identified from its header without reading the file", () => {
    const root = testdir({ "big/model.gguf": llamaGguf });
    truncateSync(join(root, "big/model.gguf"), 6 * 1024 ** 3); // sparse: no disk used
    const started = performance.now();
    const report = runAudit({ root, families: llama });
    expect(brief(report.findings)).toEqual(["big/model.gguf:1 llama weights critical"]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  test("a corrupt GGUF falls back to its file name", () => {
    const report = auditTree({ "w/Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf": "not a gguf" }, llama);
    expect(report.findings[0]).toMatchObject({ kind: "weights", model: "llama-3.1-8b" });
    expect(report.findings[0]?.message).toMatch(/file name only/);
  });
});

describe("safetensors and other weight files", () => {
  test("__metadata__ names the model; an adapter file is an adapter", () => {
    const report = auditTree(
      {
        "weights/model.safetensors": buildSafetensors({ format: "pt", base_model: "meta-llama/Llama-3.2-1B" }),
        "lora/adapter_model.safetensors": buildSafetensors({ base_model_name_or_path: "meta-llama/Llama-3.1-8B" }),
        "weights/other.safetensors": buildSafetensors({ format: "pt" }),
        "weights/Llama-3.2-3B-Instruct.pt": Buffer.from([0x80, 0x02, 0, 0]),
      },
      llama,
    );
    expect(brief(report.findings)).toEqual(["lora/adapter_model.safetensors:1 llama adapter critical", "weights/Llama-3.2-3B-Instruct.pt:1 llama weights critical", "weights/model.safetensors:1 llama weights critical"]);
  });
});

describe("adapters and fine-tune configs", () => {
  test("PEFT adapter_config.json, Axolotl and LLaMA-Factory configs carry lineage", () => {
    const report = auditTree(
      {
        "adapters/support/adapter_config.json": JSON.stringify({ base_model_name_or_path: "meta-llama/Meta-Llama-3-8B", peft_type: "LORA", task_type: "CAUSAL_LM", r: 16 }, null, 2),
        "train/axolotl.yml": "base_model: meta-llama/Llama-3.1-8B\nadapter: lora\nlora_r: 16\n",
        "train/llamafactory.yaml": "model_name_or_path: meta-llama/Llama-3.2-3B-Instruct\nfinetuning_type: lora\n",
        "adapters/local/adapter_config.json": JSON.stringify({ base_model_name_or_path: "./checkpoints/base", peft_type: "LORA" }),
      },
      llama,
    );
    expect(brief(report.findings)).toEqual(["adapters/support/adapter_config.json:2 llama adapter critical", "train/axolotl.yml:1 llama adapter critical", "train/llamafactory.yaml:1 llama adapter critical"]);
    expect(report.findings[0]?.lineage).toEqual({ base: "meta-llama/Meta-Llama-3-8B", baseModel: "llama-3-8b" });
    expect(report.findings[0]?.message).toMatch(/LORA adapter base model/);
  });
});

describe("licence files and obligations", () => {
  test("licence texts, notices and model-card tags, with obligations", () => {
    const report = auditTree(
      {
        LICENSE: "Apache License\nVersion 2.0\n",
        "third_party/llama/LICENSE": "LLAMA 3.2 COMMUNITY LICENSE AGREEMENT\nLlama 3.2 Version Release Date: September 25, 2024\n",
        NOTICE: 'Built with Llama\nLlama 3.1 is licensed under the Llama 3.1 Community License, Copyright (c) Meta Platforms, Inc.\n',
        "model/README.md": "---\nlicense: llama3.1\nbase_model: meta-llama/Llama-3.1-8B-Instruct\n---\n# Support bot\n",
      },
      llama,
    );
    expect(brief(report.findings)).toEqual([
      "NOTICE:1 llama license medium",
      "model/README.md:2 llama license low",
      "model/README.md:3 llama model-id low",
      "third_party/llama/LICENSE:1 llama license medium",
    ]);
    const obligations = report.findings.find((finding) => finding.file === "third_party/llama/LICENSE")?.obligations ?? [];
    expect(obligations.join("\n")).toMatch(/700M monthly active users/);
    expect(obligations.join("\n")).toMatch(/display "Built with Llama"/);
    expect(obligations.join("\n")).toMatch(/prefix "Llama"/);
    expect(obligations.join("\n")).toMatch(/use policy https:\/\/www\.llama\.com\/llama3_2\/use-policy/);
    expect(obligations.join("\n")).toMatch(/EU/);
  });

  test("a Gemma Terms notice is Gemma's; Apache-licensed Gemma 4 carries no obligations", () => {
    const report = auditTree({ NOTICE: "Gemma is provided under and subject to the Gemma Terms of Use found at ai.google.dev/gemma/terms\n", "app/a.py": 'm = "google/gemma-4-31B-it"\n' }, ["gemma"]);
    expect(brief(report.findings)).toEqual(["NOTICE:1 gemma license medium", "app/a.py:1 gemma model-id high"]);
    expect(report.findings[1]?.obligations).toBeUndefined();
  });
});

describe("binary and huge files", () => {
  test("binaries are skipped by sniffing; text over the cap is skipped and listed", () => {
    const root = testdir({ "img/logo.dat": Buffer.concat([Buffer.from("llama3.1:8b"), Buffer.alloc(10, 0)]), "dump/big.sql": "x" });
    writeFileSync(join(root, "dump/big.sql"), `${"-- meta-llama/Llama-3.1-8B-Instruct\n".repeat(200_000)}`);
    const report = runAudit({ root, families: llama });
    expect(report.findings).toEqual([]);
    expect(report.summary.files).toMatchObject({ binary: 1, tooLarge: 1 });
    expect(report.summary.tooLargeFiles).toEqual(["dump/big.sql"]);
  });
});
