/** One entry point for every estimation method, as the CLI and services call it. */
import { type CaptureHistory, type CaptureTable, captureTable } from "./capture-data.js";
import { captureWarnings } from "./capture-warnings.js";
import { estimateDga } from "./dga-estimate.js";
import type { EstimateResult, EstimationMethod } from "./estimate-result.js";
import { estimateLcmcr } from "./lcmcr-estimate.js";
import { estimateLoglinear } from "./loglinear-estimate.js";

export interface EstimateOptions {
  readonly method?: EstimationMethod;
  readonly seed?: number;
  readonly listNames?: readonly string[];
  /** Model choice for log-linear models. Default "bic". */
  readonly criterion?: "bic" | "aic";
  /** LCMCR iterations after burn-in. */
  readonly iterations?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Estimates the total number of people from capture histories.
 * @example estimate([{ lists: [1, 1], count: 40 }, { lists: [1, 0], count: 60 }, { lists: [0, 1], count: 20 }])
 */
export function estimate(
  histories: readonly CaptureHistory[],
  options: EstimateOptions = {},
): EstimateResult {
  const table = captureTable(histories);
  const method = options.method ?? "loglinear";
  const none = noInformation(table);
  if (none)
    return {
      estimate: null,
      lower: null,
      upper: null,
      method,
      model: "no estimate",
      observed: table.observed,
      warnings: [none, ...captureWarnings(table, options.listNames)],
      noEstimate: none,
    };
  const common = {
    ...(options.listNames && { listNames: options.listNames }),
    ...(options.onProgress && { onProgress: options.onProgress }),
  };
  switch (method) {
    case "loglinear":
      return estimateLoglinear(table, {
        ...common,
        ...(options.criterion && { criterion: options.criterion }),
      });
    case "dga":
      return estimateDga(table, common);
    case "lcmcr":
      return estimateLcmcr(table, {
        ...common,
        ...(options.seed !== undefined && { seed: options.seed }),
        ...(options.iterations !== undefined && { iterations: options.iterations }),
      });
  }
}

/**
 * Why these capture histories say nothing about the unseen, or null when they do. Every method
 * estimates the people no list saw from how the lists overlap; with no one on two lists there is
 * no overlap to learn from (two lists that never meet give an infinite two-list estimate, and a
 * Bayesian model would return only its prior).
 */
export function noInformation(table: CaptureTable): string | null {
  if (table.observed === 0) return "the lists hold no one";
  let onSeveral = 0;
  for (let h = 1; h < table.cells.length; h++)
    if ((h & (h - 1)) !== 0) onSeveral += table.cells[h] ?? 0;
  if (onSeveral === 0)
    return "no one is on more than one list, so the lists carry no information about the people none of them recorded";
  return null;
}
