/** What every estimation method returns: plain data, ready for JSON. */

export type EstimationMethod = "loglinear" | "dga" | "lcmcr";

/** Why there is no estimate: no one recorded, no one on two lists, groups of lists apart. */
export type NoEstimateCode = "empty" | "no-overlap" | "separate-groups";

export interface EstimateResult {
  /** Estimated total population (observed + unobserved); null when it does not exist. */
  readonly estimate: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  readonly method: EstimationMethod;
  /** The chosen model, or a description of the model averaging. */
  readonly model: string;
  readonly observed: number;
  readonly warnings: readonly string[];
  /**
   * Why there is no estimate at all, when the lists carry no information about the people none
   * of them saw (no one is on two lists): every method then says so rather than let a model or a
   * prior invent a number.
   */
  readonly noEstimate?: string;
  readonly noEstimateCode?: NoEstimateCode;
  /** Method-specific detail (model table, posterior summaries). */
  readonly details?: Readonly<Record<string, unknown>>;
}

/** Rounds for presentation without hiding that a value is unbounded. */
export function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
