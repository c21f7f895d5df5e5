import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Copied repositories are test data, not tests: the audit's real set holds an app's own Playwright `*.test.ts`.
    exclude: [...configDefaults.exclude, "test/**/__fixtures__/**"],
    // A passing test ends when its work does; the limit only bounds a hung one. Process-spawning
    // and browser tests take several times longer on a loaded two-core machine than on a quiet one.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Tests start loopback servers; two cores, so keep the pool small and predictable.
    pool: "forks",
    maxWorkers: 2,
  },
});
