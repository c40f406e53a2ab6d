/** Where things are, for tests: the repository, the corpus beside it, the built CLI. */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
export const CORPUS_DIR = resolve(
  process.env.CASEFILE_CORPUS ?? join(REPO_ROOT, "../shared/corpus"),
);
export const CORPUS_FILES = ["000_51909b48a9b218de.txt", "004_816fbc7181d29617.txt"].map((f) =>
  join(CORPUS_DIR, f),
);
/** Whether every corpus file is there; a clone of the project has none (see corpus.ts). */
export const HAS_CORPUS = CORPUS_FILES.every((f) => existsSync(f));
/** Texts of our own (test/fixtures/texts) for tests that need real files but not the corpus. */
export const OWN_TEXTS = ["wire-report.txt", "court-summary.txt"].map((f) =>
  join(REPO_ROOT, "test/fixtures/texts", f),
);
export const CLI_BIN = join(REPO_ROOT, "bin/casefile.js");
/**
 * Node's arguments before CLI_BIN in every CLI and server process a test starts: V8 compiles
 * PGlite's WebAssembly with its baseline compiler only. A test's process lives for seconds, and
 * optimising the database's hot functions cost it more CPU than it saved (a third of a short
 * command); what the program does is the same.
 */
export const CLI_NODE_ARGS: readonly string[] = ["--liftoff-only"];

/** A fresh temporary directory, removed by the returned cleanup. */
export function tempDir(prefix = "casefile-test-"): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
