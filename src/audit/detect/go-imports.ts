import type { SdkPackage } from "./sdk-packages.js";

/**
 * A Go import: `import "path"`, or a line of an `import ( … )` block (`"path"`, `alias "path"`). The path starts with a
 * host (`github.com/…`), which a string item in another language's list seldom does.
 */
const goImportLine = /^(\s*(?:import\s+)?(?:[A-Za-z_.]\w*\s+)?")([\w-]+(?:\.[\w-]+)+\/[^"\s]+)"\s*(?:\/\/.*)?$/;

/** The Go SDK module a line imports (the module's path or a package under it, `…/anthropic-sdk-go/option`), with its column. */
export function goModuleImportOf(text: string, packages: readonly SdkPackage[]): { entry: SdkPackage; column: number; path: string } | undefined {
  if (!text.includes('"')) return undefined;
  const line = goImportLine.exec(text);
  const path = line?.[2];
  if (line === null || path === undefined) return undefined;
  const entry = packages.find((candidate) => candidate.ecosystem === "go" && (path === candidate.name || path.startsWith(`${candidate.name}/`)));
  return entry === undefined ? undefined : { entry, column: (line[1] ?? "").length + 1, path };
}
