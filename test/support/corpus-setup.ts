/**
 * Vitest global setup: says once per run that the corpus is missing and its tests are skipped,
 * or — with CI=true — fails the run, because CI checks out the corpus beside the project.
 */
import { CORPUS_DIR, HAS_CORPUS } from "./paths.js";

export default function corpusSetup(): void {
  if (HAS_CORPUS) return;
  if (process.env.CI === "true")
    throw new Error(
      `CI=true but the corpus is missing (${CORPUS_DIR}): the corpus tests cannot be skipped in CI`,
    );
  console.warn(
    `corpus tests: ${CORPUS_DIR} not found — skipping the tests that read it (set CASEFILE_CORPUS to run them)`,
  );
}
