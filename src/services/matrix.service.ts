/**
 * The legal matrix of a case: per crime (or rule of attribution), each element with the evidence
 * for and against it, weighted, with independent origins and gaps. Read-only; what the caller
 * may not see is not in it.
 */
import { crimeMatrix, POLARITIES } from "../core/law/index.js";
import { currentGrades } from "../store/grades.repository.js";
import type { Store } from "../store/open-store.js";
import type { Caller } from "./caller.js";
import { visibleCase } from "./case-view.js";
import { InvalidInputError } from "./errors.js";
import type { EvidenceService } from "./evidence.service.js";
import { evidenceFacts } from "./evidence-origins.js";
import { presentMatrix } from "./presenters/matrix.presenter.js";

export interface MatrixQuery {
  readonly crime?: string | undefined;
  readonly element?: string | undefined;
  readonly polarity?: string | undefined;
}

export function createMatrixService(store: Store, evidence: EvidenceService) {
  return {
    async matrix(caller: Caller, caseId: string, q: MatrixQuery = {}) {
      const law = evidence.lawData();
      if (q.crime !== undefined && !law.crimes.some((c) => c.id === q.crime))
        throw new InvalidInputError(`no crime or rule "${q.crime}" in the law files`, "crime", {
          code: "invalid-input.unknown",
          params: { field: "crime", value: q.crime },
        });
      if (q.element !== undefined && !law.targets.has(q.element))
        throw new InvalidInputError(`no element "${q.element}" in the law files`, "element", {
          code: "invalid-input.unknown",
          params: { field: "element", value: q.element },
        });
      if (q.polarity !== undefined && !(POLARITIES as readonly string[]).includes(q.polarity))
        throw new InvalidInputError(
          `polarity must be one of ${POLARITIES.join(", ")}`,
          "polarity",
          {
            code: "invalid-input.enum",
            params: { field: "polarity", allowed: POLARITIES.join(", ") },
          },
        );
      const view = await visibleCase(store, caller, caseId);
      const links = await evidence.records(caller, caseId, {});
      const facts = evidenceFacts(view, {
        sources: await currentGrades(store.db, "source"),
        claims: await currentGrades(store.db, "claim"),
      });
      const byId = new Map(links.map((l) => [l.id, facts(l)]));
      const input = links.map((l) => ({ ...l, ...(byId.get(l.id) as ReturnType<typeof facts>) }));
      const crimes = law.crimes
        .filter((c) => q.crime === undefined || c.id === q.crime)
        .map((c) => crimeMatrix(c, input));
      return presentMatrix(caseId, law, crimes, byId, q);
    },
  };
}
export type MatrixService = ReturnType<typeof createMatrixService>;
