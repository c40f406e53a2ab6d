/** The API's answers as the web application reads them (see /api/openapi.json). */
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
}
