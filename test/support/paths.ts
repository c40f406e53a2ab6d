/** Where things are, for tests: the repository, the corpus beside it, the built CLI. */
import { mkdtempSync, rmSync } from "node:fs";
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
export const CLI_BIN = join(REPO_ROOT, "bin/casefile.js");

/** A fresh temporary directory, removed by the returned cleanup. */
export function tempDir(prefix = "casefile-test-"): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
