/**
 * Bayesian model averaging over decomposable graphical models (Madigan & York 1997), computed as
 * the R package dga (Johndrow, Lum & Ball) does: hyper-Dirichlet prior with δ per cell of the full
 * table, prior on N proportional to 1/N, uniform prior over graphs, exact posterior over a grid of
 * unobserved counts.
 */
import type { CaptureTable } from "./capture-data.js";
import { captureWarnings } from "./capture-warnings.js";
import { decomposableGraphs } from "./decomposable-graphs.js";
import type { EstimateResult } from "./estimate-result.js";
import { modelName } from "./loglinear-model.js";
import { posteriorSummary } from "./posterior-summary.js";
import { lgamma } from "./profile-interval.js";

export interface DgaOptions {
  /** Prior count per cell of the 2^K table. Default 2^-K (one prior observation in all). */
  readonly delta?: number;
  /** Grid of unobserved counts, inclusive. Default 0 … max(300, 5 × observed). */
  readonly missingFrom?: number;
  readonly missingTo?: number;
  readonly listNames?: readonly string[];
}

export interface DgaPosterior {
  readonly missing: Int32Array;
  /** Posterior probability of each graph. */
  readonly graphProbability: Float64Array;
  /** weights[g * missing.length + i]: joint posterior of graph g and missing[i]. */
  readonly weights: Float64Array;
  readonly graphs: ReturnType<typeof decomposableGraphs>;
}

/** Log marginal likelihood of every margin (subset of lists) for every unobserved count. */
function marginTable(table: CaptureTable, delta: number, missing: Int32Array): Float64Array[] {
  const K = table.listCount;
  const out: Float64Array[] = [];
  for (let s = 0; s < 2 ** K; s++) {
    const row = new Float64Array(missing.length);
    out.push(row);
    if (s === 0) continue;
    let size = 0;
    for (let v = s; v; v &= v - 1) size++;
    const alpha = delta * 2 ** (K - size);
    const margin = new Map<number, number>();
    for (let h = 1; h < 2 ** K; h++) margin.set(h & s, (margin.get(h & s) ?? 0) + table.cells[h]!);
    let rest = 0;
    for (let c = 1; c < 2 ** size * 2 ** (K - size); c++) {
      if ((c & ~s) !== 0) continue;
      rest += lgamma((margin.get(c) ?? 0) + alpha) - lgamma(alpha);
    }
    const zero = margin.get(0) ?? 0;
    for (let i = 0; i < missing.length; i++)
      row[i] = rest + lgamma(zero + missing[i]! + alpha) - lgamma(alpha);
  }
  return out;
}

/** The joint posterior of graph and unobserved count. */
export function dgaPosterior(table: CaptureTable, options: DgaOptions = {}): DgaPosterior {
  const K = table.listCount;
  if (K < 3 || K > 5)
    throw new Error(`dga averages decomposable models for 3 to 5 lists, got ${K}`);
  const delta = options.delta ?? 2 ** -K;
  const from = options.missingFrom ?? 0;
  const to = options.missingTo ?? Math.max(300, 5 * table.observed);
  const missing = Int32Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const comp = marginTable(table, delta, missing);
  const graphs = decomposableGraphs(K);
  const n = table.observed;
  const sumAlpha = delta * 2 ** K;
  let sumLogFact = 0;
  for (let h = 1; h < 2 ** K; h++) sumLogFact += lgamma(table.cells[h]! + 1);
  // Each connected component of a graph contributes one Dirichlet normaliser D(N).
  const norm = Float64Array.from(missing, (m) => lgamma(sumAlpha) - lgamma(n + m + sumAlpha));
  const base = Float64Array.from(missing, (m) => {
    const N = n + m;
    return lgamma(N + 1) - sumLogFact - lgamma(m + 1) - Math.log(N);
  });
  const M = missing.length;
  const weights = new Float64Array(graphs.length * M);
  let top = -Infinity;
  graphs.forEach((g, gi) => {
    const components = g.factors.filter((f) => f.parents === 0).length;
    for (let i = 0; i < M; i++) {
      let lp = base[i]! + components * norm[i]!;
      for (const f of g.factors) lp += comp[f.family]![i]! - comp[f.parents]![i]!;
      weights[gi * M + i] = lp;
      if (lp > top) top = lp;
    }
  });
  let total = 0;
  for (let k = 0; k < weights.length; k++) {
    weights[k] = Math.exp(weights[k]! - top);
    total += weights[k]!;
  }
  const graphProbability = new Float64Array(graphs.length);
  for (let k = 0; k < weights.length; k++) {
    weights[k]! /= total;
    graphProbability[Math.floor(k / M)]! += weights[k]!;
  }
  return { missing, graphProbability, weights, graphs };
}

/** Model-averaged estimate with a 95% posterior interval. */
export function estimateDga(table: CaptureTable, options: DgaOptions = {}): EstimateResult {
  const post = dgaPosterior(table, options);
  const M = post.missing.length;
  const averaged = new Float64Array(M);
  for (let k = 0; k < post.weights.length; k++) averaged[k % M]! += post.weights[k]!;
  const summary = posteriorSummary(post.missing, averaged);
  const warnings = captureWarnings(table, options.listNames);
  if (averaged[M - 1]! > 1e-6)
    warnings.push("posterior mass reaches the end of the grid: the upper tail is cut off");
  const order = Array.from(post.graphProbability.keys()).sort(
    (a, b) => post.graphProbability[b]! - post.graphProbability[a]!,
  );
  const name = (g: number) =>
    modelName(
      post.graphs[g]!.cliques.filter((c) => c & (c - 1)),
      options.listNames,
    );
  const best = order[0]!;
  return {
    estimate: table.observed + summary.median,
    lower: table.observed + summary.lower,
    upper: table.observed + summary.upper,
    method: "dga",
    model: `average of ${post.graphs.length} decomposable graphs (top: ${name(best)}, p=${post.graphProbability[best]!.toFixed(3)})`,
    observed: table.observed,
    warnings,
    details: {
      mean: table.observed + summary.mean,
      topModels: order
        .slice(0, 5)
        .map((g) => ({ model: name(g), probability: post.graphProbability[g]! })),
    },
  };
}
