/**
 * A brief as data: every statement carries the numbers of the notes that source it, and every
 * note names outlet, author, date, the passage's place in the source and the archived file's
 * SHA-256. Renderers (HTML, Markdown) only lay it out; they add no statement of their own.
 */
import type { BriefLanguage } from "./brief-words.js";

export interface BriefNote {
  readonly n: number;
  readonly text: string;
}

/** A statement and the notes that source it. */
export interface Cited {
  readonly text: string;
  readonly notes: readonly number[];
}

export interface BriefMeasure {
  readonly measure: string;
  readonly spread: string;
  readonly origins: number;
  readonly claimants: readonly string[];
  readonly claims: readonly Cited[];
  readonly flags: readonly string[];
}

export interface BriefRow {
  readonly position: number;
  readonly kind: string;
  readonly text: string;
  readonly gap: string | null;
  readonly summary: string;
  readonly supports: readonly Cited[];
  readonly contradicts: readonly Cited[];
  readonly proposed: number;
}

export interface BriefCrime {
  readonly title: string;
  readonly articles: readonly string[];
  readonly lawVersion: string;
  readonly rows: readonly BriefRow[];
}

export interface Brief {
  /** The language its own words are in; the sources' texts keep theirs. */
  readonly language: BriefLanguage;
  readonly title: string;
  readonly caseId: string;
  readonly summary: string;
  readonly generatedAt: string;
  readonly casefileVersion: string;
  /** The activity log's last entry when the brief was made: the state it describes. */
  readonly logHead: { readonly seq: number; readonly hash: string } | null;
  /** Who it was made for: what that caller may not see is not in it. */
  readonly audience: string;
  readonly crime: string | null;
  readonly places: readonly { readonly name: string; readonly aliases: readonly string[] }[];
  readonly chronology: readonly (Cited & { readonly when: string; readonly conflict: boolean })[];
  readonly measures: readonly BriefMeasure[];
  readonly matrix: readonly BriefCrime[];
  readonly notes: readonly BriefNote[];
}

/** Numbers notes in order of first citation; the same key always gets the same number. */
export class NoteRegistry {
  readonly #byKey = new Map<string, number>();
  readonly #notes: BriefNote[] = [];

  cite(key: string, text: () => string): number {
    const known = this.#byKey.get(key);
    if (known !== undefined) return known;
    const n = this.#notes.length + 1;
    this.#byKey.set(key, n);
    this.#notes.push({ n, text: text() });
    return n;
  }

  get notes(): readonly BriefNote[] {
    return this.#notes;
  }
}
