/**
 * Corroboration counts independent origins, not documents: every claim that passes on one origin
 * (through any chain of derivedFrom links) belongs to that origin, and the origin counts once.
 */
import type { ClaimantRecord } from "../case/index.js";
import { comparisonKey, comparisonSubgroup } from "./comparison.js";
import type { FigureRow, OriginGroup, ValueOrigins } from "./figure-types.js";

function byDate(a: FigureRow, b: FigureRow): number {
  return (a.published ?? "9999").localeCompare(b.published ?? "9999");
}

/** One group per origin among the rows, with the documents that carry its figures. */
export function originGroups(
  rows: readonly FigureRow[],
  claimants: ReadonlyMap<string, ClaimantRecord>,
): OriginGroup[] {
  const byOrigin = new Map<string, FigureRow[]>();
  for (const row of rows) byOrigin.set(row.origin, [...(byOrigin.get(row.origin) ?? []), row]);
  return [...byOrigin.entries()].map(([origin, members]) => {
    const sorted = [...members].sort(byDate);
    const originClaimant = origin.startsWith("claimant:") ? origin.slice(9) : null;
    const record = originClaimant ? claimants.get(originClaimant) : undefined;
    return {
      origin,
      originName: sorted[0]!.originName,
      affiliation: record?.affiliation ?? sorted[0]!.affiliation,
      claimIds: sorted.map((r) => r.claimId),
      documents: [...new Set(sorted.map((r) => r.sourceId))],
      via: [...new Set(sorted.map((r) => r.claimant))].filter((c) => c !== originClaimant),
    };
  });
}

/**
 * Every stated value of each comparison group with the origins that state it: a value that one
 * origin supports says so, however many documents repeat it.
 */
export function valueOrigins(rows: readonly FigureRow[]): ValueOrigins[] {
  const byValue = new Map<string, FigureRow[]>();
  for (const r of rows.filter((x) => x.scope === "total")) {
    const k = `${comparisonKey(r)}|${r.label}`;
    byValue.set(k, [...(byValue.get(k) ?? []), r]);
  }
  return [...byValue.values()].map((g) => {
    const origins = [...new Set(g.map((r) => r.origin))];
    return {
      subgroup: comparisonSubgroup(g[0]!.subgroup),
      aspect: g[0]!.aspect,
      label: g[0]!.label,
      claimIds: g.map((r) => r.claimId),
      origins,
      independentOrigins: origins.length,
    };
  });
}
