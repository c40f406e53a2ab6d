/**
 * Log-linear multiple systems estimation: fit the hierarchical models, choose by BIC (or AIC)
 * among those whose estimate exists, and give a profile-likelihood interval for the total.
 */
import type { CaptureTable } from "./capture-data.js";
import { captureWarnings } from "./capture-warnings.js";
import { type EstimateResult, finiteOrNull } from "./estimate-result.js";
import { addableTerms, exhaustiveModels } from "./hierarchical-models.js";
import { fitLoglinear, type LoglinearFit, modelName } from "./loglinear-model.js";
import { profileInterval } from "./profile-interval.js";

export interface LoglinearOptions {
  readonly criterion?: "bic" | "aic";
  /** Fit exactly these terms instead of selecting (bitmasks of lists, e.g. 0b011 = lists 1 and 2). */
  readonly terms?: readonly number[];
  readonly listNames?: readonly string[];
  readonly onProgress?: (done: number, total: number) => void;
}

const score = (f: LoglinearFit, criterion: "bic" | "aic") => (criterion === "bic" ? f.bic : f.aic);

/** Forward search from the best of `start`: add the term that lowers the criterion most. */
function forwardSearch(
  table: CaptureTable,
  start: LoglinearFit,
  criterion: "bic" | "aic",
  seen: LoglinearFit[],
): void {
  let best = start;
  for (;;) {
    let improved: LoglinearFit | undefined;
    for (const t of addableTerms(table.listCount, best.terms)) {
      const fit = fitLoglinear(table, [...best.terms, t]);
      seen.push(fit);
      if (score(fit, criterion) < score(improved ?? best, criterion)) improved = fit;
    }
    if (!improved) return;
    best = improved;
  }
}

/** All fitted candidate models, best first by the criterion. */
export function fitCandidates(table: CaptureTable, options: LoglinearOptions = {}): LoglinearFit[] {
  const criterion = options.criterion ?? "bic";
  if (options.terms) return [fitLoglinear(table, options.terms)];
  const family = exhaustiveModels(table.listCount);
  const fits: LoglinearFit[] = [];
  if (family) {
    family.forEach((terms, i) => {
      fits.push(fitLoglinear(table, terms));
      options.onProgress?.(i + 1, family.length);
    });
  }
  // Beyond two-way terms for 5 lists, and everything for 6, by forward search.
  if (table.listCount >= 5) {
    const start =
      fits.length > 0
        ? [...fits].sort((a, b) => score(a, criterion) - score(b, criterion))[0]!
        : fitLoglinear(table, []);
    if (fits.length === 0) fits.push(start);
    forwardSearch(table, start, criterion, fits);
  }
  return fits.sort((a, b) => score(a, criterion) - score(b, criterion));
}

/**
 * Estimates the total from a capture table with log-linear models.
 * @example estimateLoglinear(captureTable(histories)).estimate
 */
export function estimateLoglinear(
  table: CaptureTable,
  options: LoglinearOptions = {},
): EstimateResult {
  const names = options.listNames;
  const warnings = captureWarnings(table, names);
  const fits = fitCandidates(table, options);
  const valid = fits.filter((f) => f.problem === undefined);
  const better = fits.indexOf(valid[0]!);
  if (valid.length === 0) {
    const first = fits[0]!;
    return {
      estimate: null,
      lower: null,
      upper: null,
      method: "loglinear",
      model: modelName(first.terms, names),
      observed: table.observed,
      warnings: [...warnings, `no model gives a finite estimate: ${first.problem}`],
      details: { models: fits.slice(0, 20).map((f) => summary(f, names)) },
    };
  }
  const chosen = valid[0]!;
  if (better > 0) {
    warnings.push(
      `${better} model(s) fitting better by ${options.criterion ?? "bic"} have no finite estimate`,
    );
  }
  const ci = profileInterval(table, chosen.terms, chosen.estimate);
  if (!Number.isFinite(ci.upper)) warnings.push("the upper end of the interval is unbounded");
  return {
    estimate: chosen.estimate,
    lower: ci.lower,
    upper: finiteOrNull(ci.upper),
    method: "loglinear",
    model: modelName(chosen.terms, names),
    observed: table.observed,
    warnings,
    details: { stderr: chosen.stderr, models: fits.slice(0, 20).map((f) => summary(f, names)) },
  };
}

function summary(f: LoglinearFit, names?: readonly string[]) {
  return {
    model: modelName(f.terms, names),
    estimate: finiteOrNull(f.estimate),
    deviance: f.deviance,
    df: f.df,
    aic: f.aic,
    bic: f.bic,
    ...(f.problem && { problem: f.problem }),
  };
}
