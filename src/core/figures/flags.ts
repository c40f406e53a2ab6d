/**
 * Disagreement flags, computed from the rows and never written by hand. Only figures for the whole
 * event (scope "total") are compared: a count at one site or in one cell is not an estimate of the
 * measure, so differing partial counts are not a conflict.
 */
import type { Measure } from "../model/index.js";
import { comparisonKey, comparisonSubgroup } from "./comparison.js";
import type { FigureFlag, FigureRow } from "./figure-types.js";
import { intervalsOverlap } from "./figure-values.js";

const key = comparisonKey;

function groupBy<T>(items: readonly T[], keyOf: (t: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return [...groups.values()];
}

function flag(type: FigureFlag["type"], measure: Measure, rows: readonly FigureRow[]) {
  const first = rows[0]!;
  return {
    type,
    measure,
    subgroup: comparisonSubgroup(first.subgroup),
    aspect: first.aspect,
    values: [...new Set(rows.map((r) => r.label))],
    claimIds: rows.map((r) => r.claimId),
    overlap: intervalsOverlap(rows),
  };
}

/** Same measure, subgroup and aspect, different stated values (children killed: 63 vs 83). */
export function valueConflicts(measure: Measure, rows: readonly FigureRow[]): FigureFlag[] {
  const totals = rows.filter((r) => r.scope === "total");
  return groupBy(totals, key)
    .filter((g) => new Set(g.map((r) => r.label)).size > 1)
    .map((g) => flag("value_conflict", measure, g));
}

/**
 * One claimant states different values for the same quantity at different dates. Grouped by the
 * claimant itself, never by origin: three outlets passing on one official's figure are three
 * claimants, and a box about "one claimant's figure" must be about one.
 */
export function changedOverTime(measure: Measure, rows: readonly FigureRow[]): FigureFlag[] {
  const dated = rows.filter((r) => r.scope === "total" && r.published !== null);
  return groupBy(dated, (r) => `${r.claimant}|${key(r)}`)
    .map((g) => [...g].sort((a, b) => a.published!.localeCompare(b.published!)))
    .filter(
      (g) => new Set(g.map((r) => r.label)).size > 1 && new Set(g.map((r) => r.published)).size > 1,
    )
    .map((g) => ({ ...flag("changed_over_time", measure, g), claimant: g[0]!.claimant }));
}

export interface CrossMeasureOptions {
  /** Numbers below this coincide by chance too often to mean anything (three children, two women). */
  readonly minValue: number;
  /**
   * Flag only when origins of one affiliation are on both sides: a number relabelled among one
   * side's publications, not two unrelated numbers that happen to match. Provenance is not
   * required: a relabelling is exactly a derivation nobody recorded.
   */
  readonly sameSide: boolean;
}

function onOneSide(group: readonly { measure: Measure; row: FigureRow }[]): boolean {
  const bySide = groupBy(group, (x) => x.row.originAffiliation);
  return bySide.some((g) => new Set(g.map((x) => x.measure)).size > 1);
}

/**
 * One number stated under different measures for the same subgroup (487 wounded vs 487 severely
 * mutilated): a sign that one count may have been relabelled. Only single-valued figures count.
 */
export function crossMeasure(
  rowsByMeasure: ReadonlyMap<Measure, readonly FigureRow[]>,
  options: CrossMeasureOptions,
): FigureFlag[] {
  const single = [...rowsByMeasure.entries()].flatMap(([measure, rows]) =>
    rows
      .filter(
        (r) =>
          r.scope === "total" && r.min !== null && r.min === r.max && r.min >= options.minValue,
      )
      .map((row) => ({ measure, row })),
  );
  const flags: FigureFlag[] = [];
  for (const group of groupBy(
    single,
    (x) => `${x.row.min}|${comparisonSubgroup(x.row.subgroup) ?? ""}`,
  )) {
    const measures = [...new Set(group.map((x) => x.measure))];
    if (measures.length < 2 || (options.sameSide && !onOneSide(group))) continue;
    for (const measure of measures) {
      const own = group.filter((x) => x.measure === measure).map((x) => x.row);
      const others = group.filter((x) => x.measure !== measure);
      flags.push({
        ...flag("cross_measure", measure, [...own, ...others.map((x) => x.row)]),
        aspect: own[0]!.aspect,
        values: [String(own[0]!.min)],
        otherMeasures: [...new Set(others.map((x) => x.measure))],
      });
    }
  }
  return flags;
}
