/** What leaves the system and what comes back: evidence links, the matrix, briefs, exports and imports. */
import type { Store } from "../store/open-store.js";
import { createCaseService } from "./case.service.js";
import { createEvidenceService } from "./evidence.service.js";
import { createExportService } from "./export.service.js";
import { createFiguresService } from "./figures.service.js";
import { createImportService } from "./import.service.js";
import { createMatrixService } from "./matrix.service.js";
import { createReportService } from "./report.service.js";

export function createLegalServices(store: Store, env: NodeJS.ProcessEnv) {
  const evidence = createEvidenceService(store);
  const matrix = createMatrixService(store, evidence);
  const cases = createCaseService(store);
  const report = createReportService(store, {
    cases,
    figures: createFiguresService(store),
    matrix,
    env,
  });
  const exports = createExportService(store, { cases });
  return { evidence, matrix, report, exports, imports: createImportService(store) };
}
