/** The API's answers as the web application reads them (see /api/openapi.json). */
import type { Standing } from "../../core/case/recognition-standing.js";
import type { ClaimLocator } from "../../core/model/locator.js";

export interface PartialDate {
  iso: string;
  precision: "year" | "month" | "day";
}

export interface SourceSummary {
  id: string;
  kind: string;
  title: string;
  authors: string[];
  organisation: string | null;
  publishedPlace: string | null;
  published: PartialDate | null;
  language: string | null;
  url: string | null;
  access: string;
  reliability: string | null;
  version: number;
  format: string;
  sha256: string | null;
  caseId: string | null;
  caseRef: string | null;
  affiliation: string | null;
  textLength: number;
  passageCount: number;
  parentId: string | null;
  parentSpan: { start: number; end: number } | null;
  createdAt: string;
  createdBy: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface Passage {
  id: string;
  seq: number;
  start: number;
  end: number;
  text: string;
}

export interface Acquisition {
  id: string;
  acquiredBy: string;
  acquiredAt: string;
  origin: string;
  originalName: string;
  tool: string;
}

export interface SourceDetail extends SourceSummary {
  caseNote: string | null;
  text: string;
  passages: Passage[];
  acquisitions: Acquisition[];
  parts: SourceSummary[];
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code?: string;
  params?: Record<string, string | number>;
  field?: string;
}

export interface Version {
  version: number;
  metadata: Record<string, unknown>;
  changes: FieldChange[];
  createdAt: string;
  createdBy: string;
  reason: string | null;
}

export type FieldValue = string | number | boolean | null;

export interface Claim {
  id: string;
  sourceId: string;
  sourceTitle: string | null;
  passageId: string | null;
  kind: string;
  start: number;
  end: number;
  text: string | null;
  prefix: string | null;
  suffix: string | null;
  /** Where the claim is in its source: a text span, a picture's region or a recording's moment. */
  locator: ClaimLocator;
  fields: Record<string, FieldValue>;
  claimant: { name: string; role: string; ref?: string | null };
  basis: string;
  derivedFrom: { kind: string; id: string } | null;
  status: string;
  origin: string;
  version: number;
  createdAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewReason: string | null;
}

export interface ClaimDetail extends Claim {
  history: {
    version: number;
    changes: FieldChange[];
    status: string;
    fields: Record<string, FieldValue>;
    claimant: Record<string, unknown>;
    at: string;
    by: string;
    reason: string | null;
  }[];
}

export interface CaseSummary {
  id: string;
  title: string;
}

/** A case's own texts in another language; any may be missing (then the original is shown). */
export interface CaseTextsTranslation {
  title?: string;
  summary?: string;
  places?: Record<string, string>;
}

export interface CaseOverview extends CaseSummary {
  summary: string;
  /** The language the case's texts are written in. */
  language?: string;
  translations?: Record<string, CaseTextsTranslation | undefined>;
  /** Claimant names by language, each beside the name as the case data writes it. */
  sources: number;
  claims: number;
  timeSpan?: { start: string; end: string | null };
  chronologySpan?: { start: string; end: string | null };
  places?: string[];
  sourcesByKind?: Record<string, number>;
}

export interface TimelineWhen {
  start: string;
  end: string | null;
  precision: string;
  approximate: boolean;
}

export interface TimeConflict {
  about: string;
  values: string[];
  claimIds: string[];
}

export interface TimelineEvent {
  id: string;
  phase: string;
  when: TimelineWhen;
  where: string[];
  what: string;
  translations?: Record<string, { what: string } | undefined>;
  /** One claim added since the case was loaded, not an entry of its chronology; `what` is its source's title. */
  claimed?: boolean;
  claimIds: string[];
  sourceIds: string[];
  conflicts: TimeConflict[];
  /** Disagreements that also concern this entry, shown in full at another entry. */
  conflictsElsewhere: { about: string; eventId: string; eventWhat: string }[];
}

export interface Timeline {
  caseId: string;
  events: TimelineEvent[];
  conflicts: TimeConflict[];
}

export interface Recognition {
  id: string;
  body: string;
  date: PartialDate | null;
  note: string | null;
  sourceId: string | null;
  instrument: string;
  /** Who speaks: a body, an office holder, or one member of a body. */
  issuer: string;
  standing: Standing;
  jurisdiction: { name: string | null; level: string; iso3166: string | null };
  qualifications: string[];
  /** The words the document's text uses, each a qualification claim tied to its passage. */
  wording: Wording[];
}

export interface Wording {
  claimId: string;
  qualification: string;
  quote: string | null;
}

/** A qualification claim as /api/cases/:id/qualifications lists it. */
export interface QualificationItem extends Wording {
  sourceId: string;
  sourceTitle: string;
  published: PartialDate | null;
  claimant: string;
  affiliation: string | null;
}

export interface SearchHit {
  sourceId: string;
  passageId: string;
  seq?: number;
  score: number;
  snippet: string;
  sourceTitle: string;
  sourceKind: string;
  published: PartialDate | null;
  start: number;
  end: number;
  /** A transcript's line: the recording and its moment. */
  moment?: { sourceId: string; start: number; end: number } | null;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
}

export interface ActivityEntry {
  seq: number;
  hash: string;
  at: string;
  action: string;
  targetType: string;
  targetId: string;
  caseId: string | null;
  /** The source the entry is about (a claim's source for a claim). */
  source: { id: string; title: string } | null;
  /** The claim the entry is about: its statement and the start of its quote. */
  claim: { id: string; caption: string } | null;
  /** What a review decided: confirm, correct or reject. */
  detail: string | null;
  reason: string | null;
  /** Who made the change; signed-in readers only. */
  actor: string | null;
}

export interface ActivityPage {
  items: ActivityEntry[];
  total: number;
  limit: number;
  offset: number;
}

/** One field's change from the version before ("unit: bodies → people"). */
export interface FieldChange {
  field: string;
  from: string | number | boolean | null;
  to: string | number | boolean | null;
}

/** A version of a source's metadata or of one of its claims, in the source's history. */
export interface HistoryEntry {
  item: { type: "source" | "claim"; id: string; caption: string | null };
  version: number;
  status: string | null;
  changes: FieldChange[];
  at: string;
  by: string;
  reason: string | null;
}

/** What a file says about itself, detected before it is added. */
export interface DetectedMetadata {
  title: string;
  authors: string[];
  organisation: string | null;
  published: string | null;
  language: string | null;
  found: Record<string, string>;
  format: string;
  warnings: string[];
}

export interface Person {
  name: string;
  roles: string[];
  sourceIds: string[];
  claimIds: string[];
}

export interface IngestOutcome {
  status: "created" | "duplicate";
  source: SourceSummary;
  acquisitionId: string;
  parts: number;
  claims: number;
}

/** A media source's record (GET /api/sources/:id/media). */
export interface MediaInfo {
  sourceId: string;
  kind: "image" | "video" | "audio";
  format: string;
  width: number | null;
  height: number | null;
  durationSeconds: number | null;
  derivatives: { role: string; seq: number; mediaType: string }[];
}

/** A recording's transcripts (GET /api/sources/:id/transcripts). */
export interface Transcripts {
  mediaSourceId: string;
  transcripts: {
    sourceId: string;
    format: string;
    cues: { passageId: string; seq: number; start: number; end: number; text: string }[];
  }[];
}

/** A consent a person gave (or withdrew), as `/api/cases/:id/persons` gives it. */
export interface Consent {
  id: string;
  scope: string;
  givenOn: string;
  note: string | null;
  recordedAt: string;
  recordedBy: string;
  withdrawnAt: string | null;
  withdrawnBy: string | null;
}

/** A person of a case under protection or with consents recorded (only reviewers get these). */
export interface CasePerson {
  id: string;
  name: string;
  pseudonym: string;
  protected: boolean;
  namedPublicly: boolean;
  consents: Consent[];
}
