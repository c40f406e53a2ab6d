/** One entry point for every estimation method, as the CLI and services call it. */
import { type CaptureHistory, captureTable } from "./capture-data.js";
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
  const common = {
    ...(options.listNames && { listNames: options.listNames }),
    ...(options.onProgress && { onProgress: options.onProgress }),
  };
  switch (options.method ?? "loglinear") {
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
