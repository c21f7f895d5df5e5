/**
 * A catalog file that cannot be used. The message is one line that starts with the
 * file and the dot-path of the bad field, so the CLI can print it unchanged.
 */
export class CatalogError extends Error {
  override readonly name = "CatalogError";
  readonly file: string;
  readonly path: string;

  constructor(options: { file: string; path: string; problem: string }) {
    super(options.path === "" ? `${options.file}: ${options.problem}` : `${options.file}: ${options.path}: ${options.problem}`);
    this.file = options.file;
    this.path = options.path;
  }
}

/** `["models", 3, "aliases", "ollama", 0]` → `models[3].aliases.ollama[0]`. */
export function formatDotPath(segments: readonly PropertyKey[]): string {
  let path = "";
  for (const segment of segments) {
    if (typeof segment === "number") path += `[${segment}]`;
    else path += path === "" ? String(segment) : `.${String(segment)}`;
  }
  return path;
}
