/**
 * A seedable pseudo-random generator (sfc32 seeded through splitmix32) and the samplers the Gibbs
 * sampler and the person generator need. Same seed, same stream, on every machine.
 */

export interface Rng {
  /** Uniform on [0, 1). */
  next(): number;
  /** Uniform integer on [0, n). */
  int(n: number): number;
  normal(): number;
  /** Gamma(shape, rate 1). */
  gamma(shape: number): number;
  beta(a: number, b: number): number;
  binomial(n: number, p: number): number;
  poisson(mean: number): number;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** Creates a generator from an integer seed. */
export function createRng(seed: number): Rng {
  const mix = splitmix32(seed);
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  let spare: number | undefined;
  const normal = (): number => {
    if (spare !== undefined) {
      const s = spare;
      spare = undefined;
      return s;
    }
    let u = 0;
    let v = 0;
    let r = 0;
    do {
      u = 2 * next() - 1;
      v = 2 * next() - 1;
      r = u * u + v * v;
    } while (r >= 1 || r === 0);
    const f = Math.sqrt((-2 * Math.log(r)) / r);
    spare = v * f;
    return u * f;
  };
  // Marsaglia & Tsang (2000); shapes below 1 boosted by U^(1/shape).
  const gamma = (shape: number): number => {
    if (shape < 1) return gamma(shape + 1) * next() ** (1 / shape);
    const dd = shape - 1 / 3;
    const cc = 1 / Math.sqrt(9 * dd);
    for (;;) {
      let x = 0;
      let v = 0;
      do {
        x = normal();
        v = 1 + cc * x;
      } while (v <= 0);
      v = v * v * v;
      const u = next();
      if (u < 1 - 0.0331 * x * x * x * x) return dd * v;
      if (Math.log(u) < 0.5 * x * x + dd * (1 - v + Math.log(v))) return dd * v;
    }
  };
  const beta = (x: number, y: number): number => {
    const g1 = gamma(x);
    return g1 / (g1 + gamma(y));
  };
  // Exact for any n: halve n through beta order statistics (Knuth, TAOCP 3.4.1) until it is small.
  const binomial = (n: number, p: number): number => {
    let count = 0;
    let nn = n;
    let pp = p;
    while (nn > 40) {
      const k = 1 + (nn >> 1);
      const x = beta(k, nn + 1 - k);
      if (x >= pp) {
        nn = k - 1;
        pp /= x;
      } else {
        count += k;
        nn -= k;
        pp = (pp - x) / (1 - x);
      }
    }
    for (let i = 0; i < nn; i++) if (next() < pp) count++;
    return count;
  };
  const poisson = (mean: number): number => {
    let count = 0;
    let mu = mean;
    while (mu > 20) {
      const m = Math.floor(0.875 * mu);
      const x = gamma(m);
      if (x >= mu) return count + binomial(m - 1, mu / x);
      count += m;
      mu -= x;
    }
    const limit = Math.exp(-mu);
    let prod = next();
    while (prod > limit) {
      count++;
      prod *= next();
    }
    return count;
  };
  return { next, int: (n) => Math.floor(next() * n), normal, gamma, beta, binomial, poisson };
}
