/**
 * Figures of a case per measure: every confirmed figure claim the caller may see, who claims it,
 * who published it and when, on what basis, its chain to its origin, independent origins,
 * computed flags and chart data. Neutral by construction: the computation never names a true value.
 */
import type { ClaimantRecord } from "../core/case/index.js";
import {
  computeFigures,
  type FigureCard,
  type FigureInputClaim,
  type FiguresInput,
  figureCards,
  filterByGrades,
  type GradeFilter,
  invalidGradeValues,
  type OtherInputClaim,
} from "../core/figures/index.js";
import { isMeasure, MEASURES, type Measure } from "../core/model/claim.js";
import type { GradeTarget } from "../core/model/grade.js";
import { claimantsOf } from "../store/cases.repository.js";
import type { ClaimRecord } from "../store/claims.repository.js";
import { currentGrades } from "../store/grades.repository.js";
import type { Store } from "../store/open-store.js";
import type { Caller } from "./caller.js";
import { type VisibleCase, visibleCase } from "./case-view.js";
import { InvalidInputError } from "./errors.js";

/** The case's claimants, plus one for every claimant named only in the store (by a reviewer). */
function claimantsFor(view: VisibleCase, known: ClaimantRecord[]) {
  const byId = new Map(known.map((c) => [c.id, c]));
  const add = (id: string, name: string, c: ClaimRecord) => {
    if (byId.has(id)) return;
    const affiliation = view.sourceById.get(c.sourceId)?.metadata.affiliation;
    byId.set(id, {
      id,
      name,
      kind: "person",
      affiliation: (affiliation as ClaimantRecord["affiliation"] | null) ?? "press",
      note: null,
    });
  };
  for (const c of view.claims) {
    add(c.claimant.ref ?? `name:${c.claimant.name}`, c.claimant.name, c);
    if (c.derivedFrom?.kind === "claimant") add(c.derivedFrom.id, c.derivedFrom.id, c);
  }
  return [...byId.values()];
}

/** The claims of a visible case as the figures computation takes them. */
export function figuresInputOf(
  view: VisibleCase,
  claimants: readonly ClaimantRecord[],
): FiguresInput {
  const claims: (FigureInputClaim | OtherInputClaim)[] = [];
  for (const c of view.claims) {
    const base = {
      id: c.id,
      sourceId: c.sourceId,
      claimantId: c.claimant.ref ?? `name:${c.claimant.name}`,
      basis: c.basis,
      derivedFrom: c.derivedFrom,
    };
    if (c.status !== "confirmed" || c.fields.kind !== "figure") {
      if (c.fields.kind !== "figure") claims.push({ ...base, kind: c.fields.kind });
      continue;
    }
    const extra = c.fields as unknown as { aspect?: string | null; scope?: "total" | "partial" };
    claims.push({
      ...base,
      kind: "figure",
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
  return { claims, sources: view.caseSources, claimants };
}

export function createFiguresService(store: Store) {
  /** Every measure's findings over what the caller may see, kept to the grades asked for. */
  async function findingsOf(caller: Caller, caseId: string, filter: GradeFilter = {}) {
    const view = await visibleCase(store, caller, caseId);
    const claimants = claimantsFor(view, await claimantsOf(store.db, caseId));
    const grades = {
      sources: await currentGrades(store.db, "source"),
      claims: await currentGrades(store.db, "claim"),
    };
    const input = filterByGrades({ ...figuresInputOf(view, claimants), grades }, filter);
    // Plain objects out (the API's JSON), one per measure.
    return computeFigures(input).map((f) => ({ ...f }));
  }

  return {
    async figures(caller: Caller, caseId: string, measure?: string, filter: GradeFilter = {}) {
      for (const [field, target] of [
        ["reliability", "source"],
        ["credibility", "claim"],
      ] as const satisfies readonly (readonly [keyof GradeFilter, GradeTarget])[]) {
        const bad = invalidGradeValues(target, filter[field] ?? []);
        if (bad.length > 0)
          throw new InvalidInputError(
            `${field} filter: "${bad.join(", ")}" is not a grade (A–F or 1–6) nor "ungraded"`,
            field,
            { code: "invalid-input.grade-filter", params: { field: field, value: bad.join(", ") } },
          );
      }
      if (measure !== undefined && !isMeasure(measure)) {
        throw new InvalidInputError(
          `unknown measure "${measure}"; one of ${MEASURES.join(", ")}`,
          "measure",
          { code: "invalid-input.unknown", params: { field: "measure", value: measure } },
        );
      }
      const findings = await findingsOf(caller, caseId, filter);
      return measure === undefined
        ? findings
        : (findings.find((f) => f.measure === (measure as Measure)) ?? null);
    },

    /**
     * The overview's cards: each quantity's range, claims and independent origins, without the
     * claims themselves (a few hundred bytes where the figures are a few hundred kilobytes, which
     * a phone on a slow link would otherwise fetch and parse before the overview shows them).
     */
    async cards(caller: Caller, caseId: string): Promise<FigureCard[]> {
      return figureCards(await findingsOf(caller, caseId));
    },
  };
}
export type FiguresService = ReturnType<typeof createFiguresService>;
