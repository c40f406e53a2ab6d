/** The legal matrix as the API sends it (GET /api/cases/:id/matrix, GET /api/law). */
import type { EvidenceWhat } from "../../core/law/evidence-what.js";

export type Polarity = "supports" | "contradicts" | "context";

export interface MatrixEntry {
  readonly linkId: string;
  readonly status: "proposed" | "awaiting" | "confirmed" | "rejected";
  readonly polarity: Polarity;
  readonly weight: number;
  readonly grade: string | null;
  readonly credibility: string | null;
  readonly score: number;
  readonly origin: string;
  readonly part: { readonly id: string; readonly text: string } | null;
  readonly rationale: string;
  readonly claimId: string | null;
  readonly passageId: string | null;
  readonly sourceId: string;
  readonly label: string;
  /** What it states as data, worded in the reader's language (law-language.ts). */
  readonly what?: EvidenceWhat | null;
  readonly sourceTitle: string;
  readonly claimant: string | null;
  /** The proposal rule that made the link ("measure:killed"), null for a link a person made. */
  readonly rule?: string | null;
}

export interface SideSummary {
  readonly score: number;
  readonly origins: number;
  readonly links: number;
}

export interface MatrixRow {
  readonly position: number;
  readonly id: string;
  readonly kind: string;
  readonly text: string;
  readonly shared: boolean;
  readonly gap: "no_evidence" | "one_origin" | null;
  readonly proposed: number;
  readonly confirmed: { readonly supports: SideSummary; readonly contradicts: SideSummary };
  readonly supports: readonly MatrixEntry[];
  readonly contradicts: readonly MatrixEntry[];
  readonly context: readonly MatrixEntry[];
}

export interface CrimeMatrix {
  readonly crimeId: string;
  readonly title: string;
  readonly category: string;
  readonly lawVersion: string;
  readonly articles: readonly string[];
  readonly articleRefs?: readonly { readonly instrument: string; readonly article: string }[];
  readonly gaps: number;
  readonly contradicted: number;
  readonly rows: readonly MatrixRow[];
}

export interface Matrix {
  readonly caseId: string;
  /** Titles and element texts in Azerbaijani and Russian, by id. */
  readonly translations?: {
    readonly az: Readonly<Record<string, string>>;
    readonly ru: Readonly<Record<string, string>>;
  };
  readonly crimes: readonly CrimeMatrix[];
}

export interface LawCrime {
  readonly id: string;
  readonly title: string;
  readonly category: string;
  readonly elements: readonly {
    readonly id: string;
    readonly position: number;
    readonly text: string;
  }[];
}
