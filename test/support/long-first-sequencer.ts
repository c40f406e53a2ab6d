/**
 * The order the suite's files start in: the longest first, so that no long file starts last and
 * runs alone at the end while the other worker idles. Vitest orders a fresh clone (no timings
 * cached) by file size, which put some of the longest suites near the end; these are the longest
 * of the fresh-clone CI run at d446ec5 (seconds on Node 20, two workers), then Vitest's own order
 * for the rest.
 */
import { BaseSequencer, type TestSpecification } from "vitest/node";

const LONGEST: readonly string[] = [
  "test/e2e/languages-a11y.e2e.test.ts", // 218
  "test/responsive-server.test.ts", // 116
  "test/api-archive.test.ts", // 97
  "test/chronicle-api.test.ts", // 96
  "test/cli-archive.test.ts", // 87
  "src/services/export.test.ts", // 85
  "test/processes.test.ts", // 73
  "test/e2e/protection.e2e.test.ts", // 73
  "test/e2e/review.e2e.test.ts", // 69
  "test/authorisation-matrix.test.ts", // 68
  "test/legal-cli.test.ts", // 64
  "test/e2e/case-views.e2e.test.ts", // 61
  "test/exports-cli.test.ts", // 53
  "test/e2e/sources.e2e.test.ts", // 52
  "test/accounts-api.test.ts", // 45
  "test/e2e/registry.e2e.test.ts", // 44
  "test/crash-recovery.test.ts", // 42
  "test/e2e/chronicle-memorial.e2e.test.ts", // 39
  "src/services/protection.test.ts", // 36
];

export default class LongFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification): number => {
      const i = LONGEST.findIndex((path) => spec.moduleId.endsWith(`/${path}`));
      return i < 0 ? LONGEST.length : i;
    };
    // Array.prototype.sort is stable: the rest keep Vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
