import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "node",
    globalSetup: ["test/support/corpus-setup.ts", "test/support/templates-setup.ts"],
    pool: "forks",
    // The test processes themselves, too: PGlite's WebAssembly with V8's baseline compiler only
    // (optimising its hot functions cost a store test more CPU than it saved; see CLI_NODE_ARGS).
    execArgv: ["--liftoff-only"],
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: "core",
          // The pure core has no I/O and no state between files, so its files share their test
          // processes instead of starting one each (that start was half of their CPU time).
          include: ["src/core/**/*.test.ts"],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: "isolated",
          include: ["src/**/*.test.ts", "test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "src/core/**"],
        },
      },
    ],
  },
});
