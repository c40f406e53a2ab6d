/**
 * Figures of a case per measure: every confirmed figure claim the caller may see, who claims it,
 * who published it and when, independent claimants, repetition chains, computed flags and chart
 * data. Neutral by construction: the computation never names a true value.
 */
import type { ClaimantRecord } from "../core/case/index.js";
import { computeFigures, type FigureInputClaim } from "../core/figures/index.js";
import { MEASURES, type Measure } from "../core/model/claim.js";
import { claimantsOf } from "../store/cases.repository.js";
import type { Store } from "../store/open-store.js";
import type { Caller } from "./caller.js";
import { visibleCase } from "./case-view.js";
import { InvalidInputError } from "./errors.js";

export function createFiguresService(store: Store) {
  return {
    async figures(caller: Caller, caseId: string, measure?: string) {
      if (measure !== undefined && !(MEASURES as readonly string[]).includes(measure)) {
        throw new InvalidInputError(
          `unknown measure "${measure}"; one of ${MEASURES.join(", ")}`,
          "measure",
        );
      }
      const view = await visibleCase(store, caller, caseId);
      const claimants: ClaimantRecord[] = await claimantsOf(store.db, caseId);
      const known = new Set(claimants.map((c) => c.id));
      const claims: FigureInputClaim[] = [];
      for (const c of view.claims) {
        if (c.status !== "confirmed" || c.fields.kind !== "figure") continue;
        const extra = c.fields as unknown as {
          aspect?: string | null;
          scope?: "total" | "partial";
        };
        // A claim confirmed by a reviewer outside the case data gets a claimant of its own name.
        const claimantId = c.claimant.ref ?? `name:${c.claimant.name}`;
        if (!known.has(claimantId)) {
          known.add(claimantId);
          claimants.push({
            id: claimantId,
            name: c.claimant.name,
            kind: "person",
            affiliation:
              (view.sourceById.get(c.sourceId)?.affiliation as
                | ClaimantRecord["affiliation"]
                | null) ?? "press",
            derivedFrom: null,
            note: null,
          });
        }
        claims.push({
          id: c.id,
          kind: "figure",
          sourceId: c.sourceId,
          claimantId,
          measure: c.fields.measure,
          min: c.fields.min,
          max: c.fields.max,
          hedge: c.fields.hedge,
          subgroup: c.fields.subgroup,
          unit: c.fields.unit,
          aspect: extra.aspect ?? null,
          scope: extra.scope ?? "total",
        });
      }
      // Plain objects out (the API's JSON), one per measure.
      const findings = computeFigures({ claims, sources: view.caseSources, claimants }).map(
        (f) => ({ ...f }),
      );
      return measure === undefined
        ? findings
        : (findings.find((f) => f.measure === (measure as Measure)) ?? null);
    },
  };
}
export type FiguresService = ReturnType<typeof createFiguresService>;
