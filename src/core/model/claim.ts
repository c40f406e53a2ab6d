/**
 * Claims: one thing a source says, anchored to its exact span. The vocabularies below are the
 * contract shared by extraction, review, the reference case and the API.
 */
import type { Basis, ProvenanceLink } from "./provenance.js";
import type { Span } from "./span.js";

export const MEASURES = [
  "killed",
  "wounded",
  "hostage",
  "missing",
  "displaced",
  "buried",
  "bodies_recovered",
  "forensic_examined",
  "mutilated",
  "died_of_exposure",
  "orphaned_both",
  "orphaned_one",
  "families_destroyed",
  "disabled",
  "population",
  "detained",
  "survivors",
  /** Protesters, strikers, marchers, a crowd: how many took part. */
  "participants",
  /** Killed and wounded counted together ("casualties"). */
  "casualties",
  "other",
] as const;
export type Measure = (typeof MEASURES)[number];

const MEASURE_SET: ReadonlySet<string> = new Set(MEASURES);
/** Whether a word from outside (a query, a stored model) names one of the measures. */
export const isMeasure = (value: string): value is Measure => MEASURE_SET.has(value);

export const HEDGES = [
  "exact",
  "approx",
  "at_least",
  "more_than",
  "at_most",
  "less_than",
  "range",
] as const;
export type Hedge = (typeof HEDGES)[number];

export const SUBGROUPS = [
  "women",
  "children",
  "elderly",
  "men",
  "civilians",
  "combatants",
  "families",
  "other",
] as const;
export type Subgroup = (typeof SUBGROUPS)[number];

export const UNITS = ["people", "families", "bodies", "other"] as const;
export type Unit = (typeof UNITS)[number];

export const CLAIM_KINDS = [
  "figure",
  "time",
  "place",
  "actor",
  "qualification",
  "statement",
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const CLAIM_STATUSES = ["proposed", "awaiting", "confirmed", "rejected"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** The kinds of speaker a claimant can be: the publisher itself, or someone it quotes. */
export const CLAIMANT_ROLES = [
  "publisher",
  "official",
  "organisation",
  "witness",
  "body",
  "person",
  "other",
] as const;

/** Who states a claim inside a source: the publisher itself or someone it quotes. */
export interface Claimant {
  readonly name: string;
  /** "publisher" when the source speaks in its own voice; otherwise the kind of quoted speaker. */
  readonly role: (typeof CLAIMANT_ROLES)[number];
  /** The span of the attribution phrase that names the claimant, when there is one. */
  readonly span?: Span;
}

export interface FigureFields {
  readonly measure: Measure;
  /**
   * Bounds as stated; null when open. "613" → 613/613 exact; "about 200" → 200/200 approx;
   * "at least 100" and "more than 100" → 100/null; "up to 1,000" and "less than 50" → null/1000
   * and null/50; "500-1,000" → 500/1000 range.
   */
  readonly min: number | null;
  readonly max: number | null;
  readonly hedge: Hedge;
  readonly subgroup: Subgroup | null;
  readonly unit: Unit;
}

export type TimePrecision = "year" | "month" | "day" | "hour" | "minute" | "night";

export interface TimeFields {
  /** ISO 8601 start, as precise as the text allows ("1992-02-25T23:00"). */
  readonly startIso: string;
  readonly endIso: string | null;
  readonly precision: TimePrecision;
  readonly approximate: boolean;
  /** The offset from UTC the source gives with the time ("+04:00", "Z"), when it gives one. */
  readonly utcOffset?: string;
}

export interface PlaceFields {
  /** Gazetteer id, or null when the name is not in the gazetteer. */
  readonly placeId: string | null;
  readonly name: string;
  /** A position the source states itself (e.g. a photo's GPS), when not a gazetteer place. */
  readonly coordinates?: { readonly lat: number; readonly lon: number };
}

export interface ActorFields {
  readonly actorType: "organisation" | "unit" | "person" | "state" | "body";
  readonly name: string;
}

export type ClaimFields =
  | ({ readonly kind: "figure" } & FigureFields)
  | ({ readonly kind: "time" } & TimeFields)
  | ({ readonly kind: "place" } & PlaceFields)
  | ({ readonly kind: "actor" } & ActorFields)
  | { readonly kind: "qualification"; readonly qualification: string }
  | { readonly kind: "statement"; readonly summary: string };

/** A claim as proposed by extraction: fields, exact span, claimant, and what it rests on. */
export type ProposedClaim = ClaimFields & {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly claimant: Claimant;
  readonly provenance: { readonly basis: Basis; readonly derivedFrom: ProvenanceLink | null };
};

function checkBound(name: "min" | "max", value: number | null): void {
  if (value !== null && (!Number.isFinite(value) || value < 0)) {
    throw new RangeError(`figure ${name} must be a number ≥ 0, got ${value}`);
  }
}

/**
 * Validates the numeric part of a figure: non-negative finite numbers, min ≤ max, and a hedge
 * consistent with the bounds. Returns the figure frozen; throws a RangeError naming the problem.
 */
export function makeFigure(fields: FigureFields): FigureFields {
  const { min, max, hedge } = fields;
  checkBound("min", min);
  checkBound("max", max);
  if (min === null && max === null) throw new RangeError("a figure needs min or max");
  if (min !== null && max !== null && max < min) {
    throw new RangeError(`figure max (${max}) is below min (${min})`);
  }
  const open =
    hedge === "at_least" || hedge === "more_than"
      ? "max"
      : hedge === "at_most" || hedge === "less_than"
        ? "min"
        : null;
  if (open === "max" && max !== null) throw new RangeError(`a "${hedge}" figure has no max`);
  if (open === "min" && min !== null) throw new RangeError(`a "${hedge}" figure has no min`);
  if (open === null && (min === null || max === null)) {
    throw new RangeError(`a "${hedge}" figure needs both min and max`);
  }
  if (hedge === "range" && min === max) throw new RangeError("a range figure needs max > min");
  if ((hedge === "exact" || hedge === "approx") && min !== max) {
    throw new RangeError(`an "${hedge}" figure needs max = min`);
  }
  // Built field by field, in the type's order: V8 freezes a spread copy (`{ ...fields }`) about
  // ten times slower, and the extractor makes one figure per number it reads.
  return Object.freeze({
    measure: fields.measure,
    min,
    max,
    hedge,
    subgroup: fields.subgroup,
    unit: fields.unit,
  });
}
