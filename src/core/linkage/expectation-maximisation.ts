/**
 * EM for the Fellegi–Sunter mixture over comparison patterns, with u fixed (from random pairs)
 * and m and the match share λ estimated. Fields a session leaves out (those its blocking rule
 * fixes) count as missing, so that blocking does not bias their m.
 */

export interface PatternCounts {
  /** Levels of each pattern, pattern p at [p * F, (p + 1) * F). */
  readonly levels: Uint8Array;
  readonly fieldCount: number;
  /** Number of pairs with each pattern. */
  readonly counts: Float64Array;
}

const FLOOR = 1e-6;

/** Starting m: most matches agree exactly; a few fall in each weaker level. */
export function initialM(levels: number): Float64Array {
  const m = new Float64Array(levels);
  let total = 0;
  for (let l = 0; l < levels; l++) {
    m[l] = l === levels - 1 ? 0.02 : 0.5 ** l;
    total += m[l]!;
  }
  for (let l = 0; l < levels; l++) m[l]! /= total;
  return m;
}

/**
 * Runs EM in place on `m` for the included fields; returns λ, the share of matches among the
 * pairs counted.
 */
export function runEm(
  data: PatternCounts,
  u: readonly Float64Array[],
  m: Float64Array[],
  include: readonly boolean[],
  iterations: number,
): number {
  const F = data.fieldCount;
  const P = data.counts.length;
  let lambda = 0.1;
  const acc = m.map((x) => new Float64Array(x.length));
  const present = new Float64Array(F);
  for (let it = 0; it < iterations; it++) {
    for (const a of acc) a.fill(0);
    present.fill(0);
    let matches = 0;
    let total = 0;
    for (let p = 0; p < P; p++) {
      const c = data.counts[p]!;
      if (c === 0) continue;
      let lm = Math.log(lambda);
      let lu = Math.log(1 - lambda);
      for (let f = 0; f < F; f++) {
        if (!include[f]) continue;
        const l = data.levels[p * F + f]!;
        if (l >= m[f]!.length) continue;
        lm += Math.log(m[f]![l]!);
        lu += Math.log(u[f]![l]!);
      }
      const w = 1 / (1 + Math.exp(lu - lm));
      matches += c * w;
      total += c;
      for (let f = 0; f < F; f++) {
        if (!include[f]) continue;
        const l = data.levels[p * F + f]!;
        if (l >= m[f]!.length) continue;
        acc[f]![l]! += c * w;
        present[f]! += c * w;
      }
    }
    if (total === 0) return 0;
    lambda = Math.min(1 - FLOOR, Math.max(FLOOR, matches / total));
    for (let f = 0; f < F; f++) {
      if (!include[f] || present[f] === 0) continue;
      let sum = 0;
      for (let l = 0; l < m[f]!.length; l++) {
        m[f]![l] = Math.max(FLOOR, acc[f]![l]! / present[f]!);
        sum += m[f]![l]!;
      }
      for (let l = 0; l < m[f]!.length; l++) m[f]![l]! /= sum;
    }
  }
  return lambda;
}
