/** The legal side wired together: evidence links, the matrix, briefs (and what they share). */
import type { Store } from "../store/open-store.js";
import { createCaseService } from "./case.service.js";
import { createEvidenceService } from "./evidence.service.js";
import { createFiguresService } from "./figures.service.js";
import { createMatrixService } from "./matrix.service.js";
import { createReportService } from "./report.service.js";

export function createLegalServices(store: Store, env: NodeJS.ProcessEnv) {
  const evidence = createEvidenceService(store);
  const matrix = createMatrixService(store, evidence);
  const report = createReportService(store, {
    cases: createCaseService(store),
    figures: createFiguresService(store),
    matrix,
    env,
  });
  return { evidence, matrix, report };
}
