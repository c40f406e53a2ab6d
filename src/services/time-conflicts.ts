/**
 * Conflicting times: time claims about the same thing ("shelling_start") that state different
 * times. Computed from the claims, never written by hand.
 */
import type { ClaimRecord } from "../store/claims.repository.js";

export interface TimeConflict {
  readonly about: string;
  readonly values: readonly string[];
  readonly claimIds: readonly string[];
}

export function timeConflicts(claims: readonly ClaimRecord[]): TimeConflict[] {
  const byAbout = new Map<string, ClaimRecord[]>();
  for (const c of claims) {
    if (c.status !== "confirmed" || c.fields.kind !== "time") continue;
    const about = (c.fields as unknown as { about?: string }).about;
    if (!about) continue;
    byAbout.set(about, [...(byAbout.get(about) ?? []), c]);
  }
  const conflicts: TimeConflict[] = [];
  for (const [about, group] of byAbout) {
    const spans = group.flatMap((c) =>
      c.fields.kind === "time" ? [spanOf(c.fields.startIso, c.fields.endIso)] : [],
    );
    // Times conflict when two of them cannot both be right: their spans do not overlap.
    // "25–26 February" and "23:00 on 25 February" agree; "17:00" and "23:00" do not.
    const clash = spans.some((a, i) => spans.slice(i + 1).some((b) => a.lo > b.hi || b.lo > a.hi));
    if (clash)
      conflicts.push({
        about,
        values: [...new Set(spans.map((s) => s.label))],
        claimIds: group.map((c) => c.id),
      });
  }
  return conflicts;
}

/**
 * Where each conflict is shown in full, so that a chronology shows it once: the entry backed by
 * most of its claims, the earliest such entry on a tie (entries come in chronological order).
 */
export function conflictHomes(
  conflicts: readonly TimeConflict[],
  events: readonly { readonly id: string; readonly claimIds: readonly string[] }[],
): Map<string, string> {
  const homes = new Map<string, string>();
  for (const c of conflicts) {
    let best: { id: string; n: number } | null = null;
    for (const e of events) {
      const n = c.claimIds.filter((id) => e.claimIds.includes(id)).length;
      if (n > 0 && (best === null || n > best.n)) best = { id: e.id, n };
    }
    if (best) homes.set(c.about, best.id);
  }
  return homes;
}

/**
 * The span an ISO time can mean, as comparable strings: "1992-02-25" covers every time that day
 * (its upper bound sorts after every refinement of the prefix).
 */
function spanOf(
  startIso: string,
  endIso: string | null,
): { lo: string; hi: string; label: string } {
  return {
    lo: startIso,
    hi: `${endIso ?? startIso}\uffff`,
    label: endIso ? `${startIso}/${endIso}` : startIso,
  };
}
