/**
 * Vocabularies of the case data that the shared model does not already define: who publishes
 * (affiliation), what a source or body calls the event (qualification), and the kind of
 * instrument a recognition is.
 */
export const AFFILIATIONS = [
  "independent_ngo",
  "intergovernmental",
  "azerbaijani_state",
  "armenian_state",
  "press",
  "scholar",
  "witness",
  "foreign_state",
  "foreign_legislature",
  "court",
] as const;
export type Affiliation = (typeof AFFILIATIONS)[number];

export const QUALIFICATIONS = [
  "massacre",
  "tragedy",
  "war_crime",
  "crime_against_humanity",
  "genocide",
  "ethnic_cleansing",
  "ihl_violation",
] as const;
export type Qualification = (typeof QUALIFICATIONS)[number];

export const INSTRUMENTS = [
  "resolution",
  "proclamation",
  "message",
  "memorial",
  "statement",
  "communique",
  "court_finding",
  "remark",
  "unspecified",
] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

/**
 * Who speaks in a recognition: a body (a parliament, court, government or organisation, acting
 * as such), an office holder acting in office (a governor's proclamation), or one member of a
 * body speaking for themself (a legislator's remark on the floor).
 */
export const ISSUERS = ["body", "office_holder", "member"] as const;
export type Issuer = (typeof ISSUERS)[number];

export const JURISDICTION_LEVELS = [
  "country",
  "subnational",
  "local",
  "organisation",
  "unknown",
] as const;
export type JurisdictionLevel = (typeof JURISDICTION_LEVELS)[number];

export const CLAIMANT_KINDS = [
  "organisation",
  "body",
  "person",
  "group",
  "outlet",
  "record",
] as const;
export type ClaimantKind = (typeof CLAIMANT_KINDS)[number];

export const FIGURE_SCOPES = ["total", "partial"] as const;
/** "total": a count of the whole event; "partial": one site, truck, cell or group. */
export type FigureScope = (typeof FIGURE_SCOPES)[number];

export const EVENT_PHASES = ["before", "night", "aftermath"] as const;
export type EventPhase = (typeof EVENT_PHASES)[number];

export const TIME_PRECISIONS = ["year", "month", "day", "hour", "minute", "night"] as const;

/** The one vocabulary check every validator uses. */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (list as readonly string[]).includes(value);
}
