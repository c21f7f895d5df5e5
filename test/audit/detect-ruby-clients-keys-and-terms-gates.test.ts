import { describe, expect, test } from "vitest";
import { auditTree, reportedLines as lines } from "./support/audit-tree.js";

/** Round thirteen's shapes, on synthetic input: Ruby client code and gems, widened vendor keys, a family's terms-of-use gate. */
describe("vendor keys with one more word in their name", () => {
  test("an owner word before the family's key, or AI after its first word, is the same key; other words after it are not", () => {
    const files = {
      "deploy/.env.sample": "ACME_GEMINI_API_KEY=\nMISTRAL_AI_API_KEY=\nGEMINI_API_KEY_FILE=/run/secret\nDEEPSEEK_API_KEY_ID=3\n",
      "src/app.rb": 'client = Acme::Client.new(api_key: ENV["VENDOR_ANTHROPIC_API_KEY"])\n',
    };
    expect(lines(files, ["gemini", "mistral", "deepseek", "claude"])).toEqual(["deploy/.env.sample:1 gemini", "deploy/.env.sample:2 mistral", "src/app.rb:1 claude"]);
  });
});

describe("Ruby gems and client code", () => {
  test("a family's gem declared in a Gemfile, a gemspec, a setup comment or a depends_on call", () => {
    const files = {
      Gemfile: 'source "https://rubygems.org"\ngem "anthropic", "~> 1.2"\ngem "rails"\n',
      "acme.gemspec": 'Gem::Specification.new do |spec|\n  spec.add_development_dependency "mistral-ai"\n  spec.add_dependency "faraday"\nend\n',
      "lib/acme/claude_backend.rb": '# Setup:\n#   gem "anthropic"\ndef setup\n  depends_on "anthropic"\n  @client = ::Anthropic::Client.new(api_key: key)\nend\n',
    };
    expect(lines(files, ["claude", "mistral"])).toEqual(["Gemfile:2 claude", "acme.gemspec:2 mistral", "lib/acme/claude_backend.rb:2 claude", "lib/acme/claude_backend.rb:4 claude", "lib/acme/claude_backend.rb:5 claude"]);
  });

  test("a class for one family's API: defined as a subclass, constructed, or named with a vendor word and a client suffix", () => {
    const files = {
      "lib/acme/vendor_gemini.rb": "module Acme\n  class VendorGemini < Provider\n  end\nend\n",
      "lib/acme/use.rb": "llm = Acme::Providers::MistralAI.new(key: k)\nsdk = Mistral.new(access_token: k)\nreply = Acme::Replies::MistralAIResponse.new(body)\nmessage = Acme::VendorGeminiMessage.new(role: role)\n",
    };
    expect(lines(files, ["gemini", "mistral"])).toEqual(["lib/acme/use.rb:1 mistral", "lib/acme/use.rb:2 mistral", "lib/acme/use.rb:3 mistral", "lib/acme/use.rb:4 gemini", "lib/acme/vendor_gemini.rb:2 gemini"]);
  });

  test("a vendor's own name, a gem not tied to a family and a class whose name only contains a family word are not reported", () => {
    const files = {
      Gemfile: 'gem "cohere-ruby"\ngem "llama_cpp"\n',
      "lib/acme/use.rb": "class Anthropic < Provider\nend\nindex = LlamaIndex.new(docs)\nclient = MyAnthropic::Client.new\n",
    };
    expect(lines(files, ["claude", "command", "llama"])).toEqual([]);
  });
});

describe("a family's terms-of-use gate", () => {
  test("identifiers of the gate in Kotlin, protobuf and Python are licence dependencies; comments about it are not", () => {
    const files = {
      "app/src/main/java/Consent.kt": "// Asks the user to accept the terms before a download.\nfun isLlamaTermsAccepted(): Boolean = store.isLlamaTermsAccepted\nfun acceptLlamaTermsOfUse() {\n  store.toBuilder().setIsLlamaTermsAccepted(true).build()\n}\nfun isSomeTermsAccepted() = true\n",
      "app/src/main/proto/store.proto": "message Store {\n  // whether the user accepted\n  bool is_llama_terms_accepted = 3;\n  bool is_privacy_terms_accepted = 4;\n}\n",
      "gate/consent.py": "def accept_gemma_terms(user):\n    user.gemma_terms_accepted = True\n",
    };
    const found = auditTree(files, ["llama", "gemma"]).findings.map((finding) => `${finding.file}:${finding.line} ${finding.family} ${finding.kind}`).sort();
    expect(found).toEqual([
      "app/src/main/java/Consent.kt:2 llama license",
      "app/src/main/java/Consent.kt:3 llama license",
      "app/src/main/java/Consent.kt:4 llama license",
      "app/src/main/proto/store.proto:3 llama license",
      "gate/consent.py:1 gemma license",
      "gate/consent.py:2 gemma license",
    ]);
  });
});

describe("a family's tokenizer file and a conversion job's model handle", () => {
  test("tokenizer.<family> is the family's tokenizer; -m=<handle> passes the model as -m <handle> does", () => {
    const files = {
      "k8s/server.yaml": "containers:\n- args:\n  - tokenizer_path=assets/tokenizer.llama\n  - tokenizer_path=assets/tokenizer.model\n",
      "k8s/convert.yaml": "containers:\n- args:\n  - -m=acme/mistral/jax/7b/1\n  - -o=gs://bucket/out/\n",
    };
    expect(lines(files, ["llama", "mistral"])).toEqual(["k8s/convert.yaml:3 mistral", "k8s/server.yaml:3 llama"]);
  });
});

describe("licence names in code and links", () => {
  test("the licence's address and its 'Terms of Service' name are the licence; a comment about code that handles it is a remark, a header binding the file is not", () => {
    const files = {
      "app/Terms.kt": [
        "// Shows the Gemma Terms of Use page before a download.",
        'val url = "https://ai.google.dev/gemma/terms"',
        'val linkText = "Gemma Terms of Service"',
        "// This file is distributed under the Gemma Terms of Use.",
        "",
      ].join("\n"),
      "res/strings.xml": "<!-- Title of the Gemma Terms of Use screen. -->\n<string name=\"title\">Gemma Terms of Use</string>\n",
    };
    expect(lines(files, ["gemma"])).toEqual(["app/Terms.kt:2 gemma", "app/Terms.kt:3 gemma", "app/Terms.kt:4 gemma", "res/strings.xml:2 gemma"]);
  });
});

describe("names shown for a model and lists of accepted values", () => {
  test("where entries give their id under its own key, an entry's name is the label shown; the id is the dependency", () => {
    const allowlist = '{\n  "models": [\n    {\n      "name": "Qwen2.5-7B-Instruct",\n      "modelId": "acme/Qwen2.5-7B-Instruct-int4"\n    }\n  ]\n}\n';
    expect(lines({ "lists/allow.json": allowlist }, ["qwen"])).toEqual(["lists/allow.json:5 qwen"]);
    // Without an id key, the name is what the config runs.
    expect(lines({ "lists/models.json": '{\n  "name": "Qwen2.5-7B-Instruct"\n}\n' }, ["qwen"])).toEqual(["lists/models.json:2 qwen"]);
  });

  test("model names listed as the values a tool accepts, in an error message or prose, are what it supports", () => {
    const files = {
      "infra/variables.tf": 'variable "model" {\n  default = "mistral-7b"\n  validation {\n    error_message = "model must be one of \\"mistral-7b\\" or \\"qwen2-7b\\""\n  }\n}\n',
      "infra/README.md": '- MODEL: the model to serve (valid options are "mistral-7b", "qwen2-7b")\n',
    };
    expect(lines(files, ["mistral", "qwen"])).toEqual(["infra/variables.tf:2 mistral"]);
  });
});

describe("Ruby symbols in client code and a Gemma variant the catalog names", () => {
  test("a symbol equal to a family word selects its API in a file that builds a client; elsewhere it is a name", () => {
    const client = "def initialize\n  @client = ::Acme::Runtime::Client.new\nend\ndef body(id)\n  return native_body(id) if provider(id) == :mistral\nend\n";
    expect(lines({ "lib/acme/runtime.rb": client }, ["mistral"])).toEqual(["lib/acme/runtime.rb:5 mistral"]);
    expect(lines({ "lib/acme/kinds.rb": "KIND = :mistral\n" }, ["mistral"])).toEqual([]);
  });

  test("FunctionGemma fine-tunes are Gemma by the derivative rule", () => {
    const files = { "lists/allow.json": '{\n  "modelId": "acme/functiongemma-270m-ft-weather"\n}\n' };
    expect(lines(files, ["gemma"])).toEqual(["lists/allow.json:2 gemma"]);
  });
});
