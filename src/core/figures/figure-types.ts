/**
 * The output contract of the figures computation: per measure, every claim with who says it and
 * when, how many independent claimants stand behind the figures, and computed disagreement flags.
 * Nothing here ever names a "true" value.
 */
import type { Affiliation, FigureScope } from "../case/index.js";
import type { DatePrecision, Hedge, Measure, Subgroup, Unit } from "../model/index.js";

export interface FigureRow {
  readonly claimId: string;
  readonly sourceId: string;
  readonly min: number | null;
  readonly max: number | null;
  readonly hedge: Hedge;
  /** The figure as stated, compactly: "613", "≈200", "≥161", ">450", "≤500", "<100", "500–1000". */
  readonly label: string;
  readonly subgroup: Subgroup | null;
  readonly aspect: string | null;
  readonly scope: FigureScope;
  readonly unit: Unit;
  readonly claimant: string;
  readonly claimantName: string;
  readonly affiliation: Affiliation;
  /** The original claimant after following derivedFrom links; equals claimant when original. */
  readonly originalClaimant: string;
  readonly publisher: string;
  readonly publisherAffiliation: Affiliation;
  /** ISO date the document was published, or the earliest it can have been (see publishedBound). */
  readonly published: string | null;
  readonly publishedPrecision: DatePrecision | null;
  /** True when `published` is a lower bound (notBefore, or the compilation that printed it). */
  readonly publishedBound: boolean;
  readonly reliability: string | null;
}

export interface ClaimantChain {
  readonly claimant: string;
  readonly claimantName: string;
  readonly affiliation: Affiliation;
  /** Claimants that only repeat this one (derivedFrom), themselves included. */
  readonly via: readonly string[];
  /** Source documents carrying this claimant's figures, oldest first. */
  readonly documents: readonly string[];
}

export type FlagType = "value_conflict" | "cross_measure" | "changed_over_time";

export interface FigureFlag {
  readonly type: FlagType;
  readonly measure: Measure;
  readonly subgroup: Subgroup | null;
  readonly aspect: string | null;
  /** Distinct stated values, in first-seen (or, over time, chronological) order. */
  readonly values: readonly string[];
  readonly claimIds: readonly string[];
  /** Whether every stated interval shares a common point: a spread of estimates, not a contradiction. */
  readonly overlap: boolean;
  /** For changed_over_time: the original claimant whose figure changed. */
  readonly claimant?: string;
  /** For cross_measure: the other measures the same number appears under. */
  readonly otherMeasures?: readonly Measure[];
}

export interface ChartPoint {
  readonly claimId: string;
  readonly published: string;
  readonly min: number | null;
  readonly max: number | null;
  readonly claimant: string;
  readonly affiliation: Affiliation;
}

export interface FigureGroup {
  readonly subgroup: Subgroup | null;
  readonly aspect: string | null;
  readonly spread: { readonly min: number; readonly max: number } | null;
  readonly independentClaimants: number;
  readonly claimIds: readonly string[];
}

export interface MeasureFindings {
  readonly measure: Measure;
  readonly claims: readonly FigureRow[];
  /** Lowest and highest bound over whole-event claims of everyone or of civilians (no aspect). */
  readonly spread: { readonly min: number; readonly max: number } | null;
  readonly independentClaimants: number;
  readonly independentAffiliations: number;
  readonly chains: readonly ClaimantChain[];
  readonly groups: readonly FigureGroup[];
  readonly flags: readonly FigureFlag[];
  readonly chart: readonly ChartPoint[];
}
