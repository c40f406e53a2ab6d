/** One entry point for every estimation method, as the CLI and services call it. */
import { type CaptureHistory, type CaptureTable, captureTable } from "./capture-data.js";
import { captureWarnings } from "./capture-warnings.js";
import { estimateDga } from "./dga-estimate.js";
import type { EstimateResult, EstimationMethod, NoEstimateCode } from "./estimate-result.js";
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
  const none = noInformation(table, options.listNames);
  if (none)
    return {
      estimate: null,
      lower: null,
      upper: null,
      method,
      model: "no estimate",
      observed: table.observed,
      warnings: captureWarnings(table, options.listNames),
      noEstimate: none.reason,
      noEstimateCode: none.code,
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

/** Why the data say nothing about the unseen: a code for translation and a sentence. */
export interface NoInformation {
  readonly code: NoEstimateCode;
  readonly reason: string;
}

/**
 * Why these capture histories say nothing about the unseen, or null when they do. Every method
 * estimates the people no list saw from how the lists overlap. Join two lists when someone is on
 * both: if the lists that recorded anyone do not all end up joined, some group of lists shares no
 * one with the rest, and nothing in the data says how many people that group and the rest both
 * missed (for two lists that never meet the two-list estimate is infinite; a Bayesian model would
 * return only its prior). Identifiability fails, so no method may give a number.
 */
export function noInformation(
  table: CaptureTable,
  listNames: readonly string[] = [],
): NoInformation | null {
  if (table.observed === 0) return { code: "empty", reason: "the lists hold no one" };
  const k = table.listCount;
  const parent = Array.from({ length: k }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    return root;
  };
  const recorded = new Array<boolean>(k).fill(false);
  let onSeveral = 0;
  for (let h = 1; h < table.cells.length; h++) {
    if ((table.cells[h] ?? 0) === 0) continue;
    const members = [...Array(k).keys()].filter((j) => (h >> j) & 1);
    for (const j of members) recorded[j] = true;
    if (members.length > 1) onSeveral += table.cells[h]!;
    for (const j of members.slice(1)) parent[find(j)] = find(members[0]!);
  }
  if (onSeveral === 0)
    return {
      code: "no-overlap",
      reason:
        "no one is on more than one list, so the lists carry no information about the people none of them recorded",
    };
  const groups = new Map<number, string[]>();
  for (let j = 0; j < k; j++)
    if (recorded[j]) {
      const root = find(j);
      groups.set(root, [...(groups.get(root) ?? []), listNames[j] ?? `list ${j + 1}`]);
    }
  if (groups.size > 1)
    return {
      code: "separate-groups",
      reason: `the lists fall into groups that share no one (${[...groups.values()].map((g) => g.join(" + ")).join("; ")}), so the lists carry no information about how many people the groups both missed`,
    };
  return null;
}
