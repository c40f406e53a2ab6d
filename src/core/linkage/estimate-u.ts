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
  // Draws repeat when the lists are small: what was seen is worth at most the distinct pairs.
  const distinct = distinctPairs(listOf, acrossOnly);
  return counts.map((cnt, f) => {
    const levels = comparators[f]!.levels.length;
    let present = 0;
    for (let l = 0; l < levels; l++) present += cnt[l]!;
    const scale = present > 0 ? Math.min(present, distinct) / present : 0;
    const prior = defaultU(levels);
    const u = new Float64Array(levels);
    for (let l = 0; l < levels; l++) {
      u[l] = (cnt[l]! * scale + PRIOR_PAIRS * prior[l]!) / (present * scale + PRIOR_PAIRS);
    }
    return u;
  });
}

function distinctPairs(listOf: Int32Array, acrossOnly: boolean): number {
  const n = listOf.length;
  if (!acrossOnly) return (n * (n - 1)) / 2;
  const sizes = new Map<number, number>();
  for (const l of listOf) sizes.set(l, (sizes.get(l) ?? 0) + 1);
  let within = 0;
  for (const s of sizes.values()) within += (s * (s - 1)) / 2;
  return (n * (n - 1)) / 2 - within;
}

/**
 * Random pairs of small lists are few and hold many true matches, which inflates agreement
 * among "different people". A weak prior (worth PRIOR_PAIRS pairs) of rare agreement keeps u
 * sensible there and fades away on lists of any size.
 */
const PRIOR_PAIRS = 200;

/** Agreement levels (best first) rarer the closer they are; the last level, disagreement, takes the rest. */
export function defaultU(levels: number): Float64Array {
  const u = new Float64Array(levels);
  let agree = 0;
  for (let l = 0; l < levels - 1; l++) {
    u[l] = 0.002 * 3 ** l;
    agree += u[l]!;
  }
  u[levels - 1] = 1 - agree;
  return u;
}
