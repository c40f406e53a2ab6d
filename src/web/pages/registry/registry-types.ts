/** The registry's answers as the web application reads them (see /api/openapi.json, tag registry). */
export interface BadRow {
  line: number;
  reason: string;
}

export interface PersonList {
  id: string;
  name: string;
  caseId: string | null;
  fileName: string;
  sha256: string;
  access: string;
  recordCount: number;
  badRowCount: number;
  mapping: Record<string, string>;
  createdAt: string;
  createdBy: string;
}

export interface PersonRecord {
  id: string;
  rowNumber: number;
  key: string;
  fields: Record<string, string>;
  original: Record<string, string>;
}

export interface PersonListDetail extends PersonList {
  header: string[];
  badRows: BadRow[];
  records: { items: PersonRecord[]; total: number; limit: number; offset: number };
}

export interface ListImport {
  list: PersonList;
  badRows: BadRow[];
}

/** What an import would read: each column's field (null: left out) and the first rows. */
export interface ListPreview {
  fileName: string;
  columns: { header: string; field: string | null; id: boolean }[];
  rows: string[][];
  rowCount: number;
  hasName: boolean;
}

export interface ListRef {
  id: string;
  name: string;
  records: number;
}

export interface LinkageRun {
  runId: string;
  lists: ListRef[];
  parameters: { threshold: number; mode: string; eventYear: number | null; seed: number | null };
  records: number;
  pairsCompared: number;
  links: number;
  proposed: number;
  alreadyReviewed: number;
  candidates: number;
  replaced: number;
  clusters: number;
}

export interface LinkedRecord {
  id: string;
  listId: string;
  listName: string;
  rowNumber: number;
  key: string;
  fields: Record<string, string>;
}

export interface PersonLink {
  id: string;
  /** Null for a link made by hand. */
  runId: string | null;
  /** The model's probability; null for a link made by hand. */
  probability: number | null;
  origin: "model" | "manual";
  /** Who made a link by hand. */
  createdBy: string | null;
  status: string;
  /** The last reviewer; while the link awaits a second review, the one who confirmed it first. */
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewReason: string | null;
  left: LinkedRecord;
  right: LinkedRecord;
}

export interface Histories {
  lists: ListRef[];
  rows: { pattern: number[]; count: number }[];
  records: number;
  confirmedLinks: number;
  people: number;
}

export interface EstimateResult {
  method: string;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  model: string | null;
  observed: number;
  warnings: string[];
  error: string | null;
  /** Why the lists carry no information about the unseen; null when they do. */
  noEstimate: "empty" | "no-overlap" | "separate-groups" | null;
}

export interface Estimates {
  seed: number;
  histories: Histories;
  results: EstimateResult[];
}

export interface LinkHistory {
  id: string;
  origin: string;
  status: string;
  items: {
    version: number;
    status: "proposed" | "candidate" | "awaiting" | "confirmed" | "rejected";
    at: string;
    /** Null: the linkage run. */
    by: string | null;
    reason: string | null;
  }[];
}

export interface RecordSearchResult {
  list: { id: string; name: string };
  items: PersonRecord[];
  total: number;
}
