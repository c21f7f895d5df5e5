/**
 * A corpus shaped like the repositories the audit meets (fine-tuning recipes, inference
 * cookbooks, serving charts): Python, TypeScript, YAML and JSON configs, Markdown,
 * Jupyter notebooks with outputs, and weights folders (`config.json`,
 * `tokenizer_config.json`, a safetensors header). A third of the text files mention a
 * model family — every catalog family, not only Llama — with ids, architecture classes,
 * template tokens, SDK imports and licence lines, and namesakes (LlamaIndex, Ollama,
 * llama.cpp) as decoys; so the precise detectors run on many files, not a few.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const plain: Readonly<Record<string, readonly string[]>> = {
  py: ["def handle(request, response):", "    result = compute_value(request.items, index=3)", "    if not result:", "        return Response(status=404)", "import json, logging, os", "logger.info(\"processed %s records\", len(batch))", "class OrderService(BaseService):", "    for step, batch in enumerate(loader): loss = model(**batch).loss"],
  ts: ["export async function handler(request: Request): Promise<Response> {", "  const { items, total } = await parseBody(request);", "  if (items.length === 0) throw new HttpError(400, \"empty\");", "import { createServer } from \"node:http\";", "type Order = { id: string; lines: OrderLine[] };", "}"],
  yaml: ["learning_rate: 0.0002", "micro_batch_size: 2", "gradient_accumulation_steps: 4", "  replicas: 3", "    image: registry.example.com/orders:1.4.2", "optimizer: adamw_torch", "warmup_steps: 10", "sequence_len: 4096"],
  md: ["## Operations", "The service keeps one row per request in the ledger.", "Run `make test` before opening a pull request.", "- retries honour Retry-After", "| field | meaning |", "See the runbook for the failover procedure."],
};

/** Lines that mention a family, across the catalog; a third of the files get one or more. */
const mentions: readonly string[] = [
  'model_id = "meta-llama/Llama-3.1-8B-Instruct"',
  "model = LlamaForCausalLM.from_pretrained(base_model)",
  "from transformers import MllamaForConditionalGeneration, MllamaProcessor",
  'prompt = "<|start_header_id|>user<|end_header_id|>\\n\\n" + text + "<|eot_id|>"',
  "base_model: google/gemma-2-9b-it",
  "model_type: Gemma3ForConditionalGeneration",
  'tok = AutoTokenizer.from_pretrained("Qwen/Qwen2.5-7B-Instruct")',
  "  fsdp_transformer_layer_cls_to_wrap: Qwen2DecoderLayer",
  "base_model: mistralai/Mistral-7B-Instruct-v0.3",
  "from mistralai import Mistral",
  '    "deepseek-ai/DeepSeek-R1-Distill-Llama-8B",',
  'MODEL = "microsoft/Phi-4-mini-instruct"',
  "client = anthropic.Anthropic()  # claude-sonnet-4-5",
  'response = client.models.generate_content(model="gemini-2.5-flash", contents=prompt)',
  "ollama pull llama3.2:3b",
  "tune run lora_finetune_single_device --config llama3_2/1B_lora_single_device",
  "This model is built with Llama and subject to the Llama 3.1 Community License Agreement.",
  "vllm serve meta-llama/Llama-3.3-70B-Instruct --enable-lora --lora-modules sql=./adapters/llama-3.3-sql",
];
const decoys: readonly string[] = ["from llama_index.core import VectorStoreIndex", "client = ollama.Client(host=OLLAMA_HOST)", "Build llama.cpp and run llama-server with any GGUF.", "import { Document } from \"llamaindex\";"];

export interface CorpusStatistics {
  readonly bytes: number;
  readonly files: number;
  readonly mentioning: number;
}

export function generateRealisticCorpus(root: string, megabytes: number): CorpusStatistics {
  let seed = 7;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  let bytes = 0;
  let files = 0;
  let mentioning = 0;
  const write = (path: string, text: string | Buffer): void => {
    const absolute = join(root, path);
    mkdirSync(join(absolute, ".."), { recursive: true });
    writeFileSync(absolute, text);
    bytes += typeof text === "string" ? Buffer.byteLength(text) : text.length;
    files += 1;
  };
  const body = (pool: readonly string[], size: number, mention: boolean): string => {
    const lines: string[] = [];
    let length = 0;
    while (length < size) {
      const line = pick(pool);
      lines.push(line);
      length += line.length + 1;
    }
    if (random() < 0.1) lines.splice(Math.floor(random() * lines.length), 0, pick(decoys));
    if (mention) for (let count = 1 + Math.floor(random() * 3); count > 0; count -= 1) lines.splice(Math.floor(random() * lines.length), 0, pick(mentions));
    return `${lines.join("\n")}\n`;
  };
  for (let index = 0; bytes < megabytes * 1024 * 1024; index += 1) {
    const project = `project${index % 24}`;
    const mention = index % 3 === 0;
    if (mention) mentioning += 1;
    const shape = index % 10;
    if (shape === 9) {
      // A notebook: code and markdown cells, with outputs that carry an embedded image.
      const cells = Array.from({ length: 6 }, (_, cell) => ({
        cell_type: cell % 2 === 0 ? "code" : "markdown",
        metadata: {},
        source: body(cell % 2 === 0 ? (plain.py ?? []) : (plain.md ?? []), 600, mention && cell === 2).split("\n").map((line) => `${line}\n`),
        ...(cell % 2 === 0 ? { outputs: [{ output_type: "display_data", data: { "image/png": Buffer.alloc(12_000, cell).toString("base64") } }], execution_count: cell } : {}),
      }));
      write(`${project}/notebooks/nb${index}.ipynb`, JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1));
    } else if (shape === 8 && index % 30 === 8) {
      // A weights folder: configs next to a safetensors header (the audit reads headers only).
      const header = Buffer.from(JSON.stringify({ __metadata__: { format: "pt" }, "model.embed_tokens.weight": { dtype: "BF16", shape: [8, 8], data_offsets: [0, 128] } }));
      const length = Buffer.alloc(8);
      length.writeBigUInt64LE(BigInt(header.length));
      write(`${project}/weights/checkpoint${index}/model.safetensors`, Buffer.concat([length, header, Buffer.alloc(128)]));
      const architecture = mention ? pick(["LlamaForCausalLM", "Qwen2ForCausalLM", "Gemma2ForCausalLM", "MistralForCausalLM"]) : "GPTNeoXForCausalLM";
      write(`${project}/weights/checkpoint${index}/config.json`, JSON.stringify({ architectures: [architecture], model_type: architecture.replace(/ForCausalLM$/, "").toLowerCase(), hidden_size: 4096, num_hidden_layers: 32, vocab_size: 128_256 }, null, 2));
      write(`${project}/weights/checkpoint${index}/tokenizer_config.json`, JSON.stringify({ added_tokens_decoder: Object.fromEntries(Array.from({ length: 200 }, (_, token) => [String(128_000 + token), { content: `<|reserved_special_token_${token}|>`, special: true }])) }, null, 1));
    } else {
      const extension = pick(["py", "py", "ts", "yaml", "md"]);
      const folder = extension === "yaml" ? "configs" : extension === "md" ? "docs" : "src";
      write(`${project}/${folder}/file${index}.${extension}`, body(plain[extension] ?? [], 4_096 + Math.floor(random() * 40_000), mention));
    }
  }
  return { bytes, files, mentioning };
}
