/**
 * `<artifactId>` lines inside a Maven `<dependency>` block: what the build pulls in. A module's own `<artifactId>` (right under
 * `<project>`) is its name, and a `<module>` entry a folder's (label guide, round sixteen).
 */
export function mavenDependencyLinesOf(text: string): ReadonlySet<number> | undefined {
  if (!text.includes("<dependency>")) return undefined;
  const lines = new Set<number>();
  let inside = false;
  for (const [index, line] of text.split("\n").entries()) {
    if (line.includes("<dependency>")) inside = true;
    if (inside && line.includes("<artifactId>")) lines.add(index + 1);
    if (line.includes("</dependency>")) inside = false;
  }
  return lines.size === 0 ? undefined : lines;
}
