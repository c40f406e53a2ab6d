/**
 * The output contract of the figures computation: per measure, every claim with who says it and
 * when, how many independent origins stand behind the figures, and computed disagreement flags.
 * Nothing here ever names a "true" value.
 */
import type { Affiliation, FigureScope } from "../case/index.js";
import type {
  Basis,
  DatePrecision,
  Hedge,
  Measure,
  ProvenanceLink,
  Subgroup,
  Unit,
} from "../model/index.js";

/** A step of a claim's chain to its origin, with a name to show. */
export interface NamedStep {
  readonly kind: ProvenanceLink["kind"];
  readonly id: string;
  readonly name: string;
}

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
  /** What the claimant says the figure rests on. */
  readonly basis: Basis;
  /** The claim, source or claimant this claim passes on; null when it is an original statement. */
  readonly derivedFrom: ProvenanceLink | null;
  /** From the first derivedFrom target to the origin (always the last step). */
  readonly chain: readonly NamedStep[];
  /** The origin's key ("claimant:ID"); claims with one origin are not independent. */
  readonly origin: string;
  readonly originName: string;
  readonly originAffiliation: Affiliation;
  readonly publisher: string;
  readonly publisherAffiliation: Affiliation;
  /** ISO date the document was published, or the earliest it can have been (see publishedBound). */
  readonly published: string | null;
  readonly publishedPrecision: DatePrecision | null;
  /** True when `published` is a lower bound (notBefore, or the compilation that printed it). */
  readonly publishedBound: boolean;
  /** A reviewer's reliability grade of the source (A–F); null when ungraded. */
  readonly reliability: string | null;
  /** A reviewer's credibility grade of the claim (1–6); null when ungraded. */
  readonly credibility: string | null;
}

/** One origin and every claim of the measure that rests on it. */
export interface OriginGroup {
  readonly origin: string;
  readonly originName: string;
  readonly affiliation: Affiliation;
  readonly claimIds: readonly string[];
  /** Source documents carrying its figures, oldest first. */
  readonly documents: readonly string[];
  /** Claimants who pass it on (not the origin itself). */
  readonly via: readonly string[];
}

/** One stated value of one comparison group, and how many independent origins state it. */
export interface ValueOrigins {
  readonly subgroup: Subgroup | null;
  readonly aspect: string | null;
  readonly label: string;
  readonly claimIds: readonly string[];
  readonly origins: readonly string[];
  readonly independentOrigins: number;
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
  /** For changed_over_time: the claimant (its id) whose own figure changed. */
  readonly claimant?: string;
  /** For cross_measure: the other measures the same number appears under. */
  readonly otherMeasures?: readonly Measure[];
}

export interface ChartPoint {
  readonly claimId: string;
  readonly published: string;
  readonly min: number | null;
  readonly max: number | null;
  readonly origin: string;
  readonly affiliation: Affiliation;
  readonly reliability: string | null;
  readonly credibility: string | null;
}

export interface FigureGroup {
  readonly subgroup: Subgroup | null;
  readonly aspect: string | null;
  readonly spread: { readonly min: number; readonly max: number } | null;
  readonly independentOrigins: number;
  readonly claimIds: readonly string[];
}

export interface MeasureFindings {
  readonly measure: Measure;
  readonly claims: readonly FigureRow[];
  /** Lowest and highest bound over whole-event claims of everyone or of civilians (no aspect). */
  readonly spread: { readonly min: number; readonly max: number } | null;
  /** Distinct origins behind all claims of the measure (repetitions count once). */
  readonly independentOrigins: number;
  readonly independentAffiliations: number;
  readonly origins: readonly OriginGroup[];
  /** Every stated value per comparison group with its independent origins. */
  readonly values: readonly ValueOrigins[];
  readonly groups: readonly FigureGroup[];
  readonly flags: readonly FigureFlag[];
  readonly chart: readonly ChartPoint[];
}
