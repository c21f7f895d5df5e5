import { describe, expect, test } from "vitest";
import { loadCatalog } from "../../src/catalog/index.js";

const catalog = loadCatalog();
const FW = "accounts/fireworks/models/";

/** [provider id as found in code or config, catalog model, family]. */
const modelCases: readonly (readonly [string, string, string])[] = [
  // Llama — Hugging Face, GGUF / AWQ / GPTQ / MLX repos
  ["meta-llama/Llama-2-70b-chat-hf", "llama-2-70b", "llama"],
  ["meta-llama/Llama-2-7b-hf", "llama-2-7b", "llama"],
  ["TheBloke/Llama-2-13B-chat-GGUF", "llama-2-13b", "llama"],
  ["TheBloke/Llama-2-7B-Chat-AWQ", "llama-2-7b", "llama"],
  ["TheBloke/Llama-2-70B-Chat-GPTQ", "llama-2-70b", "llama"],
  ["codellama/CodeLlama-34b-Instruct-hf", "codellama-34b", "llama"],
  ["meta-llama/Meta-Llama-3-70B-Instruct", "llama-3-70b", "llama"],
  ["meta-llama/Meta-Llama-3-8B", "llama-3-8b", "llama"],
  ["casperhansen/llama-3-70b-instruct-awq", "llama-3-70b", "llama"],
  ["meta-llama/Llama-3.1-8B-Instruct", "llama-3.1-8b", "llama"],
  ["meta-llama/Meta-Llama-3.1-405B-Instruct", "llama-3.1-405b", "llama"],
  ["meta-llama/Llama-3.1-405B-Instruct-FP8", "llama-3.1-405b", "llama"],
  ["neuralmagic/Meta-Llama-3.1-8B-Instruct-FP8", "llama-3.1-8b", "llama"],
  ["hugging-quants/Meta-Llama-3.1-70B-Instruct-AWQ-INT4", "llama-3.1-70b", "llama"],
  ["bartowski/Meta-Llama-3.1-8B-Instruct-GGUF", "llama-3.1-8b", "llama"],
  ["Meta-Llama-3.1-8B-Instruct-Q4_K_M.gguf", "llama-3.1-8b", "llama"],
  ["unsloth/Llama-3.2-3B-Instruct-bnb-4bit", "llama-3.2-3b", "llama"],
  ["mlx-community/Llama-3.2-3B-Instruct-4bit", "llama-3.2-3b", "llama"],
  ["meta-llama/Llama-3.2-1B", "llama-3.2-1b", "llama"],
  ["meta-llama/Llama-3.2-11B-Vision-Instruct", "llama-3.2-11b-vision", "llama"],
  ["meta-llama/Llama-3.2-90B-Vision-Instruct", "llama-3.2-90b-vision", "llama"],
  ["meta-llama/Llama-3.3-70B-Instruct", "llama-3.3-70b", "llama"],
  ["unsloth/Llama-3.3-70B-Instruct-GGUF", "llama-3.3-70b", "llama"],
  ["meta-llama/Llama-4-Scout-17B-16E-Instruct", "llama-4-scout", "llama"],
  ["meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8", "llama-4-maverick", "llama"],
  ["unsloth/Llama-4-Scout-17B-16E-Instruct-GGUF", "llama-4-scout", "llama"],
  // Llama — Ollama tags, with quantisation suffixes
  ["llama2", "llama-2-7b", "llama"],
  ["llama2:70b", "llama-2-70b", "llama"],
  ["llama3", "llama-3-8b", "llama"],
  ["llama3:70b", "llama-3-70b", "llama"],
  ["llama3:70b-instruct-q4_K_M", "llama-3-70b", "llama"],
  ["llama3.1", "llama-3.1-8b", "llama"],
  ["llama3.1:8b", "llama-3.1-8b", "llama"],
  ["llama3.1:8b-instruct-q4_K_M", "llama-3.1-8b", "llama"],
  ["llama3.1:70b-instruct-q8_0", "llama-3.1-70b", "llama"],
  ["llama3.1:405b-instruct-fp16", "llama-3.1-405b", "llama"],
  ["llama3.2:3b-instruct-Q5_K_S", "llama-3.2-3b", "llama"],
  ["llama3.2:1b", "llama-3.2-1b", "llama"],
  ["llama3.2-vision:11b", "llama-3.2-11b-vision", "llama"],
  ["llama3.2-vision:90b-instruct-q4_K_M", "llama-3.2-90b-vision", "llama"],
  ["llama3.3:70b", "llama-3.3-70b", "llama"],
  ["llama3.3:70b-instruct-q3_K_M", "llama-3.3-70b", "llama"],
  ["llama4:scout", "llama-4-scout", "llama"],
  ["llama4:16x17b", "llama-4-scout", "llama"],
  ["llama4:128x17b", "llama-4-maverick", "llama"],
  ["codellama:70b", "codellama-70b", "llama"],
  ["codellama:7b-instruct-q4_0", "codellama-7b", "llama"],
  ["hf.co/bartowski/Meta-Llama-3.1-8B-Instruct-GGUF:Q4_K_M", "llama-3.1-8b", "llama"],
  ["hf.co/unsloth/Llama-3.2-3B-Instruct-GGUF:IQ4_XS", "llama-3.2-3b", "llama"],
  // Llama — OpenRouter, incl. :free / :nitro
  ["meta-llama/llama-3-70b-instruct", "llama-3-70b", "llama"],
  ["meta-llama/llama-3.1-8b-instruct", "llama-3.1-8b", "llama"],
  ["meta-llama/llama-3.1-405b-instruct", "llama-3.1-405b", "llama"],
  ["meta-llama/llama-3.2-11b-vision-instruct", "llama-3.2-11b-vision", "llama"],
  ["meta-llama/llama-3.3-70b-instruct", "llama-3.3-70b", "llama"],
  ["meta-llama/llama-3.3-70b-instruct:free", "llama-3.3-70b", "llama"],
  ["meta-llama/llama-3.1-70b-instruct:nitro", "llama-3.1-70b", "llama"],
  ["meta-llama/llama-4-scout", "llama-4-scout", "llama"],
  ["meta-llama/llama-4-maverick:free", "llama-4-maverick", "llama"],
  // Llama — Together (-Turbo, -Lite, -Free)
  ["meta-llama/Llama-3-70b-chat-hf", "llama-3-70b", "llama"],
  ["meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo", "llama-3.1-8b", "llama"],
  ["meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo", "llama-3.1-70b", "llama"],
  ["meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo", "llama-3.1-405b", "llama"],
  ["meta-llama/Llama-3.2-3B-Instruct-Turbo", "llama-3.2-3b", "llama"],
  ["meta-llama/Llama-3.3-70B-Instruct-Turbo", "llama-3.3-70b", "llama"],
  ["meta-llama/Llama-3.3-70B-Instruct-Turbo-Free", "llama-3.3-70b", "llama"],
  ["meta-llama/Meta-Llama-3-8B-Instruct-Lite", "llama-3-8b", "llama"],
  // Llama — Groq
  ["llama-3.3-70b-versatile", "llama-3.3-70b", "llama"],
  ["llama-3.1-8b-instant", "llama-3.1-8b", "llama"],
  ["llama3-70b-8192", "llama-3-70b", "llama"],
  ["llama3-8b-8192", "llama-3-8b", "llama"],
  ["llama2-70b-4096", "llama-2-70b", "llama"],
  ["llama-3.2-11b-vision-preview", "llama-3.2-11b-vision", "llama"],
  ["meta-llama/llama-4-scout-17b-16e-instruct", "llama-4-scout", "llama"],
  ["meta-llama/llama-4-maverick-17b-128e-instruct", "llama-4-maverick", "llama"],
  // Llama — Fireworks
  [`${FW}llama-v3p1-70b-instruct`, "llama-3.1-70b", "llama"],
  [`${FW}llama-v3p1-8b-instruct`, "llama-3.1-8b", "llama"],
  [`${FW}llama-v3p1-405b-instruct`, "llama-3.1-405b", "llama"],
  [`${FW}llama-v3p2-3b-instruct`, "llama-3.2-3b", "llama"],
  [`${FW}llama-v3p2-11b-vision-instruct`, "llama-3.2-11b-vision", "llama"],
  [`${FW}llama-v3p3-70b-instruct`, "llama-3.3-70b", "llama"],
  [`${FW}llama-v3-70b-instruct`, "llama-3-70b", "llama"],
  [`${FW}llama4-scout-instruct-basic`, "llama-4-scout", "llama"],
  [`${FW}llama4-maverick-instruct-basic`, "llama-4-maverick", "llama"],
  // Llama — Bedrock, incl. inference profiles and ARNs
  ["meta.llama3-1-70b-instruct-v1:0", "llama-3.1-70b", "llama"],
  ["meta.llama3-1-8b-instruct-v1:0", "llama-3.1-8b", "llama"],
  ["meta.llama3-70b-instruct-v1:0", "llama-3-70b", "llama"],
  ["meta.llama2-70b-chat-v1", "llama-2-70b", "llama"],
  ["meta.llama3-2-3b-instruct-v1:0", "llama-3.2-3b", "llama"],
  ["us.meta.llama3-2-11b-instruct-v1:0", "llama-3.2-11b-vision", "llama"],
  ["us.meta.llama3-2-90b-instruct-v1:0", "llama-3.2-90b-vision", "llama"],
  ["us.meta.llama3-3-70b-instruct-v1:0", "llama-3.3-70b", "llama"],
  ["eu.meta.llama3-2-1b-instruct-v1:0", "llama-3.2-1b", "llama"],
  ["meta.llama4-scout-17b-instruct-v1:0", "llama-4-scout", "llama"],
  ["us.meta.llama4-maverick-17b-instruct-v1:0", "llama-4-maverick", "llama"],
  ["arn:aws:bedrock:us-east-1::foundation-model/meta.llama3-1-405b-instruct-v1:0", "llama-3.1-405b", "llama"],
  ["arn:aws:bedrock:us-west-2:123456789012:inference-profile/us.meta.llama3-3-70b-instruct-v1:0", "llama-3.3-70b", "llama"],
  // Llama — Vertex, Azure, Cloudflare, DeepInfra, NVIDIA NIM, Replicate
  ["meta/llama-3.1-405b-instruct-maas", "llama-3.1-405b", "llama"],
  ["meta/llama-3.3-70b-instruct-maas", "llama-3.3-70b", "llama"],
  ["meta/llama-3.2-90b-vision-instruct-maas", "llama-3.2-90b-vision", "llama"],
  ["meta/llama-4-maverick-17b-128e-instruct-maas", "llama-4-maverick", "llama"],
  ["Llama-3.3-70B-Instruct", "llama-3.3-70b", "llama"],
  ["Meta-Llama-3.1-405B-Instruct", "llama-3.1-405b", "llama"],
  ["Llama-4-Maverick-17B-128E-Instruct-FP8", "llama-4-maverick", "llama"],
  ["Llama-2-70b-chat", "llama-2-70b", "llama"],
  ["@cf/meta/llama-3.1-8b-instruct", "llama-3.1-8b", "llama"],
  ["@cf/meta/llama-3.3-70b-instruct-fp8-fast", "llama-3.3-70b", "llama"],
  ["@cf/meta/llama-2-7b-chat-int8", "llama-2-7b", "llama"],
  ["@cf/meta/llama-3.2-11b-vision-instruct", "llama-3.2-11b-vision", "llama"],
  ["@cf/meta/llama-4-scout-17b-16e-instruct", "llama-4-scout", "llama"],
  ["@cf/meta/llama-3.1-8b-instruct-awq", "llama-3.1-8b", "llama"],
  ["@hf/thebloke/llama-2-13b-chat-awq", "llama-2-13b", "llama"],
  ["meta-llama/Llama-3.3-70B-Instruct-Turbo", "llama-3.3-70b", "llama"],
  ["meta/llama3-70b-instruct", "llama-3-70b", "llama"],
  ["meta/llama-3.1-8b-instruct", "llama-3.1-8b", "llama"],
  ["meta/llama-4-scout-17b-16e-instruct", "llama-4-scout", "llama"],
  ["meta/meta-llama-3-70b-instruct", "llama-3-70b", "llama"],
  ["meta/llama-4-maverick-instruct", "llama-4-maverick", "llama"],
  // Llama derivatives keep Llama's licence
  ["deepseek-ai/DeepSeek-R1-Distill-Llama-70B", "deepseek-r1-distill-llama-70b", "deepseek"],
  ["deepseek-r1-distill-llama-70b", "deepseek-r1-distill-llama-70b", "deepseek"],
  ["nvidia/Llama-3.3-Nemotron-Super-49B-v1.5", "llama-3.3-nemotron-super-49b", "nemotron"],
  ["nvidia/llama-3.1-nemotron-70b-instruct", "llama-3.1-nemotron-70b", "nemotron"],
  ["NousResearch/Hermes-3-Llama-3.1-8B", "llama-3.1-8b", "llama"],
  ["mlabonne/Meta-Llama-3.1-8B-Instruct-abliterated", "llama-3.1-8b", "llama"],
  // Muse
  ["muse-spark", "muse-spark", "muse"],
  ["Muse Spark", "muse-spark", "muse"],
  // Gemma
  ["google/gemma-7b-it", "gemma-7b", "gemma"],
  ["google/gemma-1.1-2b-it", "gemma-2b", "gemma"],
  ["google/gemma-2-9b-it", "gemma-2-9b", "gemma"],
  ["gemma2:27b", "gemma-2-27b", "gemma"],
  ["gemma2-9b-it", "gemma-2-9b", "gemma"],
  ["google/gemma-3-27b-it", "gemma-3-27b", "gemma"],
  ["gemma3:27b", "gemma-3-27b", "gemma"],
  ["gemma3:12b-it-qat", "gemma-3-12b", "gemma"],
  ["gemma3:4b-it-q4_K_M", "gemma-3-4b", "gemma"],
  ["unsloth/gemma-3-27b-it-GGUF", "gemma-3-27b", "gemma"],
  ["google.gemma-3-27b-it", "gemma-3-27b", "gemma"],
  [`${FW}gemma-3-27b-it`, "gemma-3-27b", "gemma"],
  ["@cf/google/gemma-3-12b-it", "gemma-3-12b", "gemma"],
  ["google/gemma-3n-E4B-it", "gemma-3n-e4b", "gemma"],
  ["gemma3n:e2b", "gemma-3n-e2b", "gemma"],
  ["google/gemma-4-31B-it", "gemma-4-31b", "gemma"],
  ["google/gemma-4-31b-it:free", "gemma-4-31b", "gemma"],
  ["gemma4:e4b", "gemma-4-e4b", "gemma"],
  ["gemma4:26b", "gemma-4-26b-a4b", "gemma"],
  ["google/gemma-4-26b-a4b-it-maas", "gemma-4-26b-a4b", "gemma"],
  ["@cf/google/gemma-4-26b-a4b-it", "gemma-4-26b-a4b", "gemma"],
  // Qwen
  ["Qwen/Qwen2.5-72B-Instruct", "qwen2.5-72b", "qwen"],
  ["Qwen/Qwen2.5-72B-Instruct-Turbo", "qwen2.5-72b", "qwen"],
  ["Qwen/Qwen2.5-7B-Instruct-GPTQ-Int4", "qwen2.5-7b", "qwen"],
  ["Qwen/Qwen2.5-72B-Instruct-AWQ", "qwen2.5-72b", "qwen"],
  ["qwen2.5:72b", "qwen2.5-72b", "qwen"],
  ["qwen2.5:1.5b-instruct-q8_0", "qwen2.5-1.5b", "qwen"],
  ["Qwen/Qwen2.5-3B-Instruct", "qwen2.5-3b", "qwen"],
  ["qwen/qwen-2.5-72b-instruct", "qwen2.5-72b", "qwen"],
  [`${FW}qwen2p5-72b-instruct`, "qwen2.5-72b", "qwen"],
  ["Qwen/Qwen2.5-Coder-32B-Instruct", "qwen2.5-coder-32b", "qwen"],
  ["Qwen/Qwen3-235B-A22B", "qwen3-235b-a22b", "qwen"],
  ["Qwen/Qwen3-235B-A22B-FP8", "qwen3-235b-a22b", "qwen"],
  ["qwen/qwen3-235b-a22b", "qwen3-235b-a22b", "qwen"],
  ["Qwen/Qwen3-235B-A22B-fp8-tput", "qwen3-235b-a22b", "qwen"],
  [`${FW}qwen3-235b-a22b`, "qwen3-235b-a22b", "qwen"],
  ["qwen3:32b", "qwen3-32b", "qwen"],
  ["qwen3:30b-a3b-q4_K_M", "qwen3-30b-a3b", "qwen"],
  ["qwen/qwen3-32b", "qwen3-32b", "qwen"],
  ["qwen.qwen3-32b-v1:0", "qwen3-32b", "qwen"],
  ["qwen.qwen3-235b-a22b-2507-v1:0", "qwen3-235b-a22b-2507", "qwen"],
  ["qwen/qwen3-235b-a22b-instruct-2507-maas", "qwen3-235b-a22b-2507", "qwen"],
  ["Qwen/Qwen3-8B-GGUF", "qwen3-8b", "qwen"],
  ["@cf/qwen/qwq-32b", "qwq-32b", "qwen"],
  ["qwq:32b-q4_K_M", "qwq-32b", "qwen"],
  ["qwen-max", "qwen-max", "qwen"],
  ["qwen3.5-plus", "qwen3.5-plus", "qwen"],
  // Mistral
  ["mistralai/Mistral-7B-Instruct-v0.3", "mistral-7b", "mistral"],
  ["mistral:7b-instruct-q4_K_M", "mistral-7b", "mistral"],
  ["mistral", "mistral-7b", "mistral"],
  ["open-mistral-7b", "mistral-7b", "mistral"],
  ["mistralai/mistral-7b-instruct", "mistral-7b", "mistral"],
  ["mistral.mistral-7b-instruct-v0:2", "mistral-7b", "mistral"],
  ["@cf/mistral/mistral-7b-instruct-v0.1", "mistral-7b", "mistral"],
  ["TheBloke/Mistral-7B-Instruct-v0.2-GGUF", "mistral-7b", "mistral"],
  ["mistralai/Mixtral-8x7B-Instruct-v0.1", "mixtral-8x7b", "mistral"],
  ["mixtral:8x7b", "mixtral-8x7b", "mistral"],
  ["mixtral-8x7b-32768", "mixtral-8x7b", "mistral"],
  ["mistral.mixtral-8x7b-instruct-v0:1", "mixtral-8x7b", "mistral"],
  [`${FW}mixtral-8x22b-instruct`, "mixtral-8x22b", "mistral"],
  ["mistralai/Mistral-Small-24B-Instruct-2501", "mistral-small-3", "mistral"],
  ["mistralai/mistral-small-3.2-24b-instruct", "mistral-small-3.2", "mistral"],
  ["@cf/mistralai/mistral-small-3.1-24b-instruct", "mistral-small-3.1", "mistral"],
  ["mistralai/Mistral-Large-Instruct-2411", "mistral-large-2411", "mistral"],
  ["mistral-large-2407", "mistral-large-2407", "mistral"],
  ["mistralai/Codestral-22B-v0.1", "codestral-22b", "mistral"],
  ["mistral-nemo:12b-instruct-2407-q4_K_M", "mistral-nemo-12b", "mistral"],
  // DeepSeek
  ["deepseek-ai/DeepSeek-V3", "deepseek-v3", "deepseek"],
  ["deepseek-ai/DeepSeek-R1", "deepseek-r1", "deepseek"],
  ["deepseek/deepseek-r1", "deepseek-r1", "deepseek"],
  ["deepseek/deepseek-r1:free", "deepseek-r1", "deepseek"],
  ["deepseek/deepseek-chat-v3-0324", "deepseek-v3-0324", "deepseek"],
  [`${FW}deepseek-r1`, "deepseek-r1", "deepseek"],
  [`${FW}deepseek-v3`, "deepseek-v3", "deepseek"],
  ["us.deepseek.r1-v1:0", "deepseek-r1", "deepseek"],
  ["deepseek.r1-v1:0", "deepseek-r1", "deepseek"],
  ["deepseek.v3.2", "deepseek-v3.2", "deepseek"],
  ["deepseek-ai/deepseek-r1-0528-maas", "deepseek-r1-0528", "deepseek"],
  ["DeepSeek-R1", "deepseek-r1", "deepseek"],
  ["DeepSeek-V3-0324", "deepseek-v3-0324", "deepseek"],
  ["@cf/deepseek-ai/deepseek-r1-distill-qwen-32b", "deepseek-r1-distill-qwen-32b", "deepseek"],
  ["deepseek-r1:32b", "deepseek-r1-distill-qwen-32b", "deepseek"],
  ["deepseek-r1:70b", "deepseek-r1-distill-llama-70b", "deepseek"],
  ["deepseek-r1:671b", "deepseek-r1", "deepseek"],
  ["deepseek-chat", "deepseek-v3.2", "deepseek"],
  ["unsloth/DeepSeek-R1-GGUF", "deepseek-r1", "deepseek"],
  // Phi
  ["microsoft/phi-4", "phi-4", "phi"],
  ["phi4:14b-q4_K_M", "phi-4", "phi"],
  ["microsoft/Phi-3-mini-4k-instruct", "phi-3-mini", "phi"],
  ["phi3.5", "phi-3.5-mini", "phi"],
  ["microsoft/Phi-3.5-MoE-instruct", "phi-3.5-moe", "phi"],
  ["Phi-4-mini-instruct", "phi-4-mini", "phi"],
  // OpenAI
  ["gpt-4o", "gpt-4o", "gpt"],
  ["gpt-4o-2024-08-06", "gpt-4o", "gpt"],
  ["openai/gpt-4o-mini", "gpt-4o-mini", "gpt"],
  ["gpt-4-turbo", "gpt-4-turbo", "gpt"],
  ["gpt-4-0613", "gpt-4", "gpt"],
  ["gpt-35-turbo", "gpt-3.5-turbo", "gpt"],
  ["gpt-4.1-mini-2025-04-14", "gpt-4.1-mini", "gpt"],
  ["o3-mini", "o3-mini", "gpt"],
  ["o4-mini-2025-04-16", "o4-mini", "gpt"],
  ["gpt-5", "gpt-5", "gpt"],
  ["openai/gpt-oss-120b", "gpt-oss-120b", "gpt"],
  ["gpt-oss:20b", "gpt-oss-20b", "gpt"],
  ["openai.gpt-oss-120b-1:0", "gpt-oss-120b", "gpt"],
  ["@cf/openai/gpt-oss-120b", "gpt-oss-120b", "gpt"],
  [`${FW}gpt-oss-20b`, "gpt-oss-20b", "gpt"],
  // Claude
  ["claude-3-5-sonnet-20241022", "claude-3.5-sonnet", "claude"],
  ["anthropic.claude-3-5-sonnet-20241022-v2:0", "claude-3.5-sonnet", "claude"],
  ["us.anthropic.claude-3-7-sonnet-20250219-v1:0", "claude-3.7-sonnet", "claude"],
  ["claude-sonnet-4@20250514", "claude-sonnet-4", "claude"],
  ["anthropic/claude-sonnet-4.5", "claude-sonnet-4.5", "claude"],
  ["claude-opus-4-1-20250805", "claude-opus-4.1", "claude"],
  ["claude-3-haiku-20240307", "claude-3-haiku", "claude"],
  ["claude-haiku-4-5", "claude-haiku-4.5", "claude"],
  // Gemini
  ["gemini-2.5-pro", "gemini-2.5-pro", "gemini"],
  ["models/gemini-2.5-flash", "gemini-2.5-flash", "gemini"],
  ["google/gemini-2.0-flash-001", "gemini-2.0-flash", "gemini"],
  ["gemini-2.5-flash-preview-05-20", "gemini-2.5-flash", "gemini"],
  ["gemini-2.5-flash-lite", "gemini-2.5-flash-lite", "gemini"],
  ["publishers/google/models/gemini-1.5-pro-002", "gemini-1.5-pro", "gemini"],
  // Grok, Command, others
  ["grok-4-0709", "grok-4", "grok"],
  ["x-ai/grok-3-mini", "grok-3-mini", "grok"],
  ["command-r-plus-08-2024", "command-r-plus-08-2024", "command"],
  ["CohereForAI/c4ai-command-r-plus", "command-r-plus", "command"],
  ["cohere.command-r-plus-v1:0", "command-r-plus", "command"],
  ["command-r7b-12-2024", "command-r7b", "command"],
  ["command-a-03-2025", "command-a", "command"],
  ["ibm-granite/granite-3.3-8b-instruct", "granite-3.3-8b", "granite"],
  ["granite3.3:8b", "granite-3.3-8b", "granite"],
  ["allenai/OLMo-2-1124-7B-Instruct", "olmo-2-7b", "olmo"],
  ["olmo2:13b", "olmo-2-13b", "olmo"],
  ["moonshotai/Kimi-K2-Instruct", "kimi-k2", "kimi"],
  ["moonshotai/kimi-k2-instruct-0905", "kimi-k2-0905", "kimi"],
  ["zai-org/GLM-4.5-Air-FP8", "glm-4.5-air", "glm"],
  ["z-ai/glm-4.6", "glm-4.6", "glm"],
  ["amazon.nova-pro-v1:0", "nova-pro", "nova"],
  ["us.amazon.nova-lite-v1:0", "nova-lite", "nova"],
  ["nvidia/NVIDIA-Nemotron-Nano-9B-v2", "nemotron-nano-9b-v2", "nemotron"],
];

/** Ids that name a family but no catalog model: family-only, low confidence. */
const familyOnlyCases: readonly (readonly [string, string])[] = [
  ["llama-9-mega", "llama"],
  ["meta-llama/Llama-Guard-3-8B-custom-9000", "llama"],
  ["my-org/llama-3.1-1000b-experimental", "llama"],
  ["gemma-custom", "gemma"],
  ["qwen-unknown-9000", "qwen"],
  ["mistralai/mistral-custom-finetune", "mistral"],
  ["deepseek", "deepseek"],
  ["claude-instant-1.2", "claude"],
];

const negativeCases: readonly string[] = [
  "llama_index",
  "llamaindex",
  "llama-index-llms-ollama",
  "ollama",
  "llama.cpp",
  "llama-cpp-python",
  "llamafile",
  "tinyllama",
  "text-embedding-3-small",
  "whisper-1",
  "foo-bar-baz",
  "",
  "7b",
  "x7b-q4_K_M",
  "my-fine-model:latest",
  "accounts/fireworks/models/custom-thing",
];

describe("resolve() maps real provider ids to catalog models", () => {
  test.each(modelCases)("%s → %s", (id, model, family) => {
    const resolution = catalog.resolve(id);
    expect(resolution?.kind).toBe("model");
    expect(resolution?.model?.id).toBe(model);
    expect(resolution?.family.id).toBe(family);
    expect(resolution?.confidence).toBeGreaterThanOrEqual(0.55);
  });

  test("there are at least 150 positive id strings", () => {
    expect(modelCases.length).toBeGreaterThanOrEqual(150);
  });
});

describe("resolve() falls back to the family", () => {
  test.each(familyOnlyCases)("%s → family %s", (id, family) => {
    const resolution = catalog.resolve(id);
    expect(resolution?.kind).toBe("family");
    expect(resolution?.model).toBeUndefined();
    expect(resolution?.family.id).toBe(family);
    expect(resolution?.confidence).toBeLessThan(0.5);
  });
});

describe("resolve() finds nothing in look-alikes", () => {
  test.each(negativeCases)("%j", (id) => {
    expect(catalog.resolve(id)).toBeUndefined();
  });
});

describe("confidence reflects how the id matched", () => {
  test("an exact alias is 1.0, a host prefix 0.95, a normalised form 0.9", () => {
    expect(catalog.resolve("meta.llama3-1-70b-instruct-v1:0")).toMatchObject({ confidence: 1, matchedBy: "alias" });
    expect(catalog.resolve("arn:aws:bedrock:us-east-1::foundation-model/meta.llama3-1-70b-instruct-v1:0")).toMatchObject({
      confidence: 0.95,
      matchedBy: "provider-prefix",
    });
    expect(catalog.resolve("META_LLAMA_3.1_70B")).toMatchObject({ confidence: 0.9, matchedBy: "normalised" });
  });

  test("dropped trailing tokens lower it; an embedded model is lower still", () => {
    const prefixed = catalog.resolve("Llama-3.1-8B-Instruct-abliterated");
    expect(prefixed?.matchedBy).toBe("normalised-prefix");
    expect(prefixed?.confidence).toBeLessThan(0.9);
    expect(catalog.resolve("NousResearch/Hermes-3-Llama-3.1-8B")).toMatchObject({ matchedBy: "embedded" });
  });

  test("size tokens are never dropped to reach a different size", () => {
    expect(catalog.resolve("llama-3.1-1000b-instruct")?.kind).toBe("family");
  });

  test("-turbo is a serving suffix for Llama but part of the name for GPT-4 Turbo", () => {
    expect(catalog.resolve("meta-llama/Llama-3.3-70B-Instruct-Turbo-AWQ")?.model?.id).toBe("llama-3.3-70b");
    expect(catalog.resolve("openai/gpt-4-turbo-2024-04-09")?.model?.id).toBe("gpt-4-turbo");
  });
});

test("repeated lookups hit the cache and return the same object", () => {
  const first = catalog.resolve("llama3.1:8b-instruct-q4_K_M");
  expect(catalog.resolve("llama3.1:8b-instruct-q4_K_M")).toBe(first);
});
