/**
 * Scoring pairs: the log Bayes factor of their comparison pattern, plus a term-frequency
 * adjustment where they agree exactly on a name (agreeing on a rare surname says more than
 * agreeing on Məmmədov).
 */
import type { CandidatePairs } from "./candidate-pairs.js";

const weightCache = new WeakMap<
  CandidatePairs,
  { m: readonly Float64Array[]; weights: Float64Array }
>();

function patternWeights(
  pairs: CandidatePairs,
  m: readonly Float64Array[],
  u: readonly Float64Array[],
): Float64Array {
  const cached = weightCache.get(pairs);
  if (cached && cached.m === m) return cached.weights;
  const { levels, fieldCount: F, size } = pairs.patterns;
  const weights = new Float64Array(size);
  for (let p = 0; p < size; p++) {
    let w = 0;
    for (let f = 0; f < F; f++) {
      const l = levels[p * F + f]!;
      if (l < m[f]!.length) w += Math.log(m[f]![l]! / u[f]![l]!);
    }
    weights[p] = w;
  }
  weightCache.set(pairs, { m, weights });
  return weights;
}

/** Log odds of pair k being a match before the prior: pattern weight plus term frequency. */
export function pairLogOdds(
  pairs: CandidatePairs,
  k: number,
  m: readonly Float64Array[],
  u: readonly Float64Array[],
): number {
  const weights = patternWeights(pairs, m, u);
  const p = pairs.pattern[k]!;
  let w = weights[p]!;
  const cs = pairs.patterns.comparators;
  const F = cs.length;
  const levels = pairs.patterns.levels;
  for (let f = 0; f < F; f++) {
    const termWeight = cs[f]!.termWeight;
    const l = levels[p * F + f]!;
    if (termWeight && l < m[f]!.length) w += termWeight(pairs.left[k]!, pairs.right[k]!, l);
  }
  return w;
}

/** Log odds (before the prior) of every candidate pair, computed once per fitted model. */
export function allLogOdds(
  pairs: CandidatePairs,
  m: readonly Float64Array[],
  u: readonly Float64Array[],
  onProgress?: (done: number, total: number) => void,
): Float64Array {
  const out = new Float64Array(pairs.count);
  const step = 1 << 20;
  for (let k = 0; k < pairs.count; k++) {
    out[k] = pairLogOdds(pairs, k, m, u);
    if (onProgress && (k + 1) % step === 0) onProgress(k + 1, pairs.count);
  }
  onProgress?.(pairs.count, pairs.count);
  return out;
}

/** Match probabilities from log odds and the prior probability of a match. */
export function probabilities(logOdds: Float64Array, prior: number): Float64Array {
  const logit = Math.log(prior / (1 - prior));
  return logOdds.map((w) => 1 / (1 + Math.exp(-(logit + w))));
}
