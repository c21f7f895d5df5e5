import { describe, expect, test } from "vitest";
import { codeLinesOf } from "../../src/audit/detect/code-outside-strings.js";
import { reportedLines as lines } from "./support/audit-tree.js";

/** Round twenty-two's fixes, on synthetic input: provider code in Emacs Lisp, R and Lua, read by each language's own shapes. */
describe("Emacs Lisp provider code", () => {
  const provider = [
    ";;; llm-mistral.el --- llm module for Mistral -*- lexical-binding: t -*-", // 1 header comment
    "(cl-defstruct (llm-mistral (:include llm-standard-provider))", // 2
    '  "A struct representing a Mistral client.', // 3 docstring
    "', llm-mistral-key is the key.\"", // 4 docstring, naming the accessor
    '  key (chat-model "mistral-large-2511"))', // 5 default model
    "(cl-defmethod llm-name ((_ llm-mistral))", // 6 method
    '  "Mistral")', // 7 display string
    "(defun llm-mistral--url (method)", // 8 private function
    '  (format "https://example.test/%s" method))', // 9
    "(cl-defmethod llm-provider-headers ((provider llm-mistral))", // 10
    "  (list (llm-mistral-key provider)))", // 11 accessor
    "(defun llm-mistral--reasoning (response)", // 12
    "  (list :mistral-thinking (assoc-default 'thinking response)))", // 13 the family's plist keyword
    "(when (memq model '(mistral-3-large mistral-3-medium)) t)", // 14 model symbols
    "(provide 'llm-mistral)", // 15
    "", //
  ].join("\n");

  test("the struct named after the family, everything named with it, its plist keywords, model symbols and slot default", () => {
    expect(lines({ "llm-mistral.el": provider }, ["mistral"])).toEqual(
      [2, 5, 6, 8, 10, 11, 12, 13, 14, 15].map((line) => `llm-mistral.el:${line} mistral`).sort(),
    );
  });

  test("a runtime's provider, comments, docstrings and display strings stay unreported", () => {
    const runtime = [
      "(cl-defstruct (llm-llamacpp (:include llm-standard-provider))",
      '  "A struct for llama.cpp, which runs Llama or Mistral models."',
      "  host port)",
      "(cl-defmethod llm-name ((_ llm-llamacpp))",
      '  "Llama CPP")',
      ";; Mistral models work well here",
      "(provide 'llm-llamacpp)",
      "",
    ].join("\n");
    expect(lines({ "llm-llamacpp.el": runtime }, ["llama", "mistral"])).toEqual([]);
  });
});

describe("R provider code", () => {
  const provider = [
    "#' Chat with a model hosted on Mistral", // 1 roxygen title
    "#' @param model The model, `r param_model(\"mistral-large-latest\")`", // 2
    "#' @examples", // 3
    "#' chat <- chat_mistral()", // 4 example code
    "#' @export", // 5
    "chat_mistral <- function(model = NULL) {", // 6
    '  model <- set_default(model, "mistral-medium-2511")', // 7
    "  credentials <- as_credentials(", // 8
    '    "chat_mistral",', // 9 a name string
    "    function() mistral_key()", // 10
    "  )", // 11
    "  ProviderMistral(", // 12
    '    name = "Mistral",', // 13
    "    base_url = mistral_base_url", // 14 a variable passed on
    "  )", // 15
    "}", // 16
    "ProviderMistral <- new_class(", // 17
    '  "ProviderMistral",', // 18 the class's name string
    "  parent = ProviderOpenAI", // 19
    ")", // 20
    "method(chat_params, ProviderMistral) <- function(provider, params) params", // 21
    'mistral_key <- function() key_get("MISTRAL_API_KEY")', // 22
    "# Mistral doesn't support stream options", // 23
    "", //
  ].join("\n");

  test("functions and classes named after the family, their uses, calls, the class name string, the default model and @examples code", () => {
    expect(lines({ "R/provider-mistral.R": provider }, ["mistral"])).toEqual([4, 6, 7, 10, 12, 17, 18, 21, 22].map((line) => `R/provider-mistral.R:${line} mistral`).sort());
  });

  test("a call of a family-named function counts in R code and @examples; a variable named so does not", () => {
    const files = {
      "R/tools.R": ["#' @examples", "#' chat <- chat_google_gemini()", "#' chat$register_tool(gemini_tool_search())", "", "x <- gemini_base_url", ""].join("\n"),
    };
    expect(lines(files, ["gemini"])).toEqual(["R/tools.R:2 gemini", "R/tools.R:3 gemini"]);
  });
});

describe("Lua adapters", () => {
  const adapter = [
    "---@class CodeCompanion.HTTPAdapter.Mistral: CodeCompanion.HTTPAdapter", // 1 annotation
    "return {", // 2
    '  name = "mistral",', // 3 adapter name
    '  formatted_name = "Mistral",', // 4 display name
    "  schema = {", // 5
    "    model = {", // 6
    '      default = "mistral-medium-2511",', // 7
    "      choices = {", // 8
    '        ["mistral-small-2603"] = {', // 9
    '          formatted_name = "Mistral Small",', // 10
    "        },", // 11
    '        "mistral-tiny-2407",', // 12
    "      },", // 13
    "    },", // 14
    "  },", // 15
    "  check = function(model)", // 16
    '    return vim.tbl_contains({ "mistral-large-2512" }, model)', // 17
    "  end,", // 18
    "}", // 19
    "", //
  ].join("\n");

  test("the adapter's name, its schema's default, its choices and a model routed by a list", () => {
    expect(lines({ "lua/adapters/mistral.lua": adapter }, ["mistral"])).toEqual([3, 7, 9, 12, 17].map((line) => `lua/adapters/mistral.lua:${line} mistral`).sort());
  });

  test("an agent named after the family, a capitalised name and another family's reused module stay unreported", () => {
    const files = {
      "lua/adapters/acp/gemini_cli.lua": ["return {", '  name = "gemini_cli",', '  formatted_name = "Gemini CLI",', '  name = "Gemini",', "}", ""].join("\n"),
      "lua/adapters/kimi.lua": ['local deepseek = require("adapters.http.deepseek")', "return {", '  name = "kimi",', "  setup = function(self) return deepseek.setup(self) end,", "}", ""].join("\n"),
    };
    expect(lines(files, ["gemini", "deepseek", "kimi"])).toEqual(["lua/adapters/kimi.lua:3 kimi"]);
  });

  test("a required module of the family the file itself depends on still counts", () => {
    const files = {
      "lua/adapters/deepseek_beta.lua": ['local deepseek = require("adapters.http.deepseek")', "return {", '  name = "deepseek",', "}", ""].join("\n"),
    };
    expect(lines(files, ["deepseek"])).toEqual(["lua/adapters/deepseek_beta.lua:1 deepseek", "lua/adapters/deepseek_beta.lua:3 deepseek"]);
  });
});

/** Hardened after review: the shapes round twenty-two's rules took for provider code in ordinary scripts, packages and specs. */
describe("Lisp, R and Lua code that is no provider's", () => {
  test("an R statistics script: glm and phi calls, a family-named helper and its call, roxygen @examples", () => {
    const script = [
      "#' Fit the model",
      "#' @examples",
      "#' x <- glm(y ~ x)",
      "#' @export",
      "fit_glm <- function(d) glm(y ~ x, data = d)",
      "fit <- glm(y ~ x, data = d)",
      "r <- phi(table(a, b))",
      "granite_palette <- function(n) grey(seq(0, 1, length.out = n))",
      "cols <- granite_palette(5)",
      "m <- fit_glm(d)",
      "",
    ].join("\n");
    expect(lines({ "R/analysis.R": script }, ["glm", "phi", "granite"])).toEqual([]);
  });

  test("R: a family-named function counts once the file names a client of that family, not of another", () => {
    const files = {
      "R/tools.R": ["#' @examples", "#' chat <- chat_claude()", "", "claude_tool_search <- function() list()", "granite_palette <- function(n) n", ""].join("\n"),
    };
    expect(lines(files, ["claude", "granite"])).toEqual(["R/tools.R:2 claude", "R/tools.R:4 claude"]);
  });

  test("R: a raw string and a stray quote do not hide or invent code", () => {
    const files = {
      "R/provider-mistral.R": ["msg <- r\"(call chat_mistral() here", "  and mistral_key())\"", "x <- 'it", "chat_mistral <- function() NULL", ""].join("\n"),
    };
    expect(lines(files, ["mistral"])).toEqual(["R/provider-mistral.R:4 mistral"]);
  });

  test("Emacs Lisp packages named with a family word, with no LLM provider struct", () => {
    const llama = [";;; llama.el --- Compact syntax for short lambda", "(defun llama--collect (expr)", "  (list expr))", "(defvar glm-2 nil)", "(setq nova-2 t)", "(cl-defstruct llama-state depth)", "(provide 'llama)", ""].join("\n");
    const phi = ["(defun phi-search--update ()", "  (phi-search--collect))", "(defun phi-search-2-helper () t)", "(provide 'phi-search)", ""].join("\n");
    expect(lines({ "llama.el": llama, "phi-search.el": phi }, ["llama", "glm", "nova", "phi"])).toEqual([]);
  });

  test("Emacs Lisp: symbols the file defines are its own names, however much they read like a catalog model id", () => {
    const helpers = [
      "(defun phi-2-helper (x) (* 2 x))", // 1 a function named from a catalog id
      "(defun use-it ()", // 2
      "  (phi-2-helper 3)", // 3 its call
      "  (mapcar #'phi-2-helper '(1 2)))", // 4 a reference to it
      '(defvar phi-2 nil "Not a model.")', // 5 a variable
      "(cl-defmethod gemma-2-render ((x integer)) x)", // 6 a method
      '(define-minor-mode qwen-2-mode "A mode.")', // 7 a mode
      '(defcustom my-model "phi-2" "The model to call.")', // 8 a model id in a string: the dependency
      "", //
    ].join("\n");
    expect(lines({ "helpers.el": helpers }, ["phi", "gemma", "qwen"])).toEqual(["helpers.el:8 phi"]);
  });

  test("Emacs Lisp: in a provider's file, a family word and version joined to other words is no model symbol", () => {
    const provider = ["(cl-defstruct (llm-mistral (:include llm-standard-provider)) key)", "(defun nova-2-helper () t)", "(eq model 'mistral-3-large)", ""].join("\n");
    expect(lines({ "llm-mistral.el": provider }, ["mistral", "nova"])).toEqual(["llm-mistral.el:1 mistral", "llm-mistral.el:3 mistral"]);
  });

  test("a Neovim colour-scheme spec and plugin list", () => {
    const spec = ["return {", "  {", '    "ecosse3/nvim-nova",', '    name = "nova",', "    priority = 1000,", "  },", '  { "granite/granite.nvim", name = "granite" },', "  dependencies = {", '    "nova-lsp",', '    "phi-tools",', "  },", "}", ""].join("\n");
    expect(lines({ "lua/plugins/colors.lua": spec }, ["nova", "granite", "phi"])).toEqual([]);
  });

  test("Lua: an adapter's block comment and long string are not code, and a list outside choices offers no model", () => {
    const adapter = [
      "--[[ An example:",
      '  name = "mistral",',
      "]]",
      "local doc = [==[",
      '  name = "mistral",',
      "]==]",
      "return {",
      '  name = "deepseek",',
      "  schema = {",
      "    tags = {",
      '      "mistral-compatible",',
      "    },",
      "  },",
      "}",
      "",
    ].join("\n");
    expect(lines({ "lua/adapters/deepseek.lua": adapter }, ["mistral", "deepseek"])).toEqual(["lua/adapters/deepseek.lua:8 deepseek"]);
  });
});

describe("codeLinesOf", () => {
  test("an unterminated R or Lua string ends with its line; a Lisp docstring spans lines", () => {
    expect(codeLinesOf("x <- 'it\ny <- f(1)", "r")).toEqual(["x <- '  ", "y <- f(1)"]);
    expect(codeLinesOf('x = "it\ny = f(1)', "lua")).toEqual(['x = "  ', "y = f(1)"]);
    expect(codeLinesOf('(defun f ()\n  "Doc\n  (g)" (h))', "lisp")).toEqual(["(defun f ()", '  "   ', '     " (h))']);
  });

  test("R raw strings, Lua long strings and long comments are blanked; a string keeps its quotes", () => {
    expect(codeLinesOf('a <- r"(x "y"\nf())" + b(1)', "r")).toEqual(['a <- r"(     ', '   )" + b(1)']);
    expect(codeLinesOf("--[==[ f()\n]] ]==] g() -- h()\ns = [[\nk()]] \"v\"", "lua")).toEqual(["          ", "        g()       ", "s = [[", "   ]] \" \""]);
  });
});
