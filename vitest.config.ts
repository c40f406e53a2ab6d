import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from "vitest/config";
import LongFirstSequencer from "./test/support/long-first-sequencer.js";

// What every project shares. The projects do not extend the root config: a project that did would
// run the root's global setups once more for itself (and print their notices once per project).
const common: TestProjectInlineConfiguration["test"] = {
  environment: "node",
  pool: "forks",
  // The test processes themselves, too: PGlite's WebAssembly with V8's baseline compiler only
  // (optimising its hot functions cost a store test more CPU than it saved; see CLI_NODE_ARGS).
  execArgv: ["--liftoff-only"],
  testTimeout: 60_000,
  hookTimeout: 180_000,
};

export default defineConfig({
  test: {
    ...common,
    // Run once per run, for every project: their `provide`d values reach every test process.
    globalSetup: ["test/support/corpus-setup.ts", "test/support/templates-setup.ts"],
    // Three test processes on CI's two cores: a test spends much of its time waiting on the CLI
    // and server processes it starts, on Chromium and on PostgreSQL (with two, the processes of
    // the fresh-clone run at d446ec5 used 1.4 of the 2 cores), and a third works meanwhile.
    // `.ci/run` prints how busy the cores were during each suite.
    maxWorkers: 3,
    // The longest files start first (the list is in the sequencer).
    sequence: { sequencer: LongFirstSequencer },
    projects: [
      {
        test: {
          ...common,
          name: "core",
          // The pure core has no I/O and no state between files, so its files share their test
          // processes instead of starting one each (that start was half of their CPU time).
          include: ["src/core/**/*.test.ts"],
          isolate: false,
        },
      },
      {
        test: {
          ...common,
          name: "node",
          include: ["src/**/*.test.ts", "test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, "src/core/**", "test/e2e/**"],
          // These files too share their test processes and the modules they load (a fresh process
          // per file spent ~2.4 CPU s on its start and imports): each keeps its state in its own
          // stores, servers and temporary directories, none in a module or `process.env`.
          isolate: false,
        },
      },
      {
        test: {
          ...common,
          name: "browser",
          // The browser suites share one Chromium, started once per run when this project has
          // files to run (test/support/browser-setup.ts); each suite connects to it.
          include: ["test/e2e/**/*.test.ts"],
          globalSetup: ["test/support/browser-setup.ts"],
          // Their state lives in their own server, store and browser contexts (web-app.ts), none
          // in modules: the files share their test processes and the modules they load.
          isolate: false,
          // A page renders after its data arrives, so a check of what it shows polls
          // (`expect.poll`) until it holds; a busy CI machine can take seconds, not vitest's
          // default second, to get there.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
