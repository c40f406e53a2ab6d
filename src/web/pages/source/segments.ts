/**
 * Cuts a passage into runs of text, each run carrying the innermost claim that covers it, so
 * overlapping and nested claims all stay visible and clickable.
 */
import type { Claim } from "../../api/types.js";

export interface Segment {
  start: number;
  end: number;
  claim: Claim | null;
  /** True on the first run of a claim: that run carries the claim's anchor id. */
  first: boolean;
}

export function segmentsOf(start: number, end: number, claims: readonly Claim[]): Segment[] {
  const inside = claims.filter((c) => c.end > start && c.start < end && c.end > c.start);
  const cuts = new Set([start, end]);
  for (const c of inside) {
    cuts.add(Math.max(start, c.start));
    cuts.add(Math.min(end, c.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const started = new Set<string>();
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i] as number;
    const e = points[i + 1] as number;
    const covering = inside.filter((c) => c.start <= s && c.end >= e);
    const claim = covering.sort((a, b) => a.end - a.start - (b.end - b.start))[0] ?? null;
    const first = claim !== null && !started.has(claim.id);
    if (claim) started.add(claim.id);
    segments.push({ start: s, end: e, claim, first });
  }
  return segments;
}
