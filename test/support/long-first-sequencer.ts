/**
 * The order the suite's files start in: the longest first, so that no long file starts last and
 * runs alone at the end while the other worker idles. Vitest orders a fresh clone (no timings
 * cached) by file size, which put some of the longest suites near the end; these are the longest
 * of a quiet CI run (seconds on Node 20, two workers), then Vitest's own order for the rest.
 */
import { BaseSequencer, type TestSpecification } from "vitest/node";

const LONGEST: readonly string[] = [
  "test/e2e/languages-a11y.e2e.test.ts", // 166
  "src/services/export.test.ts", // 78
  "test/cli-archive.test.ts", // 70
  "test/responsive-server.test.ts", // 69
  "test/e2e/protection.e2e.test.ts", // 67
  "test/authorisation-matrix.test.ts", // 64
  "test/chronicle-api.test.ts", // 62
  "test/e2e/case-views.e2e.test.ts", // 62
  "test/api-archive.test.ts", // 62
  "test/accounts-api.test.ts", // 61
  "test/e2e/review.e2e.test.ts", // 61
  "test/processes.test.ts", // 57
  "test/legal-cli.test.ts", // 56
  "test/e2e/sources.e2e.test.ts", // 47
  "test/crash-recovery.test.ts", // 45
  "src/services/protection.test.ts", // 42
  "test/exports-cli.test.ts", // 41
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
