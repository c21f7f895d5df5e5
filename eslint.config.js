// Type-aware lint over source, tests and benchmarks (CONVENTIONS §15).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "**/__fixtures__/", "test/evaluate/promptfoo-compat/examples/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ["eslint.config.js", ".dependency-cruiser.mjs", "bench/*.mjs", "bench/gateway/*.mjs", "bench/gateway/*.cjs", "scripts/*.mjs"] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/require-await": "off",
      "@typescript-eslint/only-throw-error": "off",
    },
  },
  {
    files: ["test/**/*.ts", "bench/**/*.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  // The audit runs its large alternations over every file: `matchAll` clones the regex per call and V8
  // recompiles each clone, a third of the audit's time before matchesOf replaced it (bench:audit).
  {
    files: ["src/audit/**/*.ts"],
    rules: {
      "no-restricted-syntax": ["error", { selector: "CallExpression[callee.property.name='matchAll']", message: "Use matchesOf (src/audit/detect/matches-of.ts): matchAll clones and recompiles the regex on every call." }],
    },
  },
  { files: ["eslint.config.js", ".dependency-cruiser.mjs", "bench/*.mjs", "bench/gateway/*.mjs", "bench/gateway/*.cjs", "scripts/*.mjs"], ...tseslint.configs.disableTypeChecked },
  // A CommonJS preload (node --require): CommonJS globals, and require() is how it loads.
  { files: ["bench/gateway/*.cjs"], languageOptions: { sourceType: "commonjs", globals: { process: "readonly", require: "readonly", setInterval: "readonly" } }, rules: { "@typescript-eslint/no-require-imports": "off" } },
  // Plain-JS scripts run by Node directly: Node's globals exist there.
  { files: ["bench/*.mjs", "bench/gateway/*.mjs"], languageOptions: { globals: { process: "readonly", Buffer: "readonly", console: "readonly", performance: "readonly", setInterval: "readonly", clearInterval: "readonly", setTimeout: "readonly", URL: "readonly" } } },
);
