/**
 * Figures and discrepancies per measure, from claims, sources and claimants. Neutral by
 * construction: it reports who states what and when, on what basis, how many independent origins
 * stand behind it, the spread and the flags — never a true value.
 */
import type { ClaimantRecord } from "../case/index.js";
import { MEASURES, type Measure } from "../model/index.js";
import { comparisonKey, comparisonSubgroup } from "./comparison.js";
import { type FiguresInput, figureRows } from "./figure-rows.js";
import { headlineSpread } from "./figure-spreads.js";
import type { ChartPoint, FigureGroup, FigureRow, MeasureFindings } from "./figure-types.js";
import { spreadOf } from "./figure-values.js";
import { changedOverTime, crossMeasure, valueConflicts } from "./flags.js";
import { originGroups, valueOrigins } from "./origin-groups.js";

export type { FiguresInput } from "./figure-rows.js";

export interface FiguresOptions {
  /** Smallest number that a cross-measure flag considers; default 100. */
  readonly crossMeasureMin?: number;
  /** Whether a cross-measure flag needs origins of one affiliation on both sides; default true. */
  readonly crossMeasureSameSide?: boolean;
}

/** The comparison groups of the rows (subgroup and aspect), each with its spread and origins. */
export function figureGroups(rows: readonly FigureRow[]): FigureGroup[] {
  const byKey = new Map<string, FigureRow[]>();
  for (const r of rows) byKey.set(comparisonKey(r), [...(byKey.get(comparisonKey(r)) ?? []), r]);
  return [...byKey.values()].map((g) => ({
    subgroup: comparisonSubgroup(g[0]!.subgroup),
    aspect: g[0]!.aspect,
    spread: spreadOf(g.filter((r) => r.scope === "total")),
    independentOrigins: new Set(g.map((r) => r.origin)).size,
    claimIds: g.map((r) => r.claimId),
  }));
}

/** The rows with a publication date, as points of the chart, oldest first. */
export function chartPoints(rows: readonly FigureRow[]): ChartPoint[] {
  return rows
    .filter((r) => r.published !== null)
    .map((r) => ({
      claimId: r.claimId,
      published: r.published!,
      min: r.min,
      max: r.max,
      origin: r.origin,
      affiliation: r.affiliation,
      reliability: r.reliability,
      credibility: r.credibility,
    }))
    .sort((a, b) => a.published.localeCompare(b.published));
}

function findings(
  measure: Measure,
  rows: readonly FigureRow[],
  claimants: ReadonlyMap<string, ClaimantRecord>,
): MeasureFindings {
  const origins = originGroups(rows, claimants);
  return {
    measure,
    claims: rows,
    spread: headlineSpread(rows),
    independentOrigins: origins.length,
    independentAffiliations: new Set(origins.map((c) => c.affiliation)).size,
    origins,
    values: valueOrigins(rows),
    groups: figureGroups(rows),
    flags: [...valueConflicts(measure, rows), ...changedOverTime(measure, rows)],
    chart: chartPoints(rows),
  };
}

/**
 * Findings for every measure that has at least one figure claim, in the model's measure order.
 * @example computeFigures(caseData).find((f) => f.measure === "killed")?.independentOrigins
 */
export function computeFigures(
  input: FiguresInput,
  options: FiguresOptions = {},
): MeasureFindings[] {
  const claimants = new Map(input.claimants.map((c) => [c.id, c]));
  const rows = new Map(figureRows(input).map((r) => [r.claimId, r]));
  const byMeasure = new Map<Measure, FigureRow[]>();
  for (const c of input.claims) {
    if (c.kind !== "figure") continue;
    byMeasure.set(c.measure, [...(byMeasure.get(c.measure) ?? []), rows.get(c.id)!]);
  }
  const cross = crossMeasure(byMeasure, {
    minValue: options.crossMeasureMin ?? 100,
    sameSide: options.crossMeasureSameSide ?? true,
  });
  return MEASURES.filter((m) => byMeasure.has(m)).map((measure) => {
    const f = findings(measure, byMeasure.get(measure)!, claimants);
    return { ...f, flags: [...f.flags, ...cross.filter((x) => x.measure === measure)] };
  });
}

/** Findings for one measure, or null when no claim states it. */
export function figuresForMeasure(
  input: FiguresInput,
  measure: Measure,
  options: FiguresOptions = {},
): MeasureFindings | null {
  return computeFigures(input, options).find((f) => f.measure === measure) ?? null;
}
