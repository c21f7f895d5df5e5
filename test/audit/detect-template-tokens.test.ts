import { describe, expect, test } from "vitest";
import { auditTree, brief } from "./support/audit-tree.js";

describe("hard-coded chat-template tokens", () => {
  test.each([
    ["Llama 3", 'PROMPT = "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\\n\\n{q}<|eot_id|>"', "llama", 0.95],
    ["Llama 4", 'head = "<|header_start|>assistant<|header_end|>"', "llama", 0.95],
    ["Llama 2 with <<SYS>>", 'p = f"<s>[INST] <<SYS>>\\n{system}\\n<</SYS>>\\n\\n{user} [/INST]"', "llama", 0.9],
    ["Gemma 1–3", 'turn = "<start_of_turn>user\\n{q}<end_of_turn>"', "gemma", 0.95],
    ["Gemma 4", 'turn = "<|turn>user\\n{q}<turn|>"', "gemma", 0.9],
    ["DeepSeek", 'p = "<｜begin▁of▁sentence｜>{s}<｜User｜>{q}<｜Assistant｜>"', "deepseek", 0.95],
  ])("%s", (_name, line, family, confidence) => {
    const report = auditTree({ "app/prompt.py": `${line}\n` });
    expect(report.findings.map((finding) => [finding.family, finding.kind, finding.criticality, finding.confidence])).toEqual([[family, "chat-template", "critical", confidence]]);
  });

  test("one finding per family per line, listing every token seen", () => {
    const report = auditTree({ "app/prompt.ts": 'const t = "<|start_header_id|>system<|end_header_id|>{s}<|eot_id|>";\n' }, ["llama"]);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]?.message).toContain("<|start_header_id|>, <|end_header_id|>, <|eot_id|>");
    expect(report.findings[0]?.column).toBe(12);
  });

  test("a format several families share proves none of them unless the file settles which", () => {
    // ChatML is Qwen's, Phi-4's and many fine-tunes'; `[INST]` is Llama 2's and Mistral's; `<|user|>` is Phi-3's and Zephyr's.
    for (const line of ['m = "<|im_start|>user\\n{q}<|im_end|>"', 'p = f"[INST] {q} [/INST]"', 'p = "<|user|>\\n{q}<|end|>\\n<|assistant|>"']) {
      expect(auditTree({ "app/prompt.py": `${line}\n` }).findings).toEqual([]);
      expect(auditTree({ "app/prompt.py": `${line}\n` }, ["mistral"]).findings).toEqual([]);
    }
    const mistralFile = auditTree({ "app/prompt.py": 'tools = "[AVAILABLE_TOOLS]{t}[/AVAILABLE_TOOLS]"\np = f"[INST] {q} [/INST]"\n' }, ["llama", "mistral"]);
    expect(brief(mistralFile.findings)).toEqual(["app/prompt.py:1 mistral chat-template critical", "app/prompt.py:2 mistral chat-template critical"]);
    const llama2File = auditTree({ "app/prompt.py": 'SYSTEM = "<<SYS>>"\np = f"[INST] {q} [/INST]"\n' }, ["llama", "mistral"]);
    expect(llama2File.findings.map((finding) => [finding.line, finding.family, finding.confidence])).toEqual([[1, "llama", 0.9], [2, "llama", 0.9]]);
    // A family's own token on the same line still counts (Phi-4's `<|im_sep|>` next to ChatML).
    expect(brief(auditTree({ "app/prompt.py": 'm = "<|im_start|>user<|im_sep|>{q}<|im_end|>"\n' }).findings)).toEqual(["app/prompt.py:1 phi chat-template critical"]);
  });

  test("Qwen-VL's vision markers are Qwen's own, next to the ChatML they share with others", () => {
    const report = auditTree({ "configs/qwen-vl.json": '{"chat_template": "{{- \'<|im_start|>user\' }}{{- \'<|vision_start|><|image_pad|><|vision_end|>\' }}"}\n' });
    expect(report.findings.map((finding) => [finding.family, finding.kind, finding.message])).toEqual([["qwen", "chat-template", "hard-coded Qwen-VL vision tokens <|vision_start|>, <|image_pad|>, <|vision_end|>"]]);
  });

  test("a training recipe's own chat_template in a shared format is the recipe's choice; the family's own tokens still count", () => {
    const recipe = (template: string) => `model_name_or_path: google/gemma-7b\nchat_template: "${template}"\nlearning_rate: 2.0e-05\n`;
    const chatml = auditTree({ "recipes/sft.yaml": recipe("{{ '<|im_start|>' + message['role'] + '<|im_end|>' }}") });
    expect(brief(chatml.findings)).toEqual(["recipes/sft.yaml:1 gemma config medium"]);
    const zephyrStyle = auditTree({ "recipes/sft.yaml": recipe("{{ '<|user|>\\n' + message['content'] + eos_token }}") });
    expect(brief(zephyrStyle.findings)).toEqual(["recipes/sft.yaml:1 gemma config medium"]);
    const gemmaOwn = auditTree({ "recipes/sft.yaml": recipe("{{ '<start_of_turn>user' }}") });
    expect(brief(gemmaOwn.findings)).toContain("recipes/sft.yaml:2 gemma chat-template critical");
  });

  test("template tokens in tests are low; look-alikes are not tokens", () => {
    const report = auditTree({
      "tests/test_prompt.py": 'assert render() == "<|eot_id|>"\n',
      "app/html.py": 'html = "<|> [inst] <start> <|im here|>"\n',
    });
    expect(brief(report.findings)).toEqual(["tests/test_prompt.py:1 llama chat-template low"]);
    expect(report.findings[0]?.reason).toMatch(/in tests \(tests\/\)/);
  });
  test("tokens the project adds to the vocabulary are its own format, in that config and anywhere else in the project", () => {
    const report = auditTree({
      "configs/qwen-sql.yml": [
        "base_model: Qwen/Qwen2.5-7B",
        "datasets:",
        "  - path: rows.jsonl",
        "    type:",
        "      format: |-",
        "        [INST] {question} [/INST]",
        "tokens: # the dataset's own markers, added to the vocabulary",
        '  - "[INST]"',
        '  - " [/INST]"',
        '  - "<|im_start|>"',
        "",
      ].join("\n"),
      "configs/phi.yml": "base_model: microsoft/phi-4\nformat: '[INST] {q} [/INST]'\n",
      "scripts/extend.py": 'tokenizer.add_tokens(["<start_of_turn>"])\nprompt = "<start_of_turn>" + text\n',
      "README.md": 'python infer.py --prompt "[INST] how many rows? [/INST]"\nThe chat wrapper sends <|im_start|> and <|eot_id|>.\n',
    });
    // Only Llama 3's `<|eot_id|>`, which no file adds, remains a template token.
    expect(report.findings.filter((finding) => finding.kind === "chat-template").map((finding) => `${finding.file}:${finding.line} ${finding.family}`)).toEqual(["README.md:2 llama"]);
  });

  test("tool-call tokens of one family's format count, escaped in a parser's regex too, but not in a comment explaining it", () => {
    const report = auditTree({
      "parsers/gemma.py": ['# Matches <|"|>...<|"|> string literals', "STR = r'<\\|\"\\|>(.*?)<\\|\"\\|>'", 'prefix = "<start_function_call>"', 'image = "<start_of_image>"', ""].join("\n"),
      "parsers/kimi.py": ["#   functions.multiply:0<|tool_call_argument_begin|>{}", 'split = re.compile(r"<\\|tool_call_begin\\|>(.*?)<\\|tool_call_end\\|>")', 'start = "<|tool_calls_section_begin|>"', ""].join("\n"),
      "parsers/glm.py": 'arg = re.compile(r"<arg_key>(.*?)</arg_key>\\s*<arg_value>(.*?)</arg_value>")\n',
    });
    expect(brief(report.findings)).toEqual([
      "parsers/gemma.py:2 gemma chat-template critical",
      "parsers/gemma.py:3 gemma chat-template critical",
      "parsers/gemma.py:4 gemma chat-template critical",
      "parsers/glm.py:1 glm chat-template critical",
      "parsers/kimi.py:2 kimi chat-template critical",
      "parsers/kimi.py:3 kimi chat-template critical",
    ]);
    // The shared `<tool_call>` and DeepSeek's full-width look-alikes stay out of these families.
    expect(auditTree({ "parsers/generic.py": 'start = "<tool_call>"\nend = "</tool_call>"\n' }).findings).toEqual([]);
  });

});
