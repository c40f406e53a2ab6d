/**
 * Bayesian latent-class multiple systems estimation (Manrique-Vallier 2016, the model of the R
 * package LCMCR): people fall in latent classes with their own list-capture probabilities; a
 * truncated stick-breaking Dirichlet process sets the class weights; N has prior ∝ 1/N. A Gibbs
 * sampler on aggregated counts: people with the same capture history are exchangeable, so class
 * allocations are multinomial per history, not per person.
 */
import type { CaptureTable } from "./capture-data.js";
import { captureWarnings } from "./capture-warnings.js";
import type { EstimateResult } from "./estimate-result.js";
import { sampleSummary } from "./posterior-summary.js";
import { createRng, type Rng } from "./random.js";

export interface LcmcrOptions {
  /** Truncation of the stick-breaking process (maximum number of classes). Default 10. */
  readonly classes?: number;
  /** Iterations after burn-in. Default 10,000. */
  readonly iterations?: number;
  readonly burnIn?: number;
  /** Keep every thin-th draw. Default 10. */
  readonly thin?: number;
  readonly seed?: number;
  /** Gamma(a, b) prior on the concentration α. Default a = b = 0.25, as in LCMCR. */
  readonly alphaShape?: number;
  readonly alphaRate?: number;
  readonly listNames?: readonly string[];
  readonly onProgress?: (done: number, total: number) => void;
}

/** Splits `count` over categories with weights w (need not sum to one) into out. */
function multinomial(rng: Rng, count: number, w: Float64Array, out: Float64Array): void {
  let remaining = count;
  let mass = 0;
  for (const x of w) mass += x;
  for (let k = 0; k < w.length; k++) {
    if (remaining === 0 || mass <= 0) {
      out[k] = 0;
      continue;
    }
    const p = Math.min(1, Math.max(0, w[k]! / mass));
    const x = k === w.length - 1 ? remaining : rng.binomial(remaining, p);
    out[k] = x;
    remaining -= x;
    mass -= w[k]!;
  }
}

/** Posterior draws of N from the Gibbs sampler. */
export function lcmcrDraws(table: CaptureTable, options: LcmcrOptions = {}): Float64Array {
  const J = table.listCount;
  const K = options.classes ?? 10;
  const iterations = options.iterations ?? 10_000;
  const burnIn = options.burnIn ?? 2_000;
  const thin = options.thin ?? 10;
  const a = options.alphaShape ?? 0.25;
  const b = options.alphaRate ?? 0.25;
  const rng = createRng(options.seed ?? 1);
  const n = table.observed;
  const patterns: number[] = [];
  for (let h = 1; h < table.cells.length; h++) if (table.cells[h]! > 0) patterns.push(h);
  const lambda = new Float64Array(J * K).map(() => 0.2 + 0.6 * rng.next());
  const pi = new Float64Array(K).fill(1 / K);
  const v = new Float64Array(K);
  let alpha = 1;
  const classCount = new Float64Array(K);
  const listCount = new Float64Array(J * K);
  const w = new Float64Array(K);
  const alloc = new Float64Array(K);
  const draws = new Float64Array(Math.floor(iterations / thin));
  const total = burnIn + iterations;
  for (let it = 0; it < total; it++) {
    classCount.fill(0);
    listCount.fill(0);
    for (const h of patterns) {
      for (let k = 0; k < K; k++) {
        let p = pi[k]!;
        for (let j = 0; j < J; j++) p *= (h >> j) & 1 ? lambda[j * K + k]! : 1 - lambda[j * K + k]!;
        w[k] = p;
      }
      multinomial(rng, table.cells[h]!, w, alloc);
      for (let k = 0; k < K; k++) {
        classCount[k]! += alloc[k]!;
        for (let j = 0; j < J; j++) if ((h >> j) & 1) listCount[j * K + k]! += alloc[k]!;
      }
    }
    // Unobserved people: with p(N) ∝ 1/N, n0 is negative binomial given the capture model.
    let p0 = 0;
    for (let k = 0; k < K; k++) {
      let p = pi[k]!;
      for (let j = 0; j < J; j++) p *= 1 - lambda[j * K + k]!;
      w[k] = p;
      p0 += p;
    }
    p0 = Math.min(p0, 1 - 1e-12);
    const n0 = rng.poisson((rng.gamma(n) * p0) / (1 - p0));
    multinomial(rng, n0, w, alloc);
    for (let k = 0; k < K; k++) classCount[k]! += alloc[k]!;
    for (let j = 0; j < J; j++) {
      for (let k = 0; k < K; k++) {
        const s = listCount[j * K + k]!;
        lambda[j * K + k] = rng.beta(1 + s, 1 + classCount[k]! - s);
      }
    }
    let after = n + n0;
    let stick = 1;
    let logRest = 0;
    for (let k = 0; k < K; k++) {
      after -= classCount[k]!;
      v[k] = k === K - 1 ? 1 : Math.min(1 - 1e-12, rng.beta(1 + classCount[k]!, alpha + after));
      pi[k] = v[k]! * stick;
      stick *= 1 - v[k]!;
      if (k < K - 1) logRest += Math.log(1 - v[k]!);
    }
    alpha = rng.gamma(a + K - 1) / (b - logRest);
    if (it >= burnIn && (it - burnIn) % thin === thin - 1) {
      const d = Math.floor((it - burnIn) / thin);
      if (d < draws.length) draws[d] = n + n0;
    }
    if (options.onProgress && (it + 1) % 500 === 0) options.onProgress(it + 1, total);
  }
  return draws;
}

/** Posterior median of N with a 95% credible interval. */
export function estimateLcmcr(table: CaptureTable, options: LcmcrOptions = {}): EstimateResult {
  const draws = lcmcrDraws(table, options);
  const s = sampleSummary(draws);
  return {
    estimate: s.median,
    lower: s.lower,
    upper: s.upper,
    method: "lcmcr",
    model: `latent classes (at most ${options.classes ?? 10}), ${draws.length} posterior draws`,
    observed: table.observed,
    warnings: captureWarnings(table, options.listNames),
    details: { mean: s.mean, seed: options.seed ?? 1 },
  };
}
