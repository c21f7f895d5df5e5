/**
 * What a file is (its role) and where it sits (its area). Both feed criticality:
 * the same model id is `high` in a Kubernetes manifest and `low` in `tests/`.
 * Decided from the path alone, so classification costs nothing per byte.
 */
export type FileRole =
  | "source"
  | "config"
  | "deployment"
  | "manifest"
  | "prose"
  | "notebook"
  | "licence"
  | "modelfile"
  | "gguf"
  | "safetensors"
  | "weights-binary";

export type FileArea = "production" | "test" | "example" | "docs";

export interface FileClass {
  readonly role: FileRole;
  readonly area: FileArea;
  /** The path segment or file name that put it in a non-production area, for the reason text. */
  readonly areaEvidence?: string;
}

const testSegments = new Set(["test", "tests", "__tests__", "spec", "specs", "testdata", "test-data", "fixtures", "__fixtures__", "e2e"]);
const exampleSegments = new Set(["example", "examples", "sample", "samples", "demo", "demos", "playground", "cookbook"]);
const docsSegments = new Set(["doc", "docs", "documentation", "website"]);
const testFileName = /(?:^test_.*\.py$|_test\.(?:py|go)$|\.(?:test|spec)\.[cm]?[jt]sx?$|^conftest\.py$|Test\.java$|_spec\.rb$)/;

const manifestNames = new Set([
  "package.json", "pyproject.toml", "setup.py", "setup.cfg", "pipfile", "environment.yml", "environment.yaml",
  "cargo.toml", "go.mod", "gemfile", "pom.xml", "build.gradle", "build.gradle.kts", "pubspec.yaml",
]);
const requirementsName = /^requirements.*\.(?:txt|in)$|^constraints.*\.txt$/;
const deploymentName = /^(?:dockerfile(?:\..*)?|.*\.dockerfile|containerfile|docker-compose.*\.ya?ml|compose\.ya?ml|compose\..*\.ya?ml|\.env(?:\..*)?|.*\.env|chart\.ya?ml|values.*\.ya?ml|skaffold\.ya?ml|kustomization\.ya?ml|procfile|fly\.toml|app\.yaml|serverless\.ya?ml)$/;
const deploymentSegments = new Set(["k8s", "kubernetes", "helm", "charts", "manifests", "deploy", "deployment", "deployments", "infra", "terraform", "ops", ".github"]);
const terraformExtension = /\.(?:tf|tfvars|hcl)$/;
const configExtension = /\.(?:ya?ml|json|jsonc|json5|toml|ini|cfg|conf|properties|env)$/;
/** Prose formats; Org mode, R Markdown and Quarto are prose with code chunks, as Markdown is. */
const proseExtension = /\.(?:md|mdx|markdown|rst|adoc|txt|html?|org|rmd|qmd)$/;
const licenceName = /^(?:licen[cs]e|copying|notice|use[_-]policy|acceptable[_-]use[_-]policy)(?:[._-].*)?$/;

export function classifyFile(relativePath: string): FileClass {
  const segments = relativePath.split("/");
  const name = (segments.at(-1) ?? "").toLowerCase();
  const directories = segments.slice(0, -1).map((segment) => segment.toLowerCase());
  return { role: roleOf({ name, directories }), ...areaOf({ name, fileName: segments.at(-1) ?? "", directories }) };
}

function roleOf(options: { name: string; directories: readonly string[] }): FileRole {
  const { name, directories } = options;
  if (name.endsWith(".gguf")) return "gguf";
  if (name.endsWith(".safetensors")) return "safetensors";
  if (/\.(?:bin|pt|pth|ckpt|onnx|llamafile|mlmodel|tflite|h5)$/.test(name)) return "weights-binary";
  if (name.endsWith(".ipynb")) return "notebook";
  if (name === "modelfile" || name.endsWith(".modelfile")) return "modelfile";
  if (licenceName.test(name)) return "licence";
  if (manifestNames.has(name) || requirementsName.test(name)) return "manifest";
  if (deploymentName.test(name) || terraformExtension.test(name)) return "deployment";
  if (configExtension.test(name) && directories.some((directory) => deploymentSegments.has(directory))) return "deployment";
  if (configExtension.test(name)) return "config";
  if (proseExtension.test(name)) return "prose";
  return "source";
}

function areaOf(options: { name: string; fileName: string; directories: readonly string[] }): Omit<FileClass, "role"> {
  for (const directory of options.directories) {
    if (testSegments.has(directory)) return { area: "test", areaEvidence: `${directory}/` };
    if (exampleSegments.has(directory)) return { area: "example", areaEvidence: `${directory}/` };
    if (docsSegments.has(directory)) return { area: "docs", areaEvidence: `${directory}/` };
  }
  if (testFileName.test(options.fileName)) return { area: "test", areaEvidence: options.fileName };
  return { area: "production" };
}
