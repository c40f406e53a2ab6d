/**
 * u probabilities — how often two records of different people agree at each level — measured on
 * random pairs, which are almost all non-matches. No labels needed.
 */
import type { Rng } from "../estimation/random.js";
import type { Comparator } from "./comparators.js";

/**
 * Level frequencies of `samples` random pairs (from different lists when `acrossOnly`), smoothed
 * by half a count so that no level has probability zero.
 */
export function estimateU(
  comparators: readonly Comparator[],
  listOf: Int32Array,
  acrossOnly: boolean,
  samples: number,
  rng: Rng,
): Float64Array[] {
  const n = listOf.length;
  const counts = comparators.map((c) => new Float64Array(c.levels.length + 1));
  if (n < 2)
    return comparators.map((c) => new Float64Array(c.levels.length).fill(1 / c.levels.length));
  const sexField = comparators.findIndex((c) => c.field === "sex");
  let drawn = 0;
  for (let attempt = 0; drawn < samples && attempt < samples * 20; attempt++) {
    const i = rng.int(n);
    const j = rng.int(n);
    if (i === j || (acrossOnly && listOf[i] === listOf[j])) continue;
    drawn++;
    // Candidate pairs are blocked on names, so almost all share a sex; gendered surnames
    // (Əliyev/Əliyeva) agree twice as often within a sex. Other fields' u is measured on pairs of
    // one sex, so that it describes the non-matches actually compared.
    const sexLevel = sexField >= 0 ? comparators[sexField]!.level(i, j) : 0;
    if (sexField >= 0) counts[sexField]![sexLevel]!++;
    if (sexLevel === 1) continue;
    for (let f = 0; f < comparators.length; f++) {
      if (f !== sexField) counts[f]![comparators[f]!.level(i, j)]!++;
    }
  }
  return counts.map((cnt, f) => {
    const levels = comparators[f]!.levels.length;
    let present = 0;
    for (let l = 0; l < levels; l++) present += cnt[l]!;
    const u = new Float64Array(levels);
    for (let l = 0; l < levels; l++) u[l] = (cnt[l]! + 0.5) / (present + 0.5 * levels);
    return u;
  });
}
