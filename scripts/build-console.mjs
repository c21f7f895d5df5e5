// Builds the web console (console-ui/) into dist/console/ui/: one minified ES
// module bundle with Preact and htm inside, the stylesheet and index.html. No CDN
// and nothing fetched at run time; the gateway serves these files from memory.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = join(root, "console-ui");
const out = join(root, "dist", "console", "ui");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(source, "main.ts")],
  bundle: true,
  format: "esm",
  target: ["chrome111", "firefox111", "safari16"],
  minify: true,
  legalComments: "none",
  outfile: join(out, "app.js"),
  logLevel: "warning",
});
copyFileSync(join(source, "index.html"), join(out, "index.html"));
copyFileSync(join(source, "styles.css"), join(out, "styles.css"));
