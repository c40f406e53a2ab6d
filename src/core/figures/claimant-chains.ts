/**
 * Corroboration counts independent claimants, not documents: a claimant that only repeats another
 * (derivedFrom) belongs to the other's chain, and the whole chain counts once.
 */
import type { ClaimantRecord } from "../case/index.js";
import type { ClaimantChain, FigureRow } from "./figure-types.js";

/** Follows derivedFrom to the original claimant; stops at an unknown id or a cycle. */
export function originalClaimant(
  id: string,
  claimants: ReadonlyMap<string, ClaimantRecord>,
): string {
  const seen = new Set<string>();
  let at = id;
  while (!seen.has(at)) {
    seen.add(at);
    const next = claimants.get(at)?.derivedFrom;
    if (!next || !claimants.has(next)) return at;
    at = next;
  }
  return at;
}

function byDate(a: FigureRow, b: FigureRow): number {
  return (a.published ?? "9999").localeCompare(b.published ?? "9999");
}

/** One chain per original claimant among the rows, with the documents that carry its figures. */
export function buildChains(
  rows: readonly FigureRow[],
  claimants: ReadonlyMap<string, ClaimantRecord>,
): ClaimantChain[] {
  const roots = new Map<string, FigureRow[]>();
  for (const row of rows)
    roots.set(row.originalClaimant, [...(roots.get(row.originalClaimant) ?? []), row]);
  return [...roots.entries()].map(([root, members]) => {
    const record = claimants.get(root);
    const sorted = [...members].sort(byDate);
    return {
      claimant: root,
      claimantName: record?.name ?? root,
      affiliation: record?.affiliation ?? sorted[0]!.affiliation,
      via: [...new Set(sorted.map((r) => r.claimant))],
      documents: [...new Set(sorted.map((r) => r.sourceId))],
    };
  });
}
