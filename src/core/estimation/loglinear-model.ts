/**
 * One hierarchical log-linear model of a capture table: main effects for every list plus the
 * interaction terms given (bitmasks of two or more lists), fitted by Poisson regression to the
 * observed cells. The unobserved cell has all indicators zero, so its fitted count is e^β₀.
 */
import type { CaptureTable } from "./capture-data.js";
import { fitPoisson, poissonDeviance } from "./poisson-irls.js";

export interface LoglinearFit {
  readonly terms: readonly number[];
  /** Fitted count of people on no list; Infinity when the MLE does not exist or runs off. */
  readonly unobserved: number;
  readonly estimate: number;
  readonly deviance: number;
  readonly df: number;
  readonly parameters: number;
  readonly aic: number;
  readonly bic: number;
  /** Standard error of the estimate (delta method, as Rcapture reports it). */
  readonly stderr: number;
  /** Why there is no finite estimate, when there is none. */
  readonly problem?: string;
}

/** Design matrix row-major over the given cells: intercept, main effects, interactions. */
export function designMatrix(
  listCount: number,
  terms: readonly number[],
  cells: readonly number[],
): Float64Array {
  const p = 1 + listCount + terms.length;
  const x = new Float64Array(cells.length * p);
  cells.forEach((h, r) => {
    x[r * p] = 1;
    for (let k = 0; k < listCount; k++) x[r * p + 1 + k] = (h >> k) & 1;
    terms.forEach((t, c) => {
      x[r * p + 1 + listCount + c] = (h & t) === t ? 1 : 0;
    });
  });
  return x;
}

/** Observed cell indices 1..2^K−1. */
export function observedCells(listCount: number): number[] {
  return Array.from({ length: 2 ** listCount - 1 }, (_, i) => i + 1);
}

/** Estimates beyond this multiple of the observed count are treated as unbounded. */
const RUNAWAY = 1e4;

/** Fits one model; a term whose margin is empty, or a runaway fit, gives no finite estimate. */
export function fitLoglinear(table: CaptureTable, terms: readonly number[]): LoglinearFit {
  const K = table.listCount;
  const cells = observedCells(K);
  const y = cells.map((h) => table.cells[h]!);
  const p = 1 + K + terms.length;
  const df = cells.length - p;
  const n = table.observed;
  const empty = terms.find((t) => cells.every((h) => (h & t) !== t || table.cells[h] === 0));
  const fit = fitPoisson(designMatrix(K, terms, cells), y, cells.length, p);
  const deviance = poissonDeviance(y, fit.fitted);
  const base = {
    terms,
    deviance,
    df,
    parameters: p,
    aic: deviance + 2 * p,
    bic: deviance + Math.log(n) * p,
  };
  const unobserved = Math.exp(fit.beta[0]!);
  let problem: string | undefined;
  if (empty !== undefined)
    problem = `no one is on all of lists ${listsOf(empty)}: that interaction cannot be estimated`;
  else if (!fit.converged || !Number.isFinite(unobserved))
    problem = "the fit did not converge: the estimate runs off to infinity";
  else if (unobserved > RUNAWAY * Math.max(1, n))
    problem = `the unobserved count runs off (more than ${RUNAWAY}× the observed)`;
  if (problem)
    return { ...base, unobserved: Infinity, estimate: Infinity, stderr: Infinity, problem };
  const v00 = fit.covariance ? fit.covariance[0]! : Number.NaN;
  const stderr = Math.sqrt(unobserved + unobserved * unobserved * v00);
  return { ...base, unobserved, estimate: n + unobserved, stderr };
}

/** Lists in a term, 1-based, e.g. "1, 3". */
export function listsOf(term: number): string {
  const out: number[] = [];
  for (let k = 0; k < 31; k++) if ((term >> k) & 1) out.push(k + 1);
  return out.join(", ");
}

/** Model notation: "[12][23]" style with list numbers, "independence" for no terms. */
export function modelName(terms: readonly number[], names?: readonly string[]): string {
  if (terms.length === 0) return "independence";
  const label = (k: number) => names?.[k] ?? `c${k + 1}`;
  return terms
    .map((t) => {
      const ks: string[] = [];
      for (let k = 0; k < 31; k++) if ((t >> k) & 1) ks.push(label(k));
      return ks.join(":");
    })
    .join(" + ");
}
