/**
 * Poisson regression with log link by iteratively reweighted least squares, on a small dense
 * design (at most 2^6 cells and a few dozen columns), solved by Cholesky.
 */

export interface PoissonFit {
  readonly beta: Float64Array;
  readonly fitted: Float64Array;
  /** 2 Σ y log(y/μ) − (y − μ). */
  readonly deviance: number;
  readonly converged: boolean;
  readonly iterations: number;
  /** (X'WX)^-1 at the fit, row-major p×p; undefined when singular. */
  readonly covariance?: Float64Array;
}

/** Cholesky solve of the p×p system A x = b (A row-major, symmetric positive definite). */
function choleskySolve(a: Float64Array, b: Float64Array, p: number): Float64Array | undefined {
  const l = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * p + j]!;
      for (let k = 0; k < j; k++) sum -= l[i * p + k]! * l[j * p + k]!;
      if (i === j) {
        if (sum <= 1e-12 * Math.max(1, Math.abs(a[i * p + i]!))) return undefined;
        l[i * p + i] = Math.sqrt(sum);
      } else l[i * p + j] = sum / l[j * p + j]!;
    }
  }
  const y = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= l[i * p + k]! * y[k]!;
    y[i] = sum / l[i * p + i]!;
  }
  const x = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < p; k++) sum -= l[k * p + i]! * x[k]!;
    x[i] = sum / l[i * p + i]!;
  }
  return x;
}

function inverse(a: Float64Array, p: number): Float64Array | undefined {
  const inv = new Float64Array(p * p);
  for (let c = 0; c < p; c++) {
    const e = new Float64Array(p);
    e[c] = 1;
    const col = choleskySolve(a, e, p);
    if (!col) return undefined;
    for (let r = 0; r < p; r++) inv[r * p + c] = col[r]!;
  }
  return inv;
}

/** Poisson deviance of counts y against fitted μ. */
export function poissonDeviance(y: ArrayLike<number>, mu: ArrayLike<number>): number {
  let d = 0;
  for (let i = 0; i < y.length; i++) {
    const yi = y[i]!;
    const mi = mu[i]!;
    d += (yi > 0 ? yi * Math.log(yi / mi) : 0) - (yi - mi);
  }
  return 2 * d;
}

/**
 * Fits log μ = Xβ to counts y. X is row-major n×p. Stops when the deviance changes by less than
 * 1e-10 (relative) or after `maxIterations`; an MLE that does not exist shows as no convergence
 * with coefficients running off.
 */
export function fitPoisson(
  x: Float64Array,
  y: ArrayLike<number>,
  n: number,
  p: number,
  maxIterations = 100,
): PoissonFit {
  const mu = new Float64Array(n);
  const eta = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    mu[i] = y[i]! + 0.5;
    eta[i] = Math.log(mu[i]!);
  }
  let beta: Float64Array = new Float64Array(p);
  let deviance = poissonDeviance(y, mu);
  let converged = false;
  let iterations = 0;
  const xtwx = new Float64Array(p * p);
  const xtwz = new Float64Array(p);
  for (; iterations < maxIterations; iterations++) {
    xtwx.fill(0);
    xtwz.fill(0);
    for (let i = 0; i < n; i++) {
      const w = mu[i]!;
      const z = eta[i]! + (y[i]! - mu[i]!) / mu[i]!;
      for (let a = 0; a < p; a++) {
        const xa = x[i * p + a]!;
        if (xa === 0) continue;
        xtwz[a]! += w * xa * z;
        for (let b = 0; b <= a; b++) xtwx[a * p + b]! += w * xa * x[i * p + b]!;
      }
    }
    for (let a = 0; a < p; a++) for (let b = 0; b < a; b++) xtwx[b * p + a] = xtwx[a * p + b]!;
    const next = choleskySolve(xtwx, xtwz, p);
    if (!next) break;
    beta = next;
    for (let i = 0; i < n; i++) {
      let e = 0;
      for (let a = 0; a < p; a++) e += x[i * p + a]! * beta[a]!;
      eta[i] = e;
      mu[i] = Math.max(Math.exp(e), 1e-300);
    }
    const d = poissonDeviance(y, mu);
    if (Math.abs(d - deviance) <= 1e-10 * (Math.abs(d) + 1e-3)) {
      deviance = d;
      converged = true;
      iterations++;
      break;
    }
    deviance = d;
  }
  const covariance = inverse(xtwx, p);
  return { beta, fitted: mu, deviance, converged, iterations, ...(covariance && { covariance }) };
}
