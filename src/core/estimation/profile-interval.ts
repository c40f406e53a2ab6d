/**
 * Profile-likelihood interval for the population size N under a log-linear model (Cormack 1992;
 * the method of Rcapture's closedpCI): for each N the model is fitted to the complete table with
 * N − n in the unobserved cell, and the multinomial log-likelihood
 *   log N! − log (N−n)! + Σ_h n_h log(μ_h / N)
 * is compared with its maximum; N is inside where the drop is below χ²₁(0.95)/2.
 */
import type { CaptureTable } from "./capture-data.js";
import { designMatrix } from "./loglinear-model.js";
import { fitPoisson } from "./poisson-irls.js";

const HALF_CHI2_95 = 3.841458820694124 / 2;

function lgamma(x: number): number {
  // Lanczos approximation (g = 7, n = 9), accurate to ~1e-15 for x > 0.
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  const xx = x - 1;
  let a = c[0]!;
  const t = xx + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (xx + i);
  return 0.5 * Math.log(2 * Math.PI) + (xx + 0.5) * Math.log(t) - t + Math.log(a);
}

export { lgamma };

/** Profile log-likelihood of N (real, ≥ n) under the model's terms. */
export function profileLogLikelihood(
  table: CaptureTable,
  terms: readonly number[],
  total: number,
): number {
  const K = table.listCount;
  const cells = Array.from({ length: 2 ** K }, (_, h) => h);
  const y = cells.map((h) => (h === 0 ? total - table.observed : table.cells[h]!));
  const p = 1 + K + terms.length;
  const fit = fitPoisson(designMatrix(K, terms, cells), y, cells.length, p);
  let sum = lgamma(total + 1) - lgamma(total - table.observed + 1);
  for (let h = 0; h < cells.length; h++) {
    if (y[h]! > 0) sum += y[h]! * Math.log(fit.fitted[h]! / total);
  }
  return sum;
}

function bisect(f: (x: number) => number, lo: number, hi: number): number {
  let a = lo;
  let b = hi;
  const fa = f(a) > 0;
  for (let i = 0; i < 60 && b - a > 1e-6 * Math.max(1, a); i++) {
    const mid = (a + b) / 2;
    if (f(mid) > 0 === fa) a = mid;
    else b = mid;
  }
  return (a + b) / 2;
}

/**
 * 95% profile-likelihood interval for N around the point estimate; the upper end is Infinity
 * when the likelihood does not drop enough within `maxFactor` times the observed count.
 */
export function profileInterval(
  table: CaptureTable,
  terms: readonly number[],
  estimate: number,
  maxFactor = 1e4,
): { lower: number; upper: number; mode: number } {
  const n = table.observed;
  const ll = (N: number) => profileLogLikelihood(table, terms, N);
  // Golden-section search for the maximum between n and a generous bound.
  let a = n;
  let b = Math.max(n + 10, estimate * 3);
  const g = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 80 && b - a > 1e-7 * b; i++) {
    const x1 = b - g * (b - a);
    const x2 = a + g * (b - a);
    if (ll(x1) < ll(x2)) a = x1;
    else b = x2;
  }
  const mode = (a + b) / 2;
  const top = ll(mode);
  const drop = (N: number) => top - ll(N) - HALF_CHI2_95;
  const lower = drop(n) <= 0 ? n : bisect(drop, n, mode);
  let hi = Math.max(mode * 1.5, mode + 10);
  while (drop(hi) < 0 && hi < maxFactor * Math.max(1, n)) hi *= 2;
  const upper = drop(hi) < 0 ? Infinity : bisect(drop, mode, hi);
  return { lower, upper, mode };
}
