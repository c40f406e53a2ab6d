/**
 * Tests that read the corpus (`../shared/corpus` beside the project, or CASEFILE_CORPUS) run only
 * where it is. A clone of the project has no corpus: those tests skip, and the run prints one line
 * naming the missing folder (test/support/corpus-setup.ts). CI has the corpus, and there a missing
 * corpus is a failure (CI=true), so that a broken checkout cannot pass by skipping them.
 */
import { describe, it } from "vitest";
import { CORPUS_DIR, CORPUS_FILES, HAS_CORPUS } from "./paths.js";

export { CORPUS_DIR, CORPUS_FILES, HAS_CORPUS };

/** A `describe` whose tests run only with the corpus present. */
export const describeWithCorpus = describe.skipIf(!HAS_CORPUS);

/** An `it` that runs only with the corpus present. */
export const itWithCorpus = it.skipIf(!HAS_CORPUS);
