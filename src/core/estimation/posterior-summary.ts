/** Summaries of a discrete posterior over counts: mean, mode, median and a 95% interval. */

export interface PosteriorSummary {
  readonly mean: number;
  readonly mode: number;
  readonly median: number;
  readonly lower: number;
  readonly upper: number;
}

/** Smallest value whose cumulative probability reaches q. */
function quantile(
  values: ArrayLike<number>,
  probs: ArrayLike<number>,
  total: number,
  q: number,
): number {
  let cum = 0;
  for (let i = 0; i < values.length; i++) {
    cum += probs[i]! / total;
    if (cum >= q - 1e-12) return values[i]!;
  }
  return values[values.length - 1]!;
}

/** Summarises probabilities over increasing values (need not sum to one). */
export function posteriorSummary(
  values: ArrayLike<number>,
  probs: ArrayLike<number>,
): PosteriorSummary {
  let total = 0;
  let mean = 0;
  let mode = values[0]!;
  let best = -1;
  for (let i = 0; i < values.length; i++) {
    total += probs[i]!;
    mean += values[i]! * probs[i]!;
    if (probs[i]! > best) {
      best = probs[i]!;
      mode = values[i]!;
    }
  }
  return {
    mean: mean / total,
    mode,
    median: quantile(values, probs, total, 0.5),
    lower: quantile(values, probs, total, 0.025),
    upper: quantile(values, probs, total, 0.975),
  };
}

/** Summary of posterior draws (e.g. from a Gibbs sampler). */
export function sampleSummary(draws: ArrayLike<number>): PosteriorSummary {
  const sorted = Float64Array.from(draws).sort();
  const n = sorted.length;
  const at = (q: number) => sorted[Math.min(n - 1, Math.max(0, Math.ceil(q * n) - 1))]!;
  let mean = 0;
  for (const d of sorted) mean += d / n;
  const counts = new Map<number, number>();
  let mode = sorted[0]!;
  for (const d of sorted) {
    const c = (counts.get(d) ?? 0) + 1;
    counts.set(d, c);
    if (c > (counts.get(mode) ?? 0)) mode = d;
  }
  return { mean, mode, median: at(0.5), lower: at(0.025), upper: at(0.975) };
}
