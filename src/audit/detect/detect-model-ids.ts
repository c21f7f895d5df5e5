import type { FindingKind } from "../finding.js";
import { evidenceOf, type Detection } from "../detection.js";
import type { AuditMatchers } from "./audit-matchers.js";
import type { LineContext } from "./line-context.js";
import type { ModelContext, ModelReference } from "./model-reference-resolver.js";
import { displayCallBefore } from "./multiline-string-lines.js";
import { matchesOf } from "./matches-of.js";
import { isPrintedArgument } from "./printed-parameters.js";
import { isPretrainedArgument } from "./pretrained-argument.js";
import { joinedFamilyWordsOf } from "./joined-family-words.js";
import { bedrockModelIdsOf } from "./bedrock-model-ids.js";
import { phraseFamilyModelIdsOf } from "./phrase-family-model-ids.js";
import { isProseAside } from "./prose-asides.js";
import { isComparisonCompound, isSupportStatementBefore } from "./support-statements.js";
import { isCacheKeyLine } from "./cache-keys.js";
import { proseTextBefore } from "./wrapped-example-lines.js";
import { publishedBasesOf } from "./published-base-asides.js";
import { isCacheManagementCommand } from "./cache-management-commands.js";
import { isPrefixRouteExplanation, isValueExplanation } from "./value-explanations.js";
import { isChineseModelRemark } from "./chinese-model-remarks.js";
import { isModelAdviceRemark } from "./model-advice-remarks.js";
import { isEnumMemberValue } from "./enum-member-values.js";
import { isModelClassComment } from "./model-class-comments.js";
import { isCalledFunctionName } from "./called-function-names.js";
import { isLispDefinedSymbol } from "./lisp-defined-names.js";
import { vendorIsWordAi } from "./vendor-named-ai.js";
import { isExampleSentence } from "./example-sentences.js";

/** Characters of a model id in any provider's grammar (HF paths, Ollama tags, Bedrock ARNs, `@cf/…`, `~author/…`). */
const idCharacter = /[A-Za-z0-9@~._:/+-]/;
/** A candidate followed by its call's arguments: only then are the file's function definitions gathered (see `called-function-names.ts`). */
const callAfterCandidate = /^\s*\(/;
const trimEnd = /[.:,/_+-]+$/;
const trimStart = /^[.:,/_-]+/;
/** A family-named runtime's name joined to more by `-` or `_` (`llamacpp-`, `llama-cpp-`, `llamafile_`): see `candidateAround`. */
const runtimeJoinedPrefix = /^(?:node[-_])?llama[-_.]?cpp[-_](?=[A-Za-z])|^llamafile[-_](?=[A-Za-z])|^exllama(?:v\d)?[-_](?=[A-Za-z])/i;
const urlScheme = /^[a-z][a-z0-9+.-]*:\/\//i;
const modelHostUrl = /^https?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co)\//i;
/** Hub pages that are not a model: an organisation's page (one path segment), collections, blog, docs, papers, spaces. */
const hubPageNotModel = /^https?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co)\/(?:[^/?#]+\/?(?:[?#].*)?$|(?:collections|blog|docs|papers|spaces|datasets|organizations)\/)/i;
/** Model URIs of serving stacks (KubeAI, OpenLLM, Ollama operators) and object stores: `hf://org/model`, `ollama://gemma2:2b`, `s3://bucket/adapters/qlora-adapter-Mistral-7B`. */
const modelUri = /^(?:hf|huggingface|ollama|oci|pvc|s3|gs|gcs|az|abfss?):\/\//i;
/**
 * A model config fetched by URL and run (`local-ai run https://gist…/phi-2.yaml`, `docker run … image https://…/phi-2.yaml`):
 * the config loads the model it is named after, as a recipe passed to a training command does.
 */
const runConfigUrlBefore = /(?:^|[\s;&|])(?:[\w-]+\s+)?run\s+(?:\S+\s+)*["']?$/;
const configUrlFile = /\/([\w.-]+)\.(?:ya?ml|json)$/;
/** A URL that downloads weights (`…/mistral-7B-v0.3.tar`, `…/x.Q4_K_M.gguf`) names the model by its file, whatever the host. */
const weightsFileUrl = /\/[^/?#]+\.(?:tar|tar\.gz|tgz|zip|gguf|safetensors|bin|pth|pt)(?:[?#]\S*)?$/i;

/**
 * Text right before an id that launches or loads it: server arguments (vLLM, TGI,
 * llama.cpp, SGLang), `ollama pull/run`, `vllm serve`, `from_pretrained`, hub downloads.
 * Quotes and list commas are allowed between flag and value (`["--model", "…"]`).
 */
const launchBefore =
  /(?:\bollama\s+(?:pull|run|create|push|cp|show)\s+(?:-\S+\s+)*|\bvllm\s+serve\s+|--models?(?:[-_](?:id|name|path))?["']?\s*(?:[=,]\s*)?["']?\s*|(?:^|\s)-m(?:\s+|=)["']?|\b(?:from_pretrained|snapshot_download|hf_hub_download|AutoTokenizer\.from_pretrained)\(\s*(?:repo_id\s*=\s*)?["']?|\b(?:repo_id|pretrained_model_name_or_path)\s*=\s*["'])$/;
/** A YAML or JSON list whose previous item is the flag (`- --model` then `- meta-llama/…`). */
const launchFlagLine = /(?:--model(?:[-_](?:id|name|path))?|(?:^|\s)-m)["']?,?\s*$/;
const modelKeyBefore = /(?:model|engine|checkpoint|llm|deployment|repository|repo_id)[\w.-]*["'\]]?\s*[:=]\s*(?:["'`]|\[\s*["'`]?)?$/i;
/**
 * A model entry's load path given as a keyword argument (`dict(path='claude-2', tokenizer_path='…')`): what the harness loads.
 * Written as keyword arguments are, without spaces around `=`; `path = "…"` is a variable.
 */
const pathArgumentBefore = /(?:^\s*|[,(]\s*)(?:tokenizer_)?path=["']$/;
/**
 * The first argument of an agent or model class (`Agent('zai:glm-5')`, `ZaiModel('glm-5')`): the model it runs; of a
 * tokenizer lookup (`tiktoken.GetEncoding("gpt2")`): the model whose tokenizer it loads, as a tokenizer path does.
 */
const modelCallBefore = /(?:\bAgent|[A-Za-z0-9]Model|LLM|\b(?:tiktoken\.)?(?:GetEncoding|get_encoding|EncodingForModel|encoding_for_model))\(\s*["']$/;
/** The default of a model variable read from the environment (`env_or_def("MODEL", "./models/llama-13B/…")`). */
const modelVariableDefaultBefore = /(?:env|get)\w*\(\s*["'][A-Z_]*MODEL[A-Z_]*["']\s*,\s*["'`]$/i;
const lineageKeyBefore = /(?:base_model_name_or_path|base_model|model_name_or_path)["']?\s*[:=]\s*["']?$/;
const modelfileFrom = /^\s*FROM\s+$/i;
/** An adapter named after its base: Helm and operator `adapterName`, PEFT and LoRA names, vLLM `--lora-modules name=path`. */
const adapterKeyBefore = /(?:\badapter[_-]?(?:name|id|path|source)|\blora[_-]?(?:name|path|adapter|modules?)|\bloraAdapter\w*|\bpeft[_-]?model[_-]?id)["']?\s*[:=]\s*["']?$|--lora-modules\b(?:\s+\S+)*?\s+(?:[\w.-]+=)?["']?$|--lora-modules\b.*\b[\w.-]+=["']?$/i;
/** A template named after a family (`chat_template: llama3`) is the family's prompt format, not a checkpoint. */
const templateKeyBefore = /\b(?:chat_template|prompt_template|conversation_template|template)["']?\s*[:=]\s*["']?$/i;
/**
 * A name given to a served model (`"alias": "qwen3.6-27b"`, `"model_alias": "gpt-3.5-turbo"`): a name clients send. It is the
 * served family's only where the file serves a model of that family; over a local Mistral, `gpt-3.5-turbo` is a name.
 */
const aliasKeyBefore = /\b(?:model_)?alias(?:es)?["']?\s*[:=]\s*["']?$/i;
/** An evaluation run's name (`dataset.evaluate_sync(task, name='openai:gpt-5.1')`): where its results are reported, as an experiment name is. */
const runNameBefore = /\b(?:evaluate|eval|experiment|run_eval)\w*\([^()]*\bname\s*=\s*["']$/;
/**
 * An abbreviation or short name a config gives its entry (`abbr='llama-3-8b-instruct-hf'`, `short_name: gpt-4`): the label
 * results and logs show it under. The entry's load keys (`path=`, `model=`) carry the dependency.
 */
const labelKeyBefore = /\b(?:abbr|abbreviation|short_?name|nick_?name)["']?\s*[:=]\s*[fFrRbBuU]?["']?$/i;
/** A Python identifier (`gpt4`, `hf_llama3_8b_instruct_model`): no id has only these characters and an underscore or digit. */
const identifierName = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * A variable in code, not a string: the name an import binds (`models as gpt4`) or a bare name assigned (`models = gpt4`).
 * `=` with spaces on both sides is code, not a shell assignment (`MODEL=llama3` is a string).
 */
function isVariableName(before: string, after: string): boolean {
  return /(?:^|\s)as\s+$/.test(before) || (/^\s*[A-Za-z_]\w*\s+=\s+$/.test(before) && /^\s*(?:#.*)?$/.test(after));
}
/**
 * A constant or environment variable's name (`AZURE_DEEPSEEKR1_API_KEY`, `CODESTRAL_API_KEY`): a name, not a model id.
 * A family vendor's own keys are read by the vendor-API rule (family-signatures.ts), not here.
 */
const constantName = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
/** A placeholder the user replaces (`your-azure-deepseek-r1-endpoint-here`, `example/qwen-lora-gguf`, an illustrative path `/url/to/my/llama`): no model until someone fills it in. */
const placeholderValue = /^(?:your|my)[-_]|[-_](?:here|placeholder)$|^example\/|\bto\/(?:your|my)[-_/]/i;
/** Training data named after the model that generated it (`teknium/GPT4-LLM-Cleaned`) is not a use of that model. */
const datasetBefore = /\b(?:data(?:set)?s?|data_files|data_path|dataset_name|dataset_id|data_source|(?:train|val|valid|validation|test|eval)_(?:files?|data))["']?\s*[:=]|\badd_argument\(\s*["']--(?:\w+_)?data(?:set)?(?:_\w+)?["'][^)]*\bdefault\s*=\s*["']?$/i;
/** A name for data a model produced (`pokemon-gpt4o-captions`, `sharegpt-conversations`) or a data file names data, not a model used. */
const dataName = /dataset|captions?(?![a-z])|conversations(?![a-z])|\.(?:parquet|jsonl|arrow|csv|tsv)$/i;
/**
 * A repo (the last path segment) named for data a model annotated or generated (`fineweb-edu-llama3-annotations`,
 * `alien_stories_0_1M_llama3`, `phi2_eval_data_for_decontamination`): a dataset named after the model that made it.
 */
const dataRepoName = /(?:^|\/)[^/]*(?:annotations?(?![a-z])|(?<![a-z])(?:stories|synthetic)(?![a-z0-9])|(?<![a-z])(?:eval_|train_|test_)?data(?:[-_]|$))[^/]*$/i;
/** A folder given as the working directory (创建工作目录`/root/autodl-tmp/phi3`, "working directory `/work/llama3`"): where files go, no model. */
const workingDirectoryBefore = /(?:工作目录|\bworking\s+directory|\bworkdir)\s*(?:[:：]\s*)?[`'"]?\s*\/?$/i;
/** Link text whose link is the Hub's dataset page (`[Org/medical-o1-reasoning-SFT](https://huggingface.co/datasets/…)`): a dataset's name. */
const datasetLinkAfter = /^\]\(https?:\/\/huggingface\.co\/datasets\//;
const datasetList = /^\s*(?:\w*_)?datasets?\s*:\s*$/;
/**
 * Where a run writes its output: a folder or file named after the model is not a use of it,
 * whether written as a key, a keyword argument, an environment variable or a flag
 * (`output_dir: …`, `export_dir=…`, `OUTPUT_DIR=…`, `--output_dir models/llama3-8b-pro`, a build step's `-o dist/libs/…`),
 * or passed to a save call (`model.save_pretrained("gemma-ft")`). A path a run loads from
 * (`--model_name_or_path`, `adapter_name_or_path`) is not matched here and stays a dependency.
 */
const outputKeyBefore =
  /(?:\b(?:wandb|mlflow|comet|neptune|clearml|aim|tensorboard)[_-]?(?:project|entity|run|experiment|group|name|tags?)\w*|\b(?:experiment|exp|project|trial|job)[_-]?name|\b(?:output|out|save|saved|export|merged?|dump|log(?:ging)?|cache|run|results?|work)[_-]?(?:dir|directory|path|folder|name|id|file|root|location)|(?:^|\s)--(?:output|out|save|export)\b|(?:^|\s)-o)["'\]]?(?:\s*[:=]\s*|\s+)["']?[^"'\s]*$|\.(?:save_pretrained|save_model|save_to_disk)\(\s*["']?[^"'\s]*$/i;
/**
 * A comment whose subject is the model and which remarks on it (`# gpt-oss can call tools
 * while "thinking"`, `// Gemma 3 supports images`) describes the model: the line that sets
 * or loads it carries the dependency. A comment that chooses one ("# use llama3.2:1b",
 * "# Llama 3.1 8B is used here") is not a remark and stays a finding.
 */
/** The text before a candidate opens a comment or a docstring (not a prose file: those keep the prose rules). */
const inComment = /^\s*(?:#|\/\/|\/\*|\*(?!\*)|--\s|;|[rRbBuU]?(?:"""|'''))|\s(?:#|\/\/)\s/;
/**
 * A comment or docstring that narrates a step with a model ("generate function inputs with
 * mistral-small", "implemented by assistant with qwen3") or gives it as an example ("(e.g.
 * qwq-32b)", "e.g. deploying qwq-32b directly") talks about the model; the line that sets it carries the dependency.
 */
const narrationBefore = /\b(?:with|via|by)\s+(?:the\s+)?$|\b(?:requests?|responses?|router|routes?|routing|traffic|calls?)\b[^#]*?\b(?:to|from|between|for)\s+(?:the\s+)?(?:[\w./:-]+(?:,\s*|\s+(?:and|or)\s+))*$|\b[a-z]+\s+using\s+(?:the\s+|an?\s+)?$|\b(?:e\.g\.|eg\.|i\.e\.|for example|for instance|such as)[,:]?\s*(?:[a-z]+ing\s+)?$/i;
/**
 * An example marker anywhere earlier in the same comment (`# Example: "gemma3:4b" or your
 * custom model name`, `// e.g. "qwen2.5:7b", "phi4"`): every value the comment goes on to give is an example.
 */
const exampleMarker = /\b(?:e\.g\.?|eg\.|examples?\s*[:=(]|for (?:example|instance)|such as)(?![\w-])/i;
/** A comment that numbers a step of the code below (`# 3. Call Ollama Llama3 model`, `// Step 2: load …`) narrates it. */
const stepComment = /^\s*(?:#+|\/\/+)\s*(?:step\s*)?\d+[.):]\s/i;
/** Where the comment holding the candidate opens: at the start of the line, or after code and whitespace. */
const commentOpener = /^\s*(?:#|\/\/|\/\*|\*(?!\*)|--\s|[rRbBuU]?(?:"""|'''))|\s(?:#|\/\/)\s/;
/** `provider:model` as proxies and multi-provider CLIs address a vendor's model (`claude:claude-3-5-sonnet-20240620`, `openai:gpt-4o`). */
const providerPrefixedId = /^[a-z][\w-]*:[a-z]/i;
/** A URL fragment or an in-page anchor (`…/vllm_inference#fast-inference-with-vllm-mistral-7b`, `(#llama-3-8b)`): a heading's slug, not a model. */
const anchorBefore = /(?:\S*:\/\/\S*|\(|\]\()#$/;
/** A serving engine's output parser (`--tool-call-parser=qwen3_coder`, `reasoning_parser: deepseek_r1`): the served family's output format. */
const parserKeyBefore = /(?:--(?:tool-call|reasoning|tool)-parser|\b(?:tool_call|reasoning|tool)_parser)["']?(?:\s*[:=]\s*|\s+)["']?$/i;
/**
 * Text shown to people (`name='QwQ-32B Tool-calling Demo'`, `description="… the Qwen3 tool
 * calling …"`): a string with spaces under a display key is a title or a sentence, not an
 * id; an id-like value (`name: "gemma-3-4b-instruct"`) has none and stays a finding.
 */
const displayKeyBefore = /\b(?:name|title|description|desc|label|help|summary|caption|display_?name|formatted_?name|tooltip|placeholder)["']?\s*[:=]\s*[fFrRbBuU]?(?:"((?:[^"\\]|\\.)*)|'((?:[^'\\]|\\.)*))$/i;
/** The default a help text states for its option (`(default: llama3.3-70b)`, `[default: …]`, "defaults to `…`"). */
const helpTextDefaultBefore = /(?:[([]\s*default\s*[:=]\s*|\bdefaults\s+to\s+)[`'"]?$/i;
const printedString = /(?:(?:^|[^\w.])print|\bfmt\.(?:Print|Println|Printf))\(\s*[fFrRbBuU]{0,2}(?:"[^"]*|'[^']*)$/;
const displayCallString = new RegExp(`${displayCallBefore.source.replace(/\$$/, "")}(?:"[^"]*|'[^']*)$`);
/** A comment beside a numeric constant (`_gpt4ContextSize = 8192 // gpt-4`): it glosses the constant's name, the code that maps ids to it routes. */
const constantCommentBefore = /^\s*[A-Za-z_][\w.]*\s*:?=\s*-?[\d_.]+\s*,?\s*(?:\/\/|#)[^"'`]*$/;
/** A secret's value (`app.secret_key = "llama4-chatbot-secret-key"`) is a string, not a model. */
const secretValueBefore = /\b(?:secret(?:_?key)?|password|passwd)["']?\s*[:=]\s*["']$/i;
/** A conda environment created or activated under a model's name (`conda create -n gpt_oss_vllm`) is a place, not a model. */
const condaEnvironmentBefore = /\bconda\s+(?:create\s+(?:-{1,2}[\w-]+\s+)*?(?:-n|--name)|activate)\s+$/;
/** A function named after the model it returns (`def get_nova_pro():`) is a name; the line that calls it chooses. */
const functionDefinitionBefore = /\b(?:def|func|function|fn)\s+\w*$/;
/** An image's alt text (`![phi3-fastapi](./assets/01.png)`) describes a picture. */
const imageAltBefore = /!\[[^\]]*$/;
/** The environment images a tutorial offers (AutoDL's "环境镜像") are places to run it, named after the model they suit. */
const environmentImageLine = /环境镜像|\benvironment\s+images?\b/i;
/** A file name (`destinationrule-phi-4-mini-instruct.yaml`) is a file, unless a recipe flag runs it. */
const configFileName = /\.(?:ya?ml|json|jsonl|py|md|sh|txt|ipynb|toml|cfg|ini|js|ts|html)$/i;
/** Only a recipe (a config file) names the model it trains; a script named after a model (`python llama_train.py`) is a script. */
const recipeFileName = /\.(?:ya?ml|json|toml|cfg|ini)$/i;
/** A folder a shell command enters, creates or lists (`cd llama-finetune`, `mkdir -p qwen_out`): a path, not a model. */
/** A weights file or a folder of one (`…-Q5_K_M.gguf`, `model-00001-of-00004.safetensors`, `Meta-Llama-3-8B-Instruct-GGUF`). */
const weightsArtefact = /(?:\.gguf|\.safetensors|[-_]GGUF)\/?$/i;
const continuedLine = /\\\s*$/;
const folderCommandBefore = /(?:^|[\s;&|(`$])(?:cd|pushd|mkdir|rmdir|ls|rm|touch|tree)\s+(?:-\w+\s+)*["']?[^\s"';&|]*$/;
/** Where a shell copy or move writes (`cp -rf prompt-templates/x.tmpl models/luna-ai-llama2.tmpl`): its last argument is output. */
const copyDestinationBefore = /(?:^|[\s;&|(`])(?:cp|mv)\s+(?:-\w+\s+)*[^\s;&|]+\s+["']?[^\s"';&|]*$/;
/** A recipe file passed to a training or launch command (`src/train.py examples/…/llama3_lora_sft.yaml`, `llamafactory-cli train …`). */
const recipeArgumentBefore = /(?:\.py|\b[\w-]+-cli\s+\w+|\b(?:train|run|launch|finetune))\s+["']?$/;
/** An instruction to fetch or start a model named by a bare word ("pull the mistral model"). */
const instructionBefore = /\b(?:pull(?:s|ing)?|download(?:s|ing)?|run(?:s|ning)?|serv(?:e|es|ing)|load(?:s|ing)?|deploy(?:s|ing)?)\s+(?:the\s+)?$/i;
/** A Kubernetes volume or secret name (`claimName: gpt-oss-20b-pvc`) names storage; a service that loads from it says so in its model URI. */
const storageNameBefore = /\b(?:claimName|volumeName|storageClassName|secretName|bucket(?:_?name)?)["']?\s*[:=]\s*["']?$/i;
/** A resource's own name (`metadata:` then `name: nemotron-ultra-pd`): named after the model it serves when the file serves that family. */
const resourceNameBefore = /^\s*name\s*:\s*["']?$/;
const topLevelNameBefore = /^name\s*:\s*["']?$/;
/** Keys whose list items name models or the recipes that train them. */
/** A nested key whose block holds a model's path (`model:`, `reward_model:`, `actor_model:`). */
const nestedModelKey = /(?:^|_)(?:model|llm|checkpoint)s?$/i;
const outputParentKey = /^(?:output|outputs|out|save|export|logging|logger|trainer_output)$|(?:^|_)(?:output|save|export)(?:_|$)/i;
const nestedPathBefore = /^\s*(?:-\s*)?["']?(?:path|name_or_path|id|repo|repo_id)["']?\s*:\s*["']?$/;
const modelListKey = /^(?:models?|model_names?|model_ids?|checkpoints?|base_models?|configs?|recipes?|llms?|pull)$/i;
/** Sizes in brackets after a bare family word ("DeepSeek (1.5b)", "Qwen (7B, 14B)"): the checkpoints a list names. */
const sizeListAfter = /^\s*\(\s*(\d+(?:\.\d+)?[bBmM])(?:\s*,\s*\d+(?:\.\d+)?[bBmM])*\s*\)/;
/** A capitalised word before a family word that, joined to it, names a model line ("Code Llama" → CodeLlama). */
const joinablePrefix = /\b([A-Z][a-z]+)\s$/;
const modelWordAfter = /^\s+model\b/i;
const commentSubjectBefore = /(?:^\s*|\s)(?:#+|\/\/+)\s*(?:(?:the|this|that|a|an)\s+)?$|(?:^\s*|\s)(?:\/\*+|\*|--|;+)\s+(?:(?:the|this|that|a|an)\s+)?$/i;
const remarkAfter =
  /^\+?(?:\s+\d+(?:\.\d+)?[bBmM])?(?:\s+models?)?(?:\s+(?:fine-?tuning|training|inference|support|access|availability))?(?:\s*\([^)]*\))?\s+(?:can(?:not|'t)?|could|supports?|uses|is(?:n't)?|are|was|were|has|have|does(?:n't)?|do|will|won't|may|might|should|tends?|returns?|outputs?|emits?|generates?|produces?|expects?|handles?|understands?|knows?|thinks?|reasons?|works?|performs?|needs?|requires?|only|also|always|never|natively)\b(?!\s+(?:(?:being|now|then)\s+)?(?:used|loaded|served|pulled|run|required|needed|chosen|selected|pinned|called|invoked|prompted|queried|fine-?tuned|trained|converted|exported|downloaded|quantized|deployed|the\s+default)\b)/i;
/**
 * The name a fine-tune is pushed under (`hub_model_id: zephyr-7b-gemma-sft`): a derivative
 * named after its base is published under the base's licence and naming terms.
 */
const publishKeyBefore = /\b(?:hub_model_id|push_to_hub_model_id|hub_repo_id|upload_repo)["']?\s*[:=]\s*["']?$|--upload[-_]repo(?:\s+|=)["']?$/i;
/** The recipe a training command runs (`--config recipes/zephyr-7b-gemma/sft/config_full.yaml`, torchtune `--config llama3_2/…`, a server's `-C configs/qwen3.5-0.8b.json`). */
const recipeConfigBefore = /(?:--config(?:[-_]name)?|(?:^|\s)-[cC])(?:\s+|=)["']?$/;
/**
 * A Markdown link to a paper (`[Llama2](https://huggingface.co/papers/…)`) or a recorded talk (`[Shopify converted a GPT-5
 * task to DSPy](https://www.youtube.com/watch?v=…)`): a citation or another team's story, not a use of the model.
 */
const paperLinkAfter = /^[^\][]*\]\(\s*<?https?:\/\/(?:www\.)?(?:arxiv\.org|huggingface\.co\/papers|doi\.org|openreview\.net|aclanthology\.org|proceedings\.|papers\.|youtube\.com\/watch|youtu\.be\/|vimeo\.com\/)/i;
const linkTextBefore = /\[[^\][]*$/;
/** The rest of a link to a notebook or script in the same tree (`…](./Claude3-Example.ipynb)`). */
const localNotebookLinkAfter = /^[^\][]*\]\((?!\w+:)[^)\s]*\.(?:ipynb|py)\)/;
const linkOnlyLine = /^\s*(?:[-*+]|\d+\.)?\s*\[[^\][]*\]\([^()\s]*\)\s*$/;
/** The point inside a version (`Llama 3.2`, `llama3.2:70b`), not a sentence's end nor one of an address's points (`127.0.0.1`). */
const versionDot = String.raw`(?<!\d\.\d+)\.(?=\d)(?!\d+\.\d)`;
/**
 * An example in prose: after "e.g.", "for example", "such as", "a model like", "(like", ", say" or "like `…`" in the same clause (up to a full stop,
 * semicolon or closing bracket). A step that installs or pulls "a model (e.g., llava-phi3)" names what the reader
 * installs (`exampleOfStepBefore`), and a Markdown link in the example is a page the step sends the reader to. "For example,
 * we …" tells what the authors did (an account of their own run), not a list of examples.
 */
const proseExampleBefore = new RegExp(String.raw`(?:\b(?:e\.g\.|eg\.|for example|for instance|such as|(?:models?|LLMs?)\s+like)|\(\s*like|,\s*say)[,:]?\s(?!(?:we|I)\s)(?:[^.;)]|\.(?=[A-Za-z])|${versionDot})*$|\blike\s+\x60(?:[^.;)]|${versionDot})*$`, "i");
const exampleOfStepBefore = /\b(?:install|pull|download|run|load|serve|deploy)\s+(?:a|an|the|any|your)\s+(?:\w+\s+)?models?\s*\(\s*(?:e\.g\.|for example)[,:]?\s[^.;)]*$/i;
const markdownLinkBefore = /\[[^\][]*$|\]\(\s*<?[^()\s]*$/;
/**
 * "For example, see [Qwen3-32B's tokenizer_config.json](…)": a page pointed to as an example, not a model the text sets; so is a
 * link whose text is the id itself ("For instance, [unsloth/gemma-3-4b-it-GGUF](…) has this:"). A link whose text is a sentence
 * ("(e.g. [this page for LLaMA 3 8B](…)") is a page the step sends the reader to.
 */
const exampleSeeLinkBefore = /\b(?:e\.g\.|for example|for instance)[,:]?\s+(?:see\s+\[[^\][]*|\[`?[\w.:/-]+`?)(?:\]\(\s*<?[^()\s]*)?$|\b(?:e\.g\.|for example|for instance)[,:]?\s+\[`?[\w.:/-]*$/i;
/**
 * Links whose text is an id, in a parenthesis opened by an example marker ("(e.g. [`llama3.2`](…) or [`…`](…))"): examples of
 * the ids a catalogue page lists (a link whose text is a sentence, "(e.g. [this page for LLaMA 3 8B](…)", is a page the step
 * sends the reader to). And the names in a parenthesised list closing on "etc" ("(Qwen, Mistral, GPT-OSS, etc)", a pubspec
 * description's "(Claude 4.5 Sonnet, Opus, Haiku, Instant, etc.)") are named in passing.
 */
const idLink = String.raw`\[\x60?[\w.:/-]+\x60?\]\(\s*<?[^()\s]*\)`;
const parenthesisedExampleBefore = new RegExp(String.raw`\(\s*(?:e\.g\.|eg\.|for example|for instance)[,:]?\s+(?:${idLink}\s*(?:,|or|and)?\s*)*\[\x60?[\w.:/-]*(?:\x60?\]\(\s*<?[^()\s]*)?$`, "i");
const openParenthesisBefore = /\([^()]*$/;
/** At least two items before the "etc" (`(gpt-4o-mini, etc)` is one model with a shrug: the default the service calls). */
const etcListCloseAfter = /^[^()]*,[^(),]*,\s*etc\.?\s*\)/i;
const etcListItemBefore = /\([^()]*,[^(),]*$/;
const etcCloseAfter = /^[^()]*,\s*etc\.?\s*\)/i;
/** A line opening on "Example:" (`Example: https://huggingface.co/TheBloke/…-GGUF` under a loader's description): the value shown is one example. */
const exampleLineBefore = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?examples?(?:\*\*|__)?\s*:(?:\*\*|__)?\s*[`'"<]?$/i;
/**
 * Names in parentheses after a sentence about some models or others ("Some models call multiple tools in parallel (Qwen,
 * Mistral), while others call one at a time (GPT-OSS)"): examples of what kinds of models do, not a model the project sets.
 */
const someModelsExampleBefore = /(?:^|[.!?]\s+)(?:some|many|most|other|certain|several)\s+(?:[\w-]+\s+)?models\b[^.!?]*\([^()]*$/i;
/** The name a download is to be saved under ("Name it `mmproj-gemma-3-4b-it-F16.gguf` to give it …", "save it as"): where output lands. */
const saveAsNameBefore = /\b(?:(?:re)?name\s+(?:it|the\s+file|this\s+file)(?:\s+(?:as|to))?|save\s+(?:it|the\s+file|this\s+file)\s+(?:as|to))\s+[`'"]?$/i;
/**
 * "An open-source LLM like [Mixtral-8x7B-Instruct](…)": a link given as the example of a kind of model is still an example;
 * "The result is a DPO model like [`zephyr-7b-gemma`](…)" names what the recipe produces (`resultClauseBefore`).
 */
const linkedLikeExampleBefore = /\b(?:models?|LLMs?)\s+like\s+\[[^\][]*(?:\]\(\s*<?[^()\s]*)?$/i;
const resultClauseBefore = /\b(?:result|produces?|yields?|outputs?)\b[^.;]*$/i;
/** A Helm release name typed in a command (`helm install mistral-7b-release charts/lorax`): a name the user picks. */
const printedMessageLine = /^\s*(?:warning|error|note|info)\s*:/i;
/** A tool's progress line in a docs snippet (`Loading mlx-community/gemma-3-12b-it-qat-4bit...`): what the command above it printed. */
const progressLine = /^\s*(?:loading|downloading|fetching)\s+\S+\s*(?:\.{3}|…)\s*$/i;
const helmReleaseBefore = /\bhelm\s+(?:install|upgrade(?:\s+--install)?)\s+(?:-{1,2}[\w-]+(?:[= ]\S+)?\s+)*$/;
/** Data said to come from a model ("preference labels from GPT-4", "responses generated by Claude"): provenance, not use. */
/**
 * A parenthetical that states a limit or a requirement by the model ("(within Nova Micro limits)", "(required for Nova Micro
 * fine-tuning)", "(10K for Llama 3.2 90B model)"): a constraint the text notes, not a model it runs.
 */
const limitAsideBefore = /\(\s*(?:within|required\s+for|needed\s+for|[\d.,]+\s*[KkMm]?\s+(?:tokens?\s+)?for)\s+(?:the\s+)?$/i;
/** A model offered as one of a kind ("the use of GPT-4 (or other JudgeLLM) for …", "Llama 3 or any other chat model"): an example. */
const orOtherAfter = /^\s*\(?\s*or\s+(?:any\s+)?(?:other|another)\b/i;
/** A pointer to documentation about the model ("Check the Bedrock documentation for Nova Micro fine-tuning"): a page, not a use. */
const documentationForBefore = /\b(?:documentation|docs|guide|guides)\s+(?:for|on|about)\s+(?:the\s+)?$/i;
/** Results a model produced ("reuse of model inference and GPT-4 evaluation results"): data from it, as `provenanceBefore` is. */
const resultsAfter = /^\s+(?:evaluation|judge|judging)\s+(?:results|scores|outputs)\b/i;
const provenanceBefore = /\b(?:labels?|annotations?|ratings?|judge?ments?|preferences?|completions?|responses?|generations?|data)\s+(?:\w+\s+){0,2}(?:from|by)\s+$/i;
/** Defaults and fallbacks are configuration in disguise: rated medium. */
const defaultOrFallback = /default|fallback|falls?\s+back|getenv|environ|process\.env|\?\?|\|\||\$\{[A-Za-z_]+:-/i;
/** A bare family word followed by a version in prose: "Llama 3.1 70B", "Gemma 3", "Llama 4 Scout". */
const proseVersion = /^((?: (?:\d+(?:x\d+)?[bBmM]|[eE]\d+[bB]|\d+(?:\.\d+)*|Scout|Maverick|Behemoth|Vision|Instruct|Nemo|Small|Large|Medium|Coder|Mini|Haiku|Sonnet|Opus|Micro|Lite|Premier)(?![\w]|\.\d)){1,3})/;
const markdownHeading = /^\s{0,3}#{1,6}\s/;
/** Verbs by which prose says the project uses a model (the label guide's rule after round six), in English and Chinese (round eleven). */
const useVerb = /\b(?:use[sd]?|using|run(?:s|ning)?|serv(?:e|es|ed|ing)|pull(?:s|ed|ing)?|install(?:s|ed|ing)?|download(?:s|ed|ing)?|load(?:s|ed|ing)?|deploy(?:s|ed|ing)?|train(?:s|ed|ing)?|fine-?tun(?:e|es|ed|ing)|finetun(?:e|es|ed|ing)|convert(?:s|ed|ing)?|export(?:s|ed|ing)?|quantiz(?:e|es|ed|ing)|publish(?:es|ed|ing)?|replicat(?:e|es|ed|ing)|align(?:s|ed|ing)?|distill(?:s|ed|ing)?|host(?:s|ed|ing)?|call(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|test(?:s|ed|ing)?|evaluat(?:e|es|ed|ing)|interact(?:s|ed|ing)?\s+with|inference\s+with|(?:sends?|constructs?)\s+a\s+request)\b|部署|使用|调用|微调|运行|加载|接入|基于|下载|测试|训练|推理/i;
/** The candidate opens a sentence or a list item (its subject). */
/** The subject's place: a sentence's or list item's start, or a parenthesised aside's ("(currently o1 is restricted)"). */
const proseSubjectBefore = /(?:^\s*(?:[-*+]|\d+\.)?\s*|[.!?]\s+|\(\s*(?:currently|now|note:)?\s*)(?:(?:the|this|that|a|an|their|its)\s+)?$/i;
const sizeToken = /\b\d+(?:x\d+)?[bBmM]\b|\b[eE]\d+[bB]\b|Scout|Maverick|Behemoth/;
/**
 * A comment that configures the run rather than remarking on a model: it tells the reader to
 * use, set, edit or fetch something, says what a run is launched with ("# or you can use …",
 * "Run: MODEL=… npx tsx …", "# Example run with Qwen3-30B"), or what is used, defaulted to or fallen back on. Other comments that name a model
 * ("minimum nodes for DeepSeek-V3", "observed with Kimi-K2.6", "It outperforms Qwen2 7B") remark on it.
 */
const configuringComment =
  /(?:^\s*(?:#+|\/\/+|\/?\*+|--|;+)\s*(?:\d+[.)]\s*)?(?:(?:or|then|and|now|first|next)\s+)?|\b(?:you\s+(?:can|could|may|should|must|need\s+to)|to|please)\s+)(?:use|set|change|replace|remove|delete|edit|modify|update|patch|add|enable|disable|switch|point|pick|choose|select|download|pull|serve|load|run|launch|train|fine-?tune|finetune|deploy|install|convert|export|quantize|visit)\b|\b(?:this|the)\s+(?:example|sample|demo|script|notebook|test)\s+(?:uses|runs|loads|calls|needs|requires)\b|\b(?:run|usage|example\s+run)\s*(?:with\b|:)|\bmodel\s*[:=]|\b(?:is|are|gets?)\s+(?:now\s+)?(?:used|loaded|served|pulled|run|called|chosen|selected|pinned|deployed)\b|\bfalls?\s+back\b|\bfallback\b|\bdefaults?\s+to\b/i;
/** A quoted item in a comment block (`#     "gpt-oss",` in PEP 723 `dependencies = [`): metadata tools read, not prose. */
const commentedItem = /^\s*(?:#|\/\/)\s*["'][^"']+["'],?\s*$/;
/** "run with", "train with": the run is launched with the model (narration of a step stays a remark). */
const runWithBefore = /\b(?:run|runs|running|launch(?:es|ing)?|train(?:s|ing)?|fine-?tun(?:e|es|ing)|finetun(?:e|es|ing)|serv(?:e|es|ing))\s+with\s+(?:the\s+)?$/i;
/** A numbered setup step that edits the model's own files (`# 3. remove the quantization_config in DeepSeek-V3's config.json`) configures it. */
const editVerb = /\b(?:remove|edit|modify|change|set|replace|update|delete|patch)\b/i;
/** A numbered setup step that gets access to the model (`/// 2. Visit <see href="https://huggingface.co/meta-llama/Llama-2-7b-hf"/> and complete form …`). */
const accessStep = /\b(?:visit|request\s+access|accept\s+the)\b/i;
/** The candidate opens a comment line (`#`, `//`, a `*` line of a block comment). */
const wholeLineComment = /^\s*(?:#|\/\/|\/\*|\*(?!\*)|--\s|;)/;
/**
 * A release the catalog may not know yet, by its shape: a word and a version right after it
 * (`GLM-5.2`, `Kimi-K3`, `DeepSeek-V4-Flash`, `gpt35`), optionally behind an organisation.
 */
const versionShaped = /(?:^|[/:])[A-Za-z]+[-_ .]?[A-Za-z]?\d+(?:\.\d+)*(?:[-_.:][\w.:-]*)?$/;
/** A vendor's rolling alias (`mistral-ocr-latest`, `gemini-flash-latest`): the family word, words, then `-latest`, a model by its shape. */
const latestAliasShaped = /^[A-Za-z]+(?:-[a-z]+)*-latest$/;
/** The line holds one quoted string, a list item (`  "zai-org/GLM-5.2",`). */
const stringItemBefore = /^\s*["'`]$/;
const stringItemAfter = /^["'`]\s*[,\]]?\s*(?:(?:#|\/\/).*)?$/;
/** A default value (`process.env.MODEL ?? "…"`, `os.environ.get("DEPLOYMENT", "…")`, `${MODEL:-…}`). */
const defaultValueBefore = /(?:\?\?|\|\||\b(?:getenv|get)\([^()]*,)\s*["'`]$|\$\{[A-Za-z_]\w*:-$/;
/** A Markdown table row with a cell holding only a score (`| 36.4 |`): a results table, where models are compared, not used. */
const resultsRow = /^\s*\|.*\|\s*\d[\d,]*(?:\.\d+)?\s*(?:%|tokens?)?\s*\|/;
/** A line that links to a run's log (`[link](…/qwen2-7b-fsdp2.log)`, "training log and commands"): a record of a run elsewhere. */
const runLogLine = /\]\([^)\s]*\.log\)|\btraining logs?\b/i;

interface Candidate {
  readonly text: string;
  readonly start: number;
  readonly prose: boolean;
  /** `hf://` or `ollama://` when the id came from such a URI (a serving stack's model reference). */
  readonly modelUri?: string;
  /** The family word was followed by sizes in brackets: the sizes name its checkpoints. */
  readonly namedSizes?: boolean;
  /** The catalog spelling of a two-word name ("CodeLlama" for "Code Llama"). */
  readonly resolveAs?: string;
  /** The family word is a regular-expression literal (`[/gemma/i]`). */
  readonly pattern?: boolean;
  /** The candidate names the family only, for the reason given (a prefix check in code, the family's API in setup prose). */
  readonly familyOnly?: string;
  /** A model config fetched by URL that a run command loads (see `runConfigUrlBefore`). */
  readonly runConfig?: boolean;
  /** The family a derivative whose name hides the family word belongs to (TinyLlama → llama). */
  readonly derivativeOf?: { readonly family: string; readonly via: string };
}

/** Files every model folder holds: a path to one (`dist/Llama-3-8B-MLC/mlc-chat-config.json`) points at the model. */
const modelFolderFile = /\/(?:(?:mlc-chat-config|config|generation_config|tokenizer_config|tokenizer|special_tokens_map|adapter_config|params)\.json|ggml-model[\w.-]*\.(?:bin|gguf)|(?:pytorch_model|model)(?:-\d+-of-\d+)?\.(?:bin|safetensors)|consolidated\.\d+\.pth)$/;
/**
 * A prefix or substring check on a model id (`model_id.startswith("gemini-")`, Go's `strings.Contains(model, "gemini-2.0")`):
 * code that routes the family's models, like a pattern, in any language.
 */
const prefixCheckBefore = /\.(?:startswith|startsWith|hasPrefix|HasPrefix|starts_with|Contains|contains|includes)\(\s*(?:[^()"'`]*,\s*)?["'`]$/;
const prefixCheckAfter = /^[-_.:/]?["'`]/;
/**
 * The family's own API in setup prose ("You'll need a [Gemini API key](…)", "To use [Mistral](…) through their
 * API"): the family's API the setup needs (vendor-API rule). A bare vendor name that is no family word (Cohere, xAI) never gets here.
 */
const familyApiAfter = /^\]?(?:\([^)\s]*\))?\s+(?:API\s+keys?\b|through\s+(?:their|its)\s+API\b)|^\s+(?:API|Platform)\b(?!\s+(?:compatib|format|spec))|^'s\s+(?:[\w-]+\s+)?(?:API|inference|platform)\b/i;
/**
 * The family's API under the vendor's name, the family word and "AI" ("Wrapper around [Mistral AI](…) Chat Completions API",
 * "wrapper around Mistral AI [Embeddings API](…)", "Mistral AI API is currently in closed beta"): up to two capitalised words
 * naming the endpoint may stand between, in or out of a link. Case-sensitive: "AI" and the endpoint's words are a name.
 */
const vendorFamilyApiAfter = /^\s+AI\]?(?:\([^)\s]*\))?\s+\[?(?:[A-Z][\w-]*\s+){0,2}API\b(?!\s+(?:[Cc]ompatib|format|spec))/;
/**
 * A package that is the family's module or wrapper ("[Mistral AI](…) module for [LangChain.dart]", "integration module for
 * Mistral AI (…)") and the family named in brackets after the API a wrapper calls ("wrapper around [Anthropic Messages](…) API
 * (Claude)"): the package calls the family's API (round twenty-three, as Haystack's "with Meta Llama API" sentence).
 */
const familyModuleAfter = /^(?:\s+AI)?\]?(?:\([^)\s]*\))?\s+(?:integration\s+)?(?:module|integration|wrapper|client|SDK)\s+for\b/;
const moduleForFamilyBefore = /\b(?:integration\s+)?(?:module|integration|wrapper|client|SDK)\s+for\s+(?:the\s+)?\[?$/;
/** A page's or entry's title (`title: Mistral AI API` in front matter, a heading): it names the page. */
const titleLine = /^\s*(?:["']?(?:title|sidebar_?title|name|label)["']?\s*:|#{1,6}\s)/i;
const vendorAfter = /^\s+AI\b/;
const apiAsideBefore = /\bAPI\s*\(\s*$/;
const closingBracketAfter = /^\s*\)/;
const familyApiHow = "as the family's API the setup needs";
/**
 * The vendor's console named after the family, where a setup gets its API key ("Get an API key from the [Mistral Dashboard](…)",
 * "The API key you get from [Claude's settings page](…)").
 */
const vendorConsoleAfter = /^(?:\s+AI)?\s+(?:Dashboard|Console|account)\b|^'s\s+settings\s+page\b/;
const apiKeyWords = /\bAPI\s+keys?\b/i;
/** The API's name as link text to a page of the same docs site (`| **API reference** | [Meta Llama API](/reference/integrations-meta-llama) |`): a page. */
const docsPageLinkAfter = /^\s+(?:API|Platform)\]\(\/[^)\s]*\)/;
/**
 * The family's credential named in words (`"Claude Code OAuth token"`, an Action input's description): a credential for the
 * family's API, as the vendor's key is (lead decision, round fourteen).
 */
const familyCredentialAfter = /^\s+(?:[A-Z][a-z]+\s+)?(?:OAuth\s+tokens?|API\s+keys?)\b/;
/** A note describing the example shown ("In this _command_ example, we're using … to extract the Gemini API Key"): the example's names. */
const describesExample = /^\s*(?:>\s*)?In\s+this\s+(?:[\w*`]+\s+){0,3}example\b/i;
/** Authenticating with the family ("You can authenticate with Claude using …", "authenticates to the Claude API"): its API. */
const authenticateBefore = /\bauthenticat(?:e|es|ed|ing|ion)\s+(?:with|to|against)\s+(?:the\s+)?$/i;
const choosingCommentBefore = /^\s*(?:#+|\/\/+)\s*(?:use|using|switch\s+to)\s+$/i;
/**
 * A request's model given as the whole quoted value of a `model` argument or key in code (`ChatCompletionRequest(model="granite")`,
 * `{ model: 'llama' }`): where a model is expected, the family's lower-case word selects the model the server loaded under it.
 */
const requestModelValueBefore = /(?<![\w.$-])model\s*[=:]\s*["']$/;
const entryIdBefore = /^\s*["']?id["']?\s*[=:]\s*["']$/;
const entryProviderAbove = /^\s*["']?provider["']?\s*[=:]\s*\S/;
const closingQuoteAfter = /^["'][\s,)};]*(?:#.*|\/\/.*)?$/;
/** TinyLlama: built on Llama 2's architecture and tokenizer (the label guide, round eight), where a checkpoint or adapter path names it. */
const tinyLlama = /(?<![a-z0-9])tiny[-_]?llama(?![a-z])/gi;
/** `/gemma/i` after `[`, `(`, `,`, `=` or `:`: a regex literal matching the family's ids. */
const patternOpenBefore = /[[(,=:]\s*\/$/;
const quoteBefore = /["']\^?$/;
/** The rest of a quoted regex on a family word: `-.*'`, `.*"`, `-\d…`, `-(pro|flash)…` up to the closing quote. */
const idPatternAfter = /^[-_:]?(?:\.[*+]|\\d|\[|\()[^"'\s]*["']/;
const patternCloseAfter = /^\/[dgimsuy]*\s*(?:[\]),;]|$)/;

/**
 * Model ids wherever they appear: in code, strings, config, deployment files and prose.
 * Candidates are grown around each family keyword over id characters, then resolved
 * through the catalog; the text before the id decides the kind (a launch argument is
 * `sdk`, a `base_model` in a fine-tune config is `adapter`, a value in a config or
 * deployment file is `config`) and how much a bare family word may prove.
 */
export function detectModelIds(line: LineContext, matchers: AuditMatchers): Detection[] {
  const detections: Detection[] = [];
  const seenStarts = new Set<number>();
  for (const match of matchesOf(line.text, matchers.familyKeyword)) {
    const candidate = familyOnlyCandidate(line, matchers, joinedWithPrefix(line.text, candidateAround(line.text, match.index, match[0].length), matchers));
    if (candidate !== undefined && seenStarts.has(candidate.start)) {
      detections.push(...secondFamilyIn({ line, candidate, keyword: match[0], matchers, found: detections }));
      continue;
    }
    if (candidate === undefined) continue;
    seenStarts.add(candidate.start);
    detections.push(...detectionsFor({ line, candidate, matchers }));
  }
  if (matchers.families.has("llama")) {
    for (const match of matchesOf(line.text, tinyLlama)) {
      const candidate = candidateAround(line.text, match.index, match[0].length);
      // A path or repo id names the checkpoint (`TinyLlama/TinyLlama-1.1B…`, `smangrul/tinyllama_lora_sql`); a bare `tinyllama` is a variable.
      if (candidate === undefined || candidate.prose || !candidate.text.includes("/") || seenStarts.has(candidate.start)) continue;
      seenStarts.add(candidate.start);
      detections.push(...detectionsFor({ line, candidate: { ...candidate, derivativeOf: { family: "llama", via: "TinyLlama is built on Llama 2's architecture and tokenizer" } }, matchers }));
    }
  }
  for (const joined of joinedFamilyWordsOf(line.text, matchers)) {
    const candidate = candidateAround(line.text, joined.index, joined.length);
    if (candidate === undefined || candidate.prose || !candidate.text.includes("/") || seenStarts.has(candidate.start) || detections.some((detection) => detection.family === joined.family)) continue;
    seenStarts.add(candidate.start);
    detections.push(...detectionsFor({ line, candidate: { ...candidate, derivativeOf: { family: joined.family, via: "a derivative named after its base" } }, matchers }));
  }
  for (const base of publishedBasesOf(line, matchers)) {
    if (!detections.some((detection) => detection.family === base.family)) detections.push(base);
  }
  // A Bedrock id whose family word carries no version (`anthropic.claude-v2`), where nothing above found the family.
  for (const bedrock of bedrockModelIdsOf(line, matchers)) {
    if (!detections.some((detection) => detection.family === bedrock.family)) detections.push(bedrock);
  }
  // A bare id of a family whose keywords are all phrases (`--model command-medium`), where nothing above found the family.
  for (const bare of phraseFamilyModelIdsOf(line, matchers)) {
    if (!detections.some((detection) => detection.family === bare.family)) detections.push(bare);
  }
  return detections;
}

/**
 * A name in a provider's model table carrying a second family's word (`deepseek-r1-llama`, `r1-qwen` beside
 * `deepseek-r1-distill-qwen-32b`): a distill or derivative named after its base, so that family too (label guide, round nineteen).
 */
function secondFamilyIn(options: { line: LineContext; candidate: Candidate; keyword: string; matchers: AuditMatchers; found: readonly Detection[] }): Detection[] {
  const { line, candidate, matchers } = options;
  if (line.file.providerModelTable?.()?.modelLines.has(line.number) !== true) return [];
  const resolution = matchers.catalog.resolve(options.keyword);
  const family = resolution === undefined ? undefined : resolution.kind === "family" ? resolution.family.id : resolution.model.family;
  if (family === undefined || !matchers.families.has(family) || options.found.some((detection) => detection.family === family)) return [];
  return detectionsFor({ line, candidate: { ...candidate, derivativeOf: { family, via: "a derivative named after its base" } }, matchers });
}

/**
 * A message a shell script echoes (`echo './run --model mlx-community/Mistral-7B-4bit'` above the line that runs it): a name
 * passed only to be printed, as `print(…)` is (label guide, round eleven). Written to a file or piped to a command, it is input.
 */
const echoBefore = /(?:^\s*|[;&|(]\s*)echo\s+(?:-[neE]+\s+)*(["']?)[^"'>|]*$/;
/** A bot account named after the family (`claude[bot]`, a commit author's name): a name, not a model. */
const botAccountAfter = /^\[bot\]/;
/** An input field's placeholder (`"placeholder": "llama2"`): an example of what a user may type, not a value set. */
const placeholderKeyBefore = /\bplaceholder["']?\s*[:=]\s*["']$/i;
/**
 * A variable read through the environment's namespace (`env.VERTEX_REGION_CLAUDE_3_5_HAIKU`, `process.env.X`, `secrets.X`): the
 * variable's name. Another namespace's constant (`CheckpointPath.GEMMA3_4B_IT`) may name a checkpoint and stays a candidate.
 */
/**
 * A configuration object's property path in code (`TestConfiguration.GoogleAI.Gemini.ModelId`): three or more PascalCase
 * members, the family a section's name in it. The value is read at run time from settings; the path names no model.
 */
const propertyPath = /^[A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*){2,}$/;
const namespacedConstant = /^(?:(?:process\.)?env|secrets|vars|inputs|os\.environ|ENV)\.[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
/**
 * A string resource kept as an example or hint for the user (Android's `<string name="enter_url_example_link">https://…</string>`,
 * `name="…_hint"`): text the app shows in a form, as a placeholder is, not a model it loads.
 */
const exampleResourceBefore = /<string\b[^>]*\bname\s*=\s*"[^"]*(?:example|hint|placeholder|sample)[^"]*"[^>]*>[^<]*$/i;
/** A comment sizing a resource for a model ("# Sufficient storage to fit the Mistral-7B model", "enough memory to hold …"): a remark on its size. */
const sizingCommentBefore = /(?:#|\/\/|\/\*|\*)\s*.*\b(?:storage|memory|disk|space|vram|ram)\b.*\bto\s+(?:fit|hold|store)\s+(?:the\s+|a\s+)?$/i;
/**
 * A quoted error a tool printed (`> litellm.BadRequestError: … model ID` then the next line of the paragraph): the line that opens
 * with `…Error:`/`…Exception:` and the line it wraps onto are a message for people, not a setting.
 */
const quotedErrorLine = /^\s*(?:>\s*)?[\w.]*(?:Error|Exception)\s*:/;
/** A whole-line comment that is only a heading naming a series or family of models, with an optional aside in brackets. */
const seriesHeadingComment = /^\s*(?:#+|\/\/+)\s*[\w.:/-]+(?:\s+[\w.:/-]+)?\s+(?:series|family|line-?up)\s*(?:\([^()]*\))?\s*:?\s*$/i;
/** A constant or variable named as a title (`…_TITLE = "`, `chatTitle: "`), up to its quoted value. */
const titleConstantBefore = /(?:\b[A-Z][A-Z0-9_]*_TITLE|\b[a-z][A-Za-z0-9]*Title)["']?\s*[:=]\s*["']$/;
/** A list item that is only a link to a heading of the same page: a table of contents. */
const tocEntryLine = /^\s*(?:[-*+]|\d+\.)\s+\[[^\]]+\]\(#[^)\s]*\)\s*$/;
const questionEnd = /\?\s*(?:\{#[\w-]+\})?\s*$/;
/** The value of an entry's shown name, quoted or not, up to the id (`- name: my `, `name: "`). */
const entryNameKeyBefore = /^\s*(?:-\s+)?["']?(?:name|title|displayName|display_name)["']?\s*:\s*["']?[^"':]*$/;
const displayNameKeyBefore = /^\s*["']?(?:name|displayName|display_name|label)["']?\s*:\s*["']$/;
const acceptedValuesBefore = /\b(?:valid\s+(?:options|values|choices|model\s+names)\s+(?:are|include)|must\s+be\s+one\s+of)\b[^.;]*$/i;
const familyTokenizerFile = /(?:^|\/)tokenizer\.([a-z]+)$/i;

/**
 * An enum's place is trusted for a model only when the enum or the member says so (hardened after the second review): the
 * enum's name or the member's says model or LLM, or the member's name carries a family word (`GEMINI_3_5_FLASH`); in
 * `class Sign(Enum): TWINS = "gemini-twins"` the catalog must parse the value as any other string.
 */
function isModelEnumMember(line: LineContext, matchers: AuditMatchers): boolean {
  const member = line.file.enumMembers?.get(line.number);
  if (member === undefined) return false;
  return line.file.modelEnumLines?.has(line.number) === true || /model|llm/i.test(member) || member.split(/_|(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)/).some((part) => matchers.signatures.familyOfWord(part) !== undefined);
}

/** A bare family word that names the family only: a prefix check in code, the family's API in setup prose. */
function familyOnlyCandidate(line: LineContext, matchers: AuditMatchers, candidate: Candidate | undefined): Candidate | undefined {
  if (candidate === undefined || candidate.prose) return candidate;
  const before = line.text.slice(0, candidate.start);
  const after = line.text.slice(candidate.start + candidate.text.length);
  // A versioned prefix (`"gemini-2.0"`, `"gemini-exp"`) routes the family's ids as a bare one does.
  if ((line.role === "source" || line.role === "notebook") && prefixCheckBefore.test(before) && prefixCheckAfter.test(after)) return { ...candidate, familyOnly: "as a model-id prefix the code routes on" };
  // A tokenizer file named after the family (`assets/tokenizer.gemma`, as MaxText names its assets): the family's tokenizer, loaded with its model.
  const tokenizer = familyTokenizerFile.exec(candidate.text)?.[1];
  if (tokenizer !== undefined && matchers.signatures.familyOfIdentifierWord(tokenizer) !== undefined) {
    return { ...candidate, start: candidate.start + candidate.text.length - tokenizer.length, text: tokenizer, familyOnly: "the family's tokenizer file" };
  }
  if (!/^[a-z]+$/i.test(candidate.text)) return candidate;
  // A provider entry of a CLI's config named after the family (`mistral:` over its `models:`): the tool calls the family's API.
  if (tableKeyBefore.test(before) && /^["']?\s*:/.test(after) && line.file.providerModelTable?.()?.providerKeyLines.has(line.number) === true) return { ...candidate, familyOnly: "as a provider entry whose models the tool calls" };
  // A key of a per-model table (`mistral: 4_096,` beside `"llama3.1": 4_096,`): the code routes that model's behaviour.
  if (tableKeyBefore.test(before) && tableKeyAfter.test(after) && line.file.modelTableLines?.().has(line.number) === true) return { ...candidate, familyOnly: "as a key of a per-model table" };
  // A quoted pattern of the family's ids (`'gemini-.*':` in a client's patch table, `"claude.*"`): routes the family's models, as `/gemini/i` does.
  if (line.role !== "prose" && quoteBefore.test(before) && idPatternAfter.test(after)) return { ...candidate, familyOnly: "as a pattern matching the family's model ids" };
  // "Granite AI account": the vendor's forms with "AI" only for a family whose vendor is so named (`Mistral AI`, see `vendorIsWordAi`).
  const family = vendorAfter.test(after) ? matchers.signatures.familyOfWord(candidate.text) : undefined;
  if (vendorAfter.test(after) && (family === undefined || !vendorIsWordAi(matchers.catalog, family, candidate.text))) return candidate;
  if (line.role === "prose" && (familyApiAfter.test(after) || (vendorConsoleAfter.test(after) && apiKeyWords.test(line.text))) && !docsPageLinkAfter.test(after) && !describesExample.test(line.text)) return { ...candidate, familyOnly: familyApiHow };
  // The vendor's name for the family's API, and a package that is the family's module or wraps its API (see `familyModuleAfter`).
  if (line.role !== "source" && line.role !== "notebook" && line.file.fencedLines?.has(line.number) !== true && !titleLine.test(line.text) && (vendorFamilyApiAfter.test(after) || familyModuleAfter.test(after) || (moduleForFamilyBefore.test(before) && vendorAfter.test(after)) || (apiAsideBefore.test(before) && closingBracketAfter.test(after)))) return { ...candidate, familyOnly: familyApiHow };
  // Outside code, the same words in a config's comment or an input's description (`# Authenticate to the Claude API`).
  if (line.role !== "source" && line.role !== "notebook" && !docsPageLinkAfter.test(after) && !describesExample.test(line.text) && (familyApiAfter.test(after) || familyCredentialAfter.test(after) || (before.includes("uthenticat") && authenticateBefore.test(before)))) return { ...candidate, familyOnly: familyApiHow };
  // A comment that chooses the model of the command below it (`# Use DeepSeek Chat v3` over `aider --model deepseek/deepseek-chat`).
  const code = line.role === "source" || line.role === "notebook" || line.file.fencedLines?.has(line.number) === true;
  if (code && choosingCommentBefore.test(before)) return { ...candidate, familyOnly: "chosen by the comment over the command below it" };
  if ((line.role === "source" || line.role === "notebook") && /^[a-z]+$/.test(candidate.text) && requestModelValueBefore.test(before) && closingQuoteAfter.test(after)) return { ...candidate, familyOnly: "as the model a request selects" };
  // A registry entry's whole `id` under its `provider` (`provider = LLMProvider.Ollama,` then `id = "qwq",`): the model it calls.
  if ((line.role === "source" || line.role === "notebook") && /^[a-z]+$/.test(candidate.text) && entryIdBefore.test(before) && closingQuoteAfter.test(after) && entryProviderAbove.test(line.previous)) return { ...candidate, familyOnly: "as a registry entry's id" };
  // A tool's alias that is the family's name (`aider --model gemini`): the launch selects the family's current model.
  if (launchBefore.test(before) && /^\s*$/.test(after) && matchers.references.resolve(candidate.text, "strong") === undefined) return { ...candidate, familyOnly: "passed to a launch as the family's alias" };
  return candidate;
}

const tableKeyBefore = /^\s*["']?$/;
const tableKeyAfter = /^["']?\s*(?::|=>)/;
/** A Bedrock-style vendor prefix before the id in a table key (`anthropic.` in `anthropic.claude-sonnet-5:`). */
const tableKeyVendorBefore = /^\s*["']?[a-z]+\.?$/;

/** The candidate is a whole key of a per-model table, inline (`"mistral-openorca": 4_096,`) or nested over its numbers. */
function perModelTableKey(options: { line: LineContext; before: string; after: string }): boolean {
  const { line, before, after } = options;
  if (!(tableKeyBefore.test(before) || tableKeyVendorBefore.test(before)) || !tableKeyAfter.test(after)) return false;
  return line.file.modelTableLines?.().has(line.number) === true;
}

/** "Code Llama", "Pali Gemma": the family word and the capitalised word before it, when joined they name a model. */
function joinedWithPrefix(text: string, candidate: Candidate | undefined, matchers: AuditMatchers): Candidate | undefined {
  if (candidate === undefined || candidate.prose || !/^[a-z]+$/i.test(candidate.text)) return candidate;
  const prefix = joinablePrefix.exec(text.slice(0, candidate.start));
  if (prefix?.[1] === undefined) return candidate;
  const joined = `${prefix[1]}${candidate.text}`;
  if (matchers.references.resolve(joined, "strong")?.model === undefined) return candidate;
  return { text: `${prefix[1]} ${candidate.text}`, start: candidate.start - prefix[1].length - 1, prose: false, resolveAs: joined };
}

function candidateAround(text: string, index: number, length: number): Candidate | undefined {
  if (patternOpenBefore.test(text.slice(0, index)) && patternCloseAfter.test(text.slice(index + length))) return { text: text.slice(index, index + length), start: index, prose: false, pattern: true };
  let start = index;
  let end = index + length;
  while (start > 0 && idCharacter.test(text[start - 1] ?? "")) start -= 1;
  while (end < text.length && idCharacter.test(text[end] ?? "")) end += 1;
  let raw = text.slice(start, end);
  const leading = trimStart.exec(raw)?.[0].length ?? 0;
  raw = raw.slice(leading).replace(trimEnd, "");
  start += leading;
  // A name joined to a runtime's (`llamacpp-llama3-8b-instruct-q5km`, an image serving that model on llama.cpp): the runtime's part
  // names the runtime (`runtime-names.ts`), the rest the model it serves.
  const runtime = runtimeJoinedPrefix.exec(raw)?.[0].length ?? 0;
  raw = raw.slice(runtime);
  start += runtime;
  if (raw === "") return undefined;
  // URLs are ids only on the model hubs; elsewhere (licence links, GitHub orgs) they are not a dependency.
  const uri = modelUri.exec(raw)?.[0];
  if (uri !== undefined) return { text: raw.slice(uri.length), start: start + uri.length, prose: false, modelUri: uri };
  // A script fetched by URL (`wget https://…/build_gemma.py`) is named by its file, kept when the file fetches it (see `fetchedScripts`).
  const script = /\/([\w.-]+\.(?:py|sh))$/.exec(raw)?.[1];
  if (script !== undefined && urlScheme.test(raw) && /\b(?:wget|curl)\b/.test(text.slice(0, start))) return { text: script, start: start + raw.length - script.length, prose: false };
  const runConfig = urlScheme.test(raw) && runConfigUrlBefore.test(text.slice(0, start)) ? configUrlFile.exec(raw)?.[1] : undefined;
  if (runConfig !== undefined) return { text: runConfig, start: start + raw.lastIndexOf(`/${runConfig}`) + 1, prose: false, runConfig: true };
  if (urlScheme.test(raw) && !modelHostUrl.test(raw) && !weightsFileUrl.test(raw)) return undefined;
  // A hub page that is no model (an organisation `huggingface.co/codellama`, a collection, a blog post) names no checkpoint.
  if (hubPageNotModel.test(raw)) return undefined;
  // A model folder's own file (`./dist/CodeLlama-7b-hf-q4f16_1-MLC/mlc-chat-config.json`) names the model by its folder.
  const folderFile = modelFolderFile.exec(raw);
  if (folderFile !== null && index < start + folderFile.index) raw = raw.slice(0, folderFile.index);
  if (/^[a-z]+$/i.test(raw)) {
    const version = proseVersion.exec(text.slice(start + raw.length));
    if (version?.[1] !== undefined) return { text: raw + version[1], start, prose: true };
    const sizes = sizeListAfter.exec(text.slice(start + raw.length));
    if (sizes?.[1] !== undefined) return { text: `${raw} ${sizes[1]}`, start, prose: false, namedSizes: true };
  }
  return { text: raw, start, prose: false };
}

interface Surroundings {
  readonly kind: FindingKind;
  readonly context: ModelContext;
  readonly how?: string;
  /** Kept only when the same file names a model of the family (see `Detection.servedFamilyOnly`). */
  readonly servedFamilyOnly?: boolean;
}

function surroundingsOf(line: LineContext, candidate: Candidate, matchers: AuditMatchers): Surroundings {
  const { start } = candidate;
  // Path punctuation trimmed off the candidate (`-m /models/x.gguf`) belongs to the value, not the flag.
  const before = line.text.slice(0, start).replace(/[./]+$/, "");
  if (line.role === "modelfile" && modelfileFrom.test(before)) {
    return line.file.modelfileAdapter ? { kind: "adapter", context: "strong", how: "Modelfile FROM under an ADAPTER" } : { kind: "config", context: "strong", how: "Ollama Modelfile FROM" };
  }
  if (publishKeyBefore.test(before)) return { kind: "adapter", context: "strong", how: "published as a derivative named after its base" };
  if (templateKeyBefore.test(before)) return { kind: "chat-template", context: "strong", how: "as the chat template" };
  // A parser is that family's output format: a dependency only where the same file serves a model of the family.
  if (parserKeyBefore.test(before)) return { kind: "chat-template", context: "strong", how: "as the serving engine's output parser", servedFamilyOnly: true };
  if (adapterKeyBefore.test(before)) {
    return { kind: "adapter", context: "strong", how: /lora-modules/.test(before) ? "served as a vLLM LoRA module" : "adapter named after its base" };
  }
  if (lineageKeyBefore.test(before) && line.file.fineTuneConfig) {
    return { kind: "adapter", context: "strong", how: line.file.peftType === undefined ? "fine-tune base model" : `${line.file.peftType} adapter base model` };
  }
  const launch = launchBefore.exec(before);
  const continuesFlag = (before.trim() === "" || /^\s*-\s*["']?$/.test(before)) && launchFlagLine.test(line.previous);
  const structured = line.role === "config" || line.role === "deployment" || line.role === "manifest";
  // A launch loads a model: it is that model's id (pinned in configuration when the file is one), not an SDK.
  if (launch !== null || continuesFlag) {
    return { kind: structured ? "config" : "model-id", context: "strong", how: launchDescription(launch?.[0] ?? line.previous) };
  }
  // An item of a list spanning lines under a model or recipe key (a CI matrix `config: [` … `"codellama",`) names what runs.
  const listKey = line.file.listKeys?.get(line.number);
  if (listKey !== undefined && modelListKey.test(listKey) && /^\s*(?:-\s*)?["']?$/.test(before)) {
    return { kind: structured ? "config" : "model-id", context: "strong", how: `listed under ${listKey}` };
  }
  // A family's script fetched from elsewhere and run (a conversion or build tool for that family) ties the project to it.
  if (line.file.fetchedScripts?.has(candidate.text) === true) return { kind: structured ? "config" : "model-id", context: "strong", how: "a family script the project fetches and runs" };
  if (candidate.runConfig === true) return { kind: structured ? "config" : "model-id", context: "strong", how: "a model config a run command loads by URL" };
  if (candidate.namedSizes === true) return { kind: structured ? "config" : "model-id", context: "strong", how: "named with its checkpoint sizes" };
  if (resourceNameBefore.test(before) && /^\s*metadata\s*:\s*$/.test(line.previous)) {
    return { kind: structured ? "config" : "model-id", context: "strong", how: "a resource named after the model it serves", servedFamilyOnly: true };
  }
  // The top-level `name:` of a config that ships a prompt template names that config after the family it is for.
  if (line.file.shipsTemplate === true && topLevelNameBefore.test(before)) return { kind: "config", context: "strong", how: "names a config shipped with the family's prompt template" };
  if (candidate.modelUri !== undefined) return { kind: structured ? "config" : "model-id", context: "strong", how: `referenced as ${candidate.modelUri}` };
  if (recipeConfigBefore.test(before)) return { kind: structured ? "config" : "model-id", context: "strong", how: "named by the training recipe it runs" };
  if (instructionBefore.test(before) && modelWordAfter.test(line.text.slice(start + candidate.text.length))) {
    return { kind: structured ? "config" : "model-id", context: "strong", how: "named as the model to pull or run" };
  }
  if (aliasKeyBefore.test(before)) return { kind: structured ? "config" : "model-id", context: "strong", how: "as the name a served model answers to", servedFamilyOnly: true };
  // A key of a provider's `models:` mapping, its aliases and its fallback (see `provider-model-tables.ts`): a model the tool calls.
  if (structured && line.file.providerModelTable?.()?.modelLines.has(line.number) === true) return { kind: "config", context: "strong", how: "in a provider's model table" };
  if (candidate.familyOnly !== undefined) return { kind: candidate.familyOnly === familyApiHow ? "sdk" : "model-id", context: "strong", how: candidate.familyOnly };
  // Code that matches a family's ids with a pattern (`BLOCKED_ID_PATTERNS = [/gemma/i]`) exists for that family's models.
  if (candidate.pattern === true && (line.role === "source" || line.role === "notebook")) return { kind: "model-id", context: "strong", how: "matched by a pattern in code" };
  // `model:` then `path: ~/models/deepseek-llm-7b-chat`: the nested path is the model's.
  const parentKey = line.file.parentKeys?.get(line.number);
  if (parentKey !== undefined && nestedModelKey.test(parentKey) && nestedPathBefore.test(before)) {
    return { kind: structured ? "config" : "model-id", context: "strong", how: `the path under ${parentKey}` };
  }
  const after = line.text.slice(start + candidate.text.length);
  // A key of a per-model table (`"mistral-openorca": 4_096,`, a pricing entry `anthropic.claude-sonnet-5:` over its numbers)
  // is a model the code looks up by id, whatever its shape: the table exists for each model it keys.
  if (perModelTableKey({ line, before, after })) return { kind: structured ? "config" : "model-id", context: "strong", how: "as a key of a per-model table" };
  // A release the catalog does not know yet, in a list of model strings or as a default, is a model by its shape.
  if ((versionShaped.test(candidate.text) || latestAliasShaped.test(candidate.text)) && ((stringItemBefore.test(before) && stringItemAfter.test(after)) || defaultValueBefore.test(before))) {
    return { kind: structured ? "config" : "model-id", context: "strong", how: stringItemBefore.test(before) ? "listed as a model string" : "as a default" };
  }
  // An enum's member set to one string (`GEMINI_3_5_FLASH = "gemini-3.5-flash",`): an enum of model ids (`enum-member-values.ts`).
  if (isModelEnumMember(line, matchers) && isEnumMemberValue({ text: candidate.text, before, after })) return { kind: structured ? "config" : "model-id", context: "strong", how: "as an enum member's value" };
  // A gateway's fallback chain lists the routes that will serve (LiteLLM `fallbacks:`).
  if (line.file.routes?.fallbackLines.has(line.number) === true) return { kind: structured ? "config" : "model-id", context: "strong", how: "in a fallback chain of served routes" };
  const strong = modelKeyBefore.test(before) || ((line.role === "source" || line.role === "notebook" || line.role === "prose") && pathArgumentBefore.test(before)) || lineageKeyBefore.test(before) || modelCallBefore.test(before) || modelVariableDefaultBefore.test(before) || isPretrainedArgument(before);
  return { kind: structured ? "config" : "model-id", context: strong ? "strong" : "none" };
}

function launchDescription(text: string): string {
  if (/ollama/.test(text)) return "pulled or run with Ollama";
  if (/vllm\s+serve/.test(text)) return "served with vLLM";
  if (/from_pretrained/.test(text)) return "loaded with from_pretrained()";
  if (/download|repo_id/.test(text)) return "downloaded from the Hub";
  return "passed to a model server as --model";
}

/**
 * A dataset split or subset named after the model that generated it (`smoltalk_chats_Qwen3_32B_think`): snake_case words
 * on both sides of the model's name, four or more in all. An id never starts and ends with lower-case words joined by
 * underscores around the model; a variable (`hf_llama3_8b_model`) is dropped as a name by the rules above when it is one.
 * The first word may be capitalised and the next ones may start with a digit (`LongAlign_64k_Qwen3_32B_yarn_131k_think`):
 * the words after the first are still lower case, so a vendor word before the model (`Meta_Llama_3_8B`) stays the model.
 */
const splitName = /^[A-Za-z][A-Za-z0-9]*(?:_[a-z0-9][a-z0-9]*)+_[A-Z][A-Za-z]*\d[A-Za-z0-9.]*(?:_[A-Za-z0-9.]+)*_[a-z]+$/;

function isSplitName(text: string): boolean {
  return text.includes("_") && splitName.test(text);
}

/** The model's own family, and the family it descends from when that is audited too (a distill, a fine-tune). */
function detectionsFor(options: { line: LineContext; candidate: Candidate; matchers: AuditMatchers }): Detection[] {
  const detection = detectionFor(options);
  if (detection === undefined) return [];
  const ancestor = detection.ancestor;
  const { ancestor: _ancestor, ...own } = detection;
  if (ancestor === undefined) return [own];
  const familyName = options.matchers.catalog.family(ancestor.family)?.name ?? ancestor.family;
  return [own, { ...own, family: ancestor.family, message: `${own.message}, ${familyName} by descent (${ancestor.via})` }];
}

function detectionFor(options: { line: LineContext; candidate: Candidate; matchers: AuditMatchers }): (Detection & { ancestor?: ModelReference["ancestor"] }) | undefined {
  const { line, candidate, matchers } = options;
  const before = line.text.slice(0, candidate.start);
  // Weights a build step makes, enters or downloads (`mkdir -p /models/…-GGUF`, `curl -o …-Q5_K_M.gguf`): the image carries them.
  // Where the command's continued line above gives the source's address (`wget https://huggingface.co/…gguf \` then `-O …`), that
  // address names the weights and the output path is only where they land.
  const weights = weightsArtefact.test(candidate.text);
  const sourceAbove = continuedLine.test(line.previous) && /https?:\/\//.test(line.previous);
  if ((outputKeyBefore.test(before) && !(weights && !sourceAbove)) || storageNameBefore.test(before) || datasetBefore.test(before) || dataName.test(candidate.text) || dataRepoName.test(candidate.text)) return undefined;
  if ((line.role === "source" || line.role === "notebook") && identifierName.test(candidate.text) && isVariableName(before, line.text.slice(candidate.start + candidate.text.length))) return undefined;
  if (isSplitName(candidate.text)) return undefined;
  if (workingDirectoryBefore.test(before) && !weights) return undefined;
  if (line.text.includes("/datasets/") && datasetLinkAfter.test(line.text.slice(candidate.start + candidate.text.length))) return undefined;
  if ((line.role === "source" || line.role === "notebook") && candidate.text.includes(".") && propertyPath.test(candidate.text)) return undefined;
  if (runNameBefore.test(before) || labelKeyBefore.test(before) || placeholderValue.test(candidate.text) || constantName.test(candidate.text) || namespacedConstant.test(candidate.text)) return undefined;
  if ((/["']$/.test(before) && placeholderKeyBefore.test(before)) || botAccountAfter.test(line.text.slice(candidate.start + candidate.text.length)) || isEchoed(before, line.text.slice(candidate.start + candidate.text.length))) return undefined;
  // A launch argument switched off (an Xcode scheme's `isEnabled = "NO"`), and a form field's default (see `FileFacts`).
  if (line.file.disabledLines?.has(line.number) === true || line.file.fieldDefaultLines?.has(line.number) === true) return undefined;
  if (/^\s*-?\s*path\s*:/.test(before) && datasetList.test(line.previous)) return undefined;
  // `output:` then `path: ~/runs/mistral-7b-out`: where the run writes, like `output_dir`.
  const parentKey = line.file.parentKeys?.get(line.number);
  if (parentKey !== undefined && outputParentKey.test(parentKey) && nestedPathBefore.test(before)) return undefined;
  if (line.role === "prose" && (provenanceBefore.test(before) || orOtherAfter.test(line.text.slice(candidate.start + candidate.text.length)) || limitAsideBefore.test(before) || documentationForBefore.test(before) || resultsAfter.test(line.text.slice(candidate.start + candidate.text.length)))) return undefined;
  // Prose gives an id as an example ("(e.g. ``Llama-2-7b-chat-hf-q4f16_1``)", "a cheap model like GPT-4o Mini"): named in passing.
  const sentenceBefore = line.role === "prose" ? proseTextBefore(line, before) : before;
  if (parenthesisedExampleBefore.test(before) || (openParenthesisBefore.test(before) && etcListCloseAfter.test(line.text.slice(candidate.start + candidate.text.length))) || (etcListItemBefore.test(before) && etcCloseAfter.test(line.text.slice(candidate.start + candidate.text.length)))) return undefined;
  if (line.role === "prose" && (exampleLineBefore.test(before) || someModelsExampleBefore.test(sentenceBefore) || saveAsNameBefore.test(before))) return undefined;
  if (line.role === "prose" && ((proseExampleBefore.test(sentenceBefore) && !exampleOfStepBefore.test(sentenceBefore) && (!markdownLinkBefore.test(before) || exampleSeeLinkBefore.test(before))) || (linkedLikeExampleBefore.test(before) && !resultClauseBefore.test(before)))) return undefined;
  // "… let me use Mistral 7B as an example", and a default set aside by such a sentence (`example-sentences.ts`).
  if (line.role === "prose" && isExampleSentence(before, line.text.slice(candidate.start + candidate.text.length))) return undefined;
  // What a command printed in a docs transcript (`$ aider --list-models turbo` then `- gpt-4-turbo (openai/gpt-4-turbo)`) is its output, not a setting.
  if (line.role === "prose" && line.file.transcriptOutputLines?.has(line.number) === true) return undefined;
  if (line.role === "prose" && line.file.printedTableLines?.has(line.number) === true) return undefined;
  // A docs block showing the format of an entry, its fields explained below it ("Where id is the model id, …"): an example value.
  if (line.role === "prose" && line.file.formatExampleLines?.().has(line.number) === true) return undefined;
  // A warning or error a tool prints, quoted in a docs snippet (`Warning: o3-mini does not support …`), is a message for people.
  if (line.role === "prose" && line.file.fencedLines?.has(line.number) === true && (printedMessageLine.test(line.text) || progressLine.test(line.text))) return undefined;
  if (line.role === "prose" && line.file.printedReportLines?.has(line.number) === true) return undefined;
  if (line.role === "prose" && (quotedErrorLine.test(line.text) || (quotedErrorLine.test(line.previous) && !/^\s*$/.test(line.previous)))) return undefined;
  if (exampleResourceBefore.test(before) || sizingCommentBefore.test(before)) return undefined;
  // The prose of an Elixir `@moduledoc`/`@doc` heredoc documents a model, as a Python docstring does; its examples stay scanned.
  if (line.file.strings?.docProse.has(line.number) === true) return undefined;
  // A YAML comment heading a block that sets the same model itself (`# Actor — Qwen3-1.7B …` over `actor:` and its
  // `path: Qwen/Qwen3-1.7B`) narrates the block: its setting carries the dependency (`block-heading-comments.ts`).
  if (wholeLineComment.test(before) && line.file.blockHeadingComments?.().get(line.number)?.includes(candidate.text.toLowerCase()) === true) return undefined;
  // A string the file uses only to build where a save call writes (`lora_name = "gemma2-2b_inquiry_tuned"`): its own output's name.
  if (line.file.outputNameConstantLines?.().has(line.number) === true) return undefined;
  // A comment naming every variable the next line assigns from a call (`# 加载 Qwen2.5 的 model 和 tokenizer` over
  // `tokenizer, model = get_model()`) narrates that step; the function chooses the model (`narrated-assignment-comments.ts`).
  // One that says what is used or set ("# Set up LLM connection; uses phi3 model") configures, as other comments do.
  if (wholeLineComment.test(before) && (line.role !== "prose" || line.file.fencedLines?.has(line.number) === true) && !configuringComment.test(line.text) && line.file.narratedAssignmentComments?.().has(line.number) === true) return undefined;
  // A comment heading over a group of entries (`# GPT-5 Series (Current Flagship)`, `// O3 family`): it names the group, it sets nothing.
  if (line.role !== "prose" && seriesHeadingComment.test(line.text)) return undefined;
  if ((line.role === "source" || line.role === "notebook") && (isPrintedArgument(before, line.file.printedParameters) || isNamesListOfIdsAbove(line, candidate, before))) return undefined;
  if (line.file.llmIdentityLines?.has(line.number) === true) return undefined;
  if (helmReleaseBefore.test(before)) return undefined;
  if (isCacheManagementCommand(line.text)) return undefined;
  // An entry's shown name where each entry gives its id under its own key (`"name": "Gemma-3n-E2B-it"` beside `"modelId": "google/…"`).
  if (displayNameKeyBefore.test(before) && (line.file.modelIdKeyed === true || line.file.providerIdKeyed?.() === true)) return undefined;
  // A constant holding a title shown for a model (`LOCAL_ONBOARDING_CHAT_TITLE = "Llama 3.1 8B"`, `chatTitle = "…"`): text for people.
  if ((line.role === "source" || line.role === "notebook") && titleConstantBefore.test(before)) return undefined;
  // What a program "can easily be compiled into" for a model, listed with others: a tool's capability, not a model it runs.
  if (line.role === "prose" && line.file.fencedLines?.has(line.number) !== true && modalCapabilityBefore.test(sentenceBefore.split(/[.!?](?:\s|$)/).at(-1) ?? "") && listedTargets.test(line.text)) return undefined;
  // Prose explaining the values a snippet above was given, or where a model prefix routes (`value-explanations.ts`).
  if (line.role === "prose" && line.file.fencedLines?.has(line.number) !== true && (isValueExplanation(line.text, line.previous) || isPrefixRouteExplanation(before))) return undefined;
  // A table of contents entry (`* [Deploy a GPT-4 model](#deploy-a-gpt-4-model)`) and a question heading ("should I use GPT-5?").
  if (line.role === "prose" && (tocEntryLine.test(line.text) || (markdownHeading.test(line.text) && questionEnd.test(line.text)))) return undefined;
  // A bold run-in title, a picture's caption, a Chinese list of a series' versions, the line introducing a sample (`prose-asides.ts`).
  if (isProseAside({ line, before, after: line.text.slice(candidate.start + candidate.text.length), used: (text) => useVerb.test(text) })) return undefined;
  // An entry's shown name beside its own `model` key (`- name: my gpt-5` then `model: gpt-5`): the label, not the model it sets.
  if (entryNameKeyBefore.test(before) && line.file.entryNameLines?.().has(line.number) === true) return undefined;
  // The values a tool accepts, listed in a message or prose ("valid options are 'gemma-7b', 'llama2-7b'", "must be one of …"): what it supports.
  if (acceptedValuesBefore.test(before)) return undefined;
  // The link text of a notebook or script the folder holds (`[Claude3-Sonnet Multi-Modal input](./x.ipynb)`) names the model it uses.
  const notebookLink = line.role === "prose" && linkTextBefore.test(before) && localNotebookLinkAfter.test(line.text.slice(candidate.start + candidate.text.length));
  if (line.role === "prose" && !notebookLink && isReleaseNamedInPassing({ line, before, after: line.text.slice(candidate.start + candidate.text.length) })) return undefined;
  const after = line.text.slice(candidate.start + candidate.text.length);
  // A tutorial's chapter title (`[[04-LLaMA3-8B-Instruct Lora 微调]]`, "在 `01-ChatGLM4-9B-chat FastApi 部署调用` 的基础上"): a page, not a model.
  if (line.role === "prose" && chapterTitle.test(candidate.text) && !markdownHeading.test(line.text)) return undefined;
  if (line.role === "prose" && isRunIntoChineseProse({ line, candidate, before, after })) return undefined;
  // Advice on models: the model a switch acts on, where a vendor redirects names, which to choose for a need (`model-advice-remarks.ts`).
  if (line.role === "prose" && line.file.fencedLines?.has(line.number) !== true && isModelAdviceRemark(before, after)) return undefined;
  // A series' versions listed, a benchmark result, a comparison, in Chinese prose (`chinese-model-remarks.ts`).
  if (line.role === "prose" && line.file.fencedLines?.has(line.number) !== true && isChineseModelRemark({ before, after, used: (text) => useVerb.test(text) })) return undefined;
  // A generation named as a class of models ("especially useful with OpenAI's o1 models, which …"): no release is chosen.
  // So is one in a role after "a"/"an" ("Pairing an o1 architect with an editor model …"): any model of that generation.
  if (line.role === "prose" && line.file.fencedLines?.has(line.number) !== true && (modelClassAfter.test(after) || (indefiniteArticleBefore.test(before) && roleNounAfter.test(after))) && !sizeToken.test(candidate.text) && !usedNear({ line, candidate, before })) return undefined;
  // A shell comment in a docs snippet (`# o3-mini uses low/medium/high reasoning effort`) is read as comments in code are.
  const snippet = line.role === "prose" && line.file.fencedLines?.has(line.number) === true;
  // A comment saying what a step does "for GPT-5 models": a class of models the code below routes on (`model-class-comments.ts`).
  if ((line.role !== "prose" || snippet) && isModelClassComment(before, after)) return undefined;
  if ((line.role !== "prose" || snippet) && !isDocConfigurationValue(line) && isRemarkOrNarration({ before, after, line: line.text, code: line.role === "source" || line.role === "notebook" })) return undefined;
  // A description that names the family's API or credential (`description: "… authenticates to the Claude API …"`) says what the input is for.
  if (candidate.familyOnly !== familyApiHow && isDisplayText({ before, after, text: candidate.text })) return undefined;
  if (line.role === "prose" && (resultsRow.test(line.text) || runLogLine.test(line.text))) return undefined;
  if (line.role === "prose" && isNamedInBanner({ line, before })) return undefined;
  // A weights file named like a variable, the family word and a lower-case word with no version (`qwen_finetune.Q8_0.gguf`,
  // `phi_lora.gguf`): the name a save step gave the project's own output, as `save_pretrained_gguf("qwen_finetune", …)` wrote it.
  if (outputWeightsFile.test(candidate.text)) return undefined;
  const fetched = line.file.fetchedScripts?.has(candidate.text) === true;
  if (!fetched && configFileName.test(candidate.text) && !(recipeFileName.test(candidate.text) && (recipeConfigBefore.test(before) || recipeArgumentBefore.test(before)))) return undefined;
  if (((folderCommandBefore.test(before) || copyDestinationBefore.test(before)) && !weights) || condaEnvironmentBefore.test(before)) return undefined;
  if (secretValueBefore.test(before) || imageAltBefore.test(before)) return undefined;
  // A CI cache's key names the cache entry; a model made an adjective (`O1-style`) is a comparison (`cache-keys.ts`, `support-statements.ts`).
  if (isCacheKeyLine(line.text) || isComparisonCompound(candidate.text, line.text.slice(candidate.start + candidate.text.length))) return undefined;
  if (line.role === "prose" && environmentImageLine.test(line.text)) return undefined;
  if ((line.role === "source" || line.role === "notebook") && (constantCommentBefore.test(before) || functionDefinitionBefore.test(before) || isCalledFunctionName({ text: candidate.text, before, after, ...(callAfterCandidate.test(after) ? { defined: line.file.definedFunctions?.() } : {}) }))) return undefined;
  // An Emacs Lisp file's own symbol (`(defun phi-2-helper …)` and its calls): a name, not a model.
  const lispDefined = line.file.lispDefinedNames?.();
  if (lispDefined !== undefined && isLispDefinedSymbol({ text: candidate.text, start: candidate.start, code: line.file.codeLines?.()[line.number - 1], defined: lispDefined })) return undefined;
  if (anchorBefore.test(before)) return undefined;
  if (linkTextBefore.test(before) && paperLinkAfter.test(line.text.slice(candidate.start + candidate.text.length))) return undefined;
  const surroundings = surroundingsOf(line, candidate, matchers);
  // A derivative whose name hides the family word counts where it is loaded: set as a model, listed as a model string
  // (`ids=["smangrul/tinyllama_lora_sql", …]`), or in prose that says the project uses it; `tiny = "TinyLlama/…"` is a name.
  if (candidate.derivativeOf !== undefined && surroundings.context !== "strong" && !(line.role === "prose" && useVerb.test(line.text)) && !(stringItemBefore.test(before) && stringItemAfter.test(line.text.slice(candidate.start + candidate.text.length)))) return undefined;
  const used = notebookLink || (line.role === "prose" && useVerb.test(line.text));
  const resolved = resolveCandidate({ candidate, context: surroundings.context, matchers, used, usedNear: notebookLink || (used && usedNear({ line, candidate, before })) });
  if (resolved === undefined) return undefined;
  if (isAliasOfAnotherFamily({ line, family: resolved.family, matchers })) return undefined;
  // Closed weights run only at their vendor: on a local server, or declared as an alias of another model, their name is an alias.
  // A provider-prefixed id (`claude:claude-3-5-sonnet-…`) names the upstream a local proxy routes to: a local runtime needs no provider.
  // Weights first: the file-wide facts (each a scan of the whole text) are asked only for a closed model's name.
  const localAlias = (): boolean => line.file.localServing === true && !providerPrefixedId.test(candidate.text);
  if (resolved.model?.openWeight === false && (localAlias() || line.file.aliasNames?.has(candidate.text.toLowerCase()) === true)) return undefined;
  // A line that is only a link whose text names a release, not a model (`*   [Gemma 3](…/models/google/gemma-3/)`),
  // is an index of pages: the URL decides. In a sentence ("[Mistral Nemo](…) is now compatible") the text still counts.
  if (candidate.prose && resolved.model === undefined && linkOnlyLine.test(line.text)) return undefined;
  // A template name says which family's prompt format, not which checkpoint.
  const reference = surroundings.kind === "chat-template" ? withoutModel(resolved) : resolved;
  const { text } = reference;
  const modelName = reference.model?.name;
  const familyName = matchers.catalog.family(reference.family)?.name ?? reference.family;
  const subject = modelName === undefined ? `${text} (${familyName} family)` : sameName(text, modelName) ? text : `${text} (${modelName})`;
  const via = reference.via === undefined ? "" : `, ${reference.via}`;
  const how = surroundings.how === undefined ? "" : ` ${surroundings.how}`;
  const kindText = surroundings.kind === "adapter" ? "adapter or fine-tune on" : surroundings.kind === "chat-template" ? "prompt format" : "model";
  const lineageBase = surroundings.kind === "adapter" && line.file.adapterBase !== undefined && !sameName(line.file.adapterBase, text) ? line.file.adapterBase : text;
  return {
    line: line.number,
    column: candidate.start + 1,
    family: reference.family,
    kind: surroundings.kind,
    ...(reference.model === undefined ? {} : { model: reference.model.id }),
    match: text,
    message: lineageBase === text ? `${kindText} ${subject}${how}${via}` : `adapter ${text} on the base ${lineageBase} (${familyName} family)${how}${via}`,
    evidence: evidenceOf(line.text),
    confidence: reference.confidence,
    ...(reference.obligations.length === 0 ? {} : { obligations: reference.obligations }),
    ...(surroundings.kind === "adapter" ? { lineage: lineageOf({ base: lineageBase, matchers, fallback: reference.model?.id }) } : {}),
    ...(line.cell === undefined ? {} : { cell: line.cell }),
    ...(surroundings.servedFamilyOnly === true ? { servedFamilyOnly: true } : {}),
    ...(defaultOrFallback.test(line.text) ? { isDefault: true } : {}),
    ...(reference.ancestor === undefined || surroundings.kind === "chat-template" ? {} : { ancestor: reference.ancestor }),
  };
}

const outputWeightsFile = /^(?:[a-z]+_[a-z]+|[a-z]+_[a-z]+_[a-z]+)(?:\.[A-Za-z0-9_]+)*\.(?:gguf|safetensors|bin)$/;
/** A speed claim ("… 12x faster with 35% less VRAM"): a tool's banner names the models it speeds up, not one the project runs. */
const speedClaim = /\b\d+(?:\.\d+)?\s*[x×]\s+faster\b/i;
/** Links in a row joined by bullets (`[FP8 RL](…) • [Vision RL](…) • [gpt-oss RL](…)`): a navigation bar of pages. */
const bulletJoinedLinks = /\]\([^)\s]*\)\s*[•·]\s*\[/;
/** "We support `zephyr, chatml, mistral, llama, …` and more": what a tool supports, said inline (round nineteen). */
const supportsInlineBefore = /\b(?:we|it|they|also)\s+(?:now\s+)?supports?\s+[^.;:]*$/i;
/** A list item pointing to a notebook elsewhere (`[Free Colab](https://colab.research.google.com/…/Llama3.2_(11B)-Vision.ipynb)`): another tutorial. */
const remoteNotebookItem = /^\s*(?:[-*+]|\d+\.)\s.*\]\(https?:\/\/(?:colab\.research\.google\.com\/|[^)\s]*\.ipynb\b)/;

/**
 * Prose that names a model without using it, by the shape of the line (round nineteen): a sentence with a speed claim, link
 * text in a bullet-joined row of links, what a tool says it supports, and a list item that links to another notebook.
 */
function isNamedInBanner(options: { line: LineContext; before: string }): boolean {
  const { line, before } = options;
  if (line.file.fencedLines?.has(line.number) === true) return false;
  const sentence = before.split(/[.!?](?:\s|$)/).at(-1) ?? "";
  const rest = line.text.slice(before.length);
  if (speedClaim.test(`${sentence}${/^[^.!?]*/.exec(rest)?.[0] ?? ""}`)) return true;
  if (linkTextBefore.test(before) && bulletJoinedLinks.test(line.text)) return true;
  if (supportsInlineBefore.test(before) || isSupportStatementBefore(before)) return true;
  return remoteNotebookItem.test(line.text);
}

/** "… o1 models, which are strong at": the plural ends the phrase, so it names the kind, not one model. */
/**
 * A passive modal that says what something can be compiled, translated or converted into for targets, two or more listed
 * ("the same program … can easily be compiled into multi-stage instructions for `GPT-4`, detailed prompts for `Llama2-13b`,
 * or …"): targets a tool could serve, named as examples. Not any participle ("can be configured to serve requests for …").
 */
const modalCapabilityBefore = /\b(?:can|could)\s+(?:easily\s+|also\s+|then\s+|just\s+)?be\s+(?:compiled|translated|converted)\s+into\b[^;]*\bfor\s+[`*]*$/i;
/** Two or more targets listed after "into", each "for" a model (`… for `GPT-4`, detailed prompts for `Llama2-13b`, …`). */
const listedTargets = /\binto\b[^;]*?\bfor\s+[^,;]+,[^;]*?\bfor\b/i;
const modelClassAfter = /^\s+models(?:\s*[,;.)]|\s+(?:which|that|are|and)\b)/;
/** "an o1 architect", "a GPT-4 judge": a generation named with an indefinite article before a lower-case noun for its role. */
const indefiniteArticleBefore = /(?:^|\s)an?\s+$/i;
const roleNounAfter = /^\s+(?:architect|editor|planner|judge|grader|reviewer|critic|teacher|student|coder|agent|assistant)s?\b/;
/** A list of names assigned in code (`model_names = ['DeepSeek-R1']`, `display_names = [`). */
const namesListBefore = /\b\w*names\s*=\s*\[[^\]]*["']$/i;

/**
 * The shown names of a list whose ids the line above gives (`models = ['DeepSeek-R1']` then `model_names = ['DeepSeek-R1']`,
 * zipped into `{"id": model, "name": name}`): the ids line carries the dependency; the names repeat it for people.
 */
function isNamesListOfIdsAbove(line: LineContext, candidate: Candidate, before: string): boolean {
  if (!namesListBefore.test(before)) return false;
  const quoted = new RegExp(`^\\s*(?!\\w*names\\b)\\w+\\s*=\\s*\\[[^\\]]*["']${candidate.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']`, "i");
  return quoted.test(line.previous);
}

/** A chapter's number before its title (`04-LLaMA3-8B-Instruct`), not an organisation's (`01-ai/Yi-34B` has its slash). */
const chapterTitle = /^\d{1,3}-[A-Za-z][^/]*$/;
const chineseClauseStartBefore = /(?:^\s*|[（(，,。：:；;！？]\s*|(?:#|\/\/)\s+)[`*]*$/;
const chineseRemarkAfter = /^[`*]*\s*(?:支持|是|具有|拥有|采用)/;
const cjkBefore = /[\u4e00-\u9fff][`*]*$/;
const cjkAfter = /^[`*]*[\u4e00-\u9fff]/;

/**
 * The family's name run into Chinese prose with no use verb by it ("由于phi3要求的transformers版本", "vllm-gpt-oss的很多依赖",
 * "GPT-OSS 是 OpenAI 推出的…"): the text talks about the model; the tutorial's steps and code say what it runs. A name with a
 * Chinese use verb by it ("使用 Qwen2.5", "ChatGLM4 接入") keeps it, and so does an id with a size (`gpt-oss-20b`).
 */
function isRunIntoChineseProse(options: { line: LineContext; candidate: Candidate; before: string; after: string }): boolean {
  const { line, candidate, before, after } = options;
  if (candidate.text.includes("/")) return false;
  const fenced = line.file.fencedLines?.has(line.number) === true;
  if (fenced && !inComment.test(before)) return false;
  // The subject of a Chinese clause that says what it is or supports ("（DeepSeek-R1-Distill-Qwen-7B 支持 128K 上下文…"), sized or not.
  if (chineseClauseStartBefore.test(before) && chineseRemarkAfter.test(after)) return !useVerb.test(after.split(/[。！？；;）)]/)[0] ?? "");
  if (sizeToken.test(candidate.text)) return false;
  if (!(cjkBefore.test(before) || cjkAfter.test(after) || /^\s*是/.test(after))) return false;
  const sentence = before.replace(/\bhttps?:\/\/\S+/g, "").split(/[.!?。！？，,；;（(]/).at(-1) ?? "";
  return !useVerb.test(sentence) && !useVerb.test(after.slice(0, 12));
}

/** The candidate is inside an `echo`'s text and the echo is neither redirected nor piped: printed for people. */
function isEchoed(before: string, after: string): boolean {
  if (!before.includes("echo")) return false;
  const echo = echoBefore.exec(before);
  if (echo === null) return false;
  const quote = echo[1] ?? "";
  const rest = quote === "" ? after : after.slice(after.indexOf(quote) + 1);
  return !/[>|]/.test(rest);
}

/**
 * Plain prose (not a snippet) whose use verb stands right by the candidate: before it in the line ("基于 … Kimi-VL-A3B-Thinking",
 * "加载 … ChatGLM4"), or within a few words after ("ChatGLM4 接入到", "Claude-3 Haiku Fine-Tuning"), outside a backticked file name.
 */
function usedNear(options: { line: LineContext; candidate: Candidate; before: string }): boolean {
  const { line, candidate, before } = options;
  if (line.file.fencedLines?.has(line.number) === true) return false;
  // The sentence the candidate is in, without links (`…/pull/1314` is no verb).
  const sentence = before.replace(/\bhttps?:\/\/\S+/g, "").split(/[.!?。！？](?:\s|$)/).at(-1) ?? "";
  if (useVerb.test(sentence)) return true;
  const inBackticks = (before.match(/`/g) ?? []).length % 2 === 1;
  return !inBackticks && useVerb.test(line.text.slice(candidate.start + candidate.text.length, candidate.start + candidate.text.length + 24));
}

/**
 * Prose names a release in passing (the label guide's rule after round six): a heading that
 * only names it (`# Llama-3`, "Qwen 3 Local RAG Reasoning Agent"), and a sentence whose subject
 * it is and that says what it is or can do ("Gemma 3 270M is designed for …"). A heading or
 * sentence that says the project uses, runs, trains or converts it keeps it.
 */
function isReleaseNamedInPassing(options: { line: LineContext; before: string; after: string }): boolean {
  const { line } = options;
  // An id in backticks is the sentence's subject as a bare one is ("The `mlx-community/Mistral-7B-…` model requires …").
  const before = options.before.replace(/`$/, "");
  const after = options.after.replace(/^`/, "");
  if (line.file.fencedLines?.has(line.number) === true) return false;
  if (markdownHeading.test(line.text)) return !useVerb.test(line.text);
  if (!proseSubjectBefore.test(before) || !remarkAfter.test(after)) return false;
  // "Gemma 3 4B supports images, so the demo uses it": a later clause of the same sentence says it is used.
  const sentence = /^.*?(?:[.!?](?=\s|$)|$)/.exec(after)?.[0] ?? after;
  const laterClauses = sentence.slice(Math.max(0, sentence.search(/[,;]/)));
  return !(/[,;]/.test(sentence) && useVerb.test(laterClauses));
}

/**
 * A gateway route name (`model_name: gpt-4`) is a dependency on the family it is named after
 * only when its entry serves that family; over `ollama/llama2` it is a name.
 */
function isAliasOfAnotherFamily(options: { line: LineContext; family: string; matchers: AuditMatchers }): boolean {
  const served = options.line.file.routes?.servedBy.get(options.line.number);
  if (served === undefined) return false;
  const reference = options.matchers.references.resolve(served, "strong");
  if (reference === undefined) return false;
  return reference.family !== options.family && reference.ancestor?.family !== options.family;
}

/**
 * A value in a doc comment's configuration table (`/// <term>ModelId:</term>` then `/// <description>phi-3</description>`):
 * the setting the sample is run with, as a config file's `ModelId: phi-3` is.
 */
const docDescriptionLine = /^\s*(?:\/\/\/|\*)\s*<description>[^<]*<\/description>\s*$/;
const docTermLine = /^\s*(?:\/\/\/|\*)\s*<term>[^<]*<\/term>\s*$/;

function isDocConfigurationValue(line: LineContext): boolean {
  return line.text.includes("<description>") && docDescriptionLine.test(line.text) && docTermLine.test(line.previous);
}

/** A comment whose subject is the model and remarks on it, or that narrates a step with it or gives it as an example. */
function isRemarkOrNarration(options: { before: string; after: string; line: string; code: boolean }): boolean {
  const { before, after, line } = options;
  if (commentSubjectBefore.test(before) && remarkAfter.test(after)) return true;
  if (!inComment.test(before)) return false;
  if (narrationBefore.test(before) && !runWithBefore.test(before)) return true;
  if (stepComment.test(before) && !editVerb.test(line) && !accessStep.test(line)) return true;
  const opener = commentOpener.exec(before);
  if (opener !== null && exampleMarker.test(before.slice(opener.index))) return true;
  // In code, a comment line that names a model without configuring anything remarks on it. (Configuration files'
  // header comments say which model the file is for: "# Model: Qwen3-Coder-30B", "# Resource requirements for Llama-3.1-8b".)
  return options.code && wholeLineComment.test(before) && !commentedItem.test(line) && !configuringComment.test(line);
}

function isDisplayText(options: { before: string; after: string; text: string }): boolean {
  // Any string a UI call shows (`st.caption("… local llama3 …")`, `st.info("**Qwen3:** …")`) is text for people.
  // A hint telling the user to pull a model ("Run ollama pull qwen3:1.7b") names the model to run.
  if (displayCallString.test(options.before)) return !launchBefore.test(options.before);
  // A message a script prints (`print(f"azure_deepseek_r1_pipeline - models: …")`) is text for people, as a disclaimer is.
  if (printedString.test(options.before)) return true;
  // A help text's stated default (`help='… (default: llama3.3-70b)'`) is the value the tool loads, as `[default: …]` is.
  if (helpTextDefaultBefore.test(options.before)) return false;
  const display = displayKeyBefore.exec(options.before);
  if (display === null) return false;
  const quote = display[1] === undefined ? "'" : '"';
  const opened = display[1] ?? display[2] ?? "";
  const close = options.after.indexOf(quote);
  // The whole string counts, the candidate included: `"name": "Llama 3.3 70B"` is a title even though the candidate spans it.
  return /\s/.test(`${opened}${options.text}${close === -1 ? options.after : options.after.slice(0, close)}`);
}

function withoutModel(reference: ModelReference & { text: string }): ModelReference & { text: string } {
  const { model: _model, ...rest } = reference;
  return { ...rest, obligations: [] };
}

/** "Llama 3.1 8B" and "llama-3.1-8b" name one thing: compare without case and separators. */
function sameName(a: string, b: string): boolean {
  const plain = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, "");
  return plain(a) === plain(b);
}

/** The base an adapter ties back to, resolved through the catalog when it names a known model. */
function lineageOf(options: { base: string; matchers: AuditMatchers; fallback: string | undefined }): { base: string; baseModel?: string } {
  const model = options.matchers.references.resolve(options.base, "strong")?.model?.id ?? options.fallback;
  return { base: options.base, ...(model === undefined ? {} : { baseModel: model }) };
}

/**
 * For prose ("Llama 3.1 70B"), the longest version phrase that resolves wins; a phrase
 * without a size names the release, not one checkpoint, so the model is left out.
 */
function resolveCandidate(options: { candidate: Candidate; context: ModelContext; matchers: AuditMatchers; used: boolean; usedNear?: boolean }): (ModelReference & { text: string }) | undefined {
  const { candidate, context, matchers } = options;
  if (candidate.derivativeOf !== undefined) {
    return matchers.families.has(candidate.derivativeOf.family) ? { family: candidate.derivativeOf.family, confidence: 0.75, obligations: [], via: candidate.derivativeOf.via, text: candidate.text } : undefined;
  }
  // A pattern matches the family's ids, not one model.
  if (candidate.pattern === true || candidate.familyOnly !== undefined) {
    // A prefix the catalog does not know as an id (`gemini-exp`) still names the family by its leading word.
    const resolution = matchers.catalog.resolve(candidate.text) ?? matchers.catalog.resolve(/^[a-z]+/i.exec(candidate.text)?.[0] ?? candidate.text);
    const family = resolution === undefined ? undefined : resolution.kind === "family" ? resolution.family.id : resolution.model.family;
    return family === undefined || !matchers.families.has(family) ? undefined : { family, confidence: 0.8, obligations: [], text: candidate.text };
  }
  if (!candidate.prose) {
    const reference = matchers.references.resolve(candidate.resolveAs ?? candidate.text, context);
    if (reference !== undefined || options.usedNear !== true || !/^[A-Za-z][\w.-]*\d/.test(candidate.text)) return reference === undefined ? undefined : { ...reference, text: candidate.text };
    // Prose that says the project uses a release the catalog does not know (`ChatGLM4`, `Kimi-VL-A3B-Thinking`) names its family.
    const family = matchers.references.resolve(candidate.text, "strong");
    if (family === undefined) return undefined;
    const { model: _model, ...familyOnly } = family;
    return { ...familyOnly, obligations: [], confidence: Math.min(family.confidence, 0.6), text: candidate.text };
  }
  const words = candidate.text.split(" ");
  const found = longestProseModel(words, matchers);
  if (found !== undefined || !options.used) return found;
  // "Using GPT 3.5": a family word and a version in a line that says the project uses it names a release, known to the catalog or not.
  const versioned = words.length >= 2 && /^\d/.test(words[1] ?? "") ? words.slice(0, 2).join(" ") : undefined;
  const family = versioned === undefined ? undefined : matchers.references.resolve(versioned, "strong");
  if (family === undefined || versioned === undefined) return undefined;
  const { model: _model, ...familyOnly } = family;
  return { ...familyOnly, confidence: Math.min(family.confidence, 0.6), text: versioned };
}

function longestProseModel(words: readonly string[], matchers: AuditMatchers): (ModelReference & { text: string }) | undefined {
  for (let count = words.length; count >= 2; count -= 1) {
    const text = words.slice(0, count).join(" ");
    const reference = matchers.references.resolve(text, "none");
    if (reference?.model === undefined) continue;
    const exact = reference.confidence >= 1 || sizeToken.test(text);
    if (exact) return { ...reference, text };
    const { model: _model, ...familyOnly } = reference;
    return { ...familyOnly, confidence: Math.min(reference.confidence, 0.7), text };
  }
  return undefined;
}
