/**
 * The shape of a reference case as data (cases/<id>/*.json). Every figure, time and
 * qualification points to the exact passage that states it by offsets and a hash of the quoted
 * words, never the words themselves: the sources are not ours to copy.
 */
import type {
  AccessLevel,
  Basis,
  FigureFields,
  PartialDate,
  ProvenanceLink,
  SourceKind,
  TimePrecision,
} from "../model/index.js";
import type { Translations } from "./read-translations.js";
import type {
  Affiliation,
  ClaimantKind,
  EventPhase,
  FigureScope,
  Instrument,
  Issuer,
  JurisdictionLevel,
  Qualification,
} from "./vocabulary.js";

/** A half-open span [start, end) in UTF-16 code units of a corpus file decoded as UTF-8. */
export interface FileSpan {
  readonly file: string;
  readonly start: number;
  readonly end: number;
}

/** A claim's anchor: the span plus the SHA-256 of the quoted words, to detect drift. */
export interface QuoteLocator extends FileSpan {
  readonly quoteSha256: string;
}

export interface CorpusFile {
  readonly name: string;
  readonly sha256: string;
  /** Length in UTF-16 code units, so offsets can be checked without the file. */
  readonly length: number;
  readonly description: string;
}

/** A case's title, summary and place names in another language (any of them may be left out). */
export interface CaseInfoTexts {
  readonly title?: string;
  readonly summary?: string;
  readonly places?: Readonly<Record<string, string>>;
}

export interface CaseInfo {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** The language the case's own texts are written in (BCP 47; "en" when not given). */
  readonly language?: string;
  readonly translations?: Translations<CaseInfoTexts>;
  /** When the event itself happened. */
  readonly timeSpan: { readonly start: string; readonly end: string };
  /** The span the chronology covers, from the blockade to the latest aftermath entry. */
  readonly chronologySpan: { readonly start: string; readonly end: string };
  readonly places: readonly string[];
  readonly corpus: readonly CorpusFile[];
}

export interface SourceRecord {
  readonly id: string;
  readonly kind: SourceKind;
  readonly title: string;
  readonly outlet: string | null;
  readonly author: string | null;
  readonly publishedPlace: string | null;
  readonly published: PartialDate | null;
  /** Earliest possible date when the source gives none of its own. */
  readonly notBefore: PartialDate | null;
  readonly language: string;
  readonly originalLanguage: string | null;
  readonly parent: string | null;
  readonly locator: FileSpan;
  /** Further spans of the same source elsewhere in the file (footnotes moved by the layout). */
  readonly extraSpans: readonly FileSpan[];
  readonly access: AccessLevel;
  readonly affiliation: Affiliation;
  readonly publisherClaimant: string;
  readonly note: string | null;
}

export interface ClaimantRecord {
  readonly id: string;
  readonly name: string;
  readonly kind: ClaimantKind;
  readonly affiliation: Affiliation;
  readonly note: string | null;
  /** The name in the interface's other languages, when the case data gives it. */
  readonly translations?: Translations<{ readonly name: string }>;
}

interface ClaimBase {
  readonly id: string;
  readonly sourceId: string;
  readonly claimantId: string;
  /** What the claimant says the claim rests on. */
  readonly basis: Basis;
  /** The claim, source or claimant it passes on (in JSON `{"claim": id}` and so on), or null. */
  readonly derivedFrom: ProvenanceLink | null;
  readonly locator: QuoteLocator;
  readonly status: "confirmed" | "proposed" | "rejected";
  readonly reviewer: string;
  readonly reviewedAt: string;
  readonly note: string | null;
  /** A reviewer's explanation, per case-check finding class, of why a finding stands. */
  readonly checkNotes: Readonly<Record<string, string>>;
}

/** A figure claim: the fields of any figure (model/claim.ts), with what a reviewed case adds. */
export interface FigureClaim extends ClaimBase, FigureFields {
  readonly kind: "figure";
  /** Narrows the measure (cause of death, where counted); claims group by measure+subgroup+aspect. */
  readonly aspect: string | null;
  readonly scope: FigureScope;
}

export interface TimeClaim extends ClaimBase {
  readonly kind: "time";
  /** What happened at that time, as a short key (shelling_start, infantry_entry …). */
  readonly about: string;
  readonly startIso: string;
  readonly endIso: string | null;
  readonly precision: TimePrecision;
  readonly approximate: boolean;
}

export interface QualificationClaim extends ClaimBase {
  readonly kind: "qualification";
  readonly qualification: Qualification;
}

export type CaseClaim = FigureClaim | TimeClaim | QualificationClaim;

export interface ExcludedFigure {
  readonly id: string;
  readonly sourceId: string;
  readonly locator: QuoteLocator;
  readonly reason: string;
}

export interface CaseEvent {
  readonly id: string;
  readonly phase: EventPhase;
  readonly when: {
    readonly start: string;
    readonly end: string | null;
    readonly precision: TimePrecision;
    readonly approximate: boolean;
  };
  readonly where: readonly string[];
  readonly what: string;
  readonly translations?: Translations<{ readonly what: string }>;
  readonly claimIds: readonly string[];
  readonly sourceIds: readonly string[];
}

export interface FlightRoute {
  readonly id: string;
  readonly description: string;
  readonly translations?: Translations<{ readonly description: string }>;
  readonly places: readonly string[];
  readonly claimIds: readonly string[];
  readonly sourceIds: readonly string[];
}

export interface Recognition {
  readonly id: string;
  readonly body: string;
  readonly jurisdiction: {
    readonly name: string | null;
    readonly level: JurisdictionLevel;
    readonly iso3166: string | null;
  };
  readonly date: PartialDate | null;
  readonly instrument: Instrument;
  readonly issuer: Issuer;
  readonly qualifications: readonly Qualification[];
  readonly sourceId: string;
  readonly note: string | null;
}

/** A whole case, validated. */
export interface CaseData {
  readonly info: CaseInfo;
  readonly sources: readonly SourceRecord[];
  readonly claimants: readonly ClaimantRecord[];
  readonly claims: readonly CaseClaim[];
  readonly excluded: readonly ExcludedFigure[];
  readonly events: readonly CaseEvent[];
  readonly routes: readonly FlightRoute[];
  readonly recognitions: readonly Recognition[];
}

/** The file names a case directory holds, keyed by the part of CaseData each becomes. */
export const CASE_FILES = {
  info: "case.json",
  sources: "sources.json",
  claimants: "claimants.json",
  claims: "claims.json",
  excluded: "excluded.json",
  events: "events.json",
  routes: "routes.json",
  recognitions: "recognitions.json",
} as const;
export type CasePart = keyof typeof CASE_FILES;
