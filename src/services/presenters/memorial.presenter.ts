/** The shapes a memorial leaves the system in: only what a named person's records and sources say. */
import type { NameForms } from "../../core/memorial/name-forms.js";

export interface MemorialSpelling {
  readonly name: string;
  /** The registry list (the source) that spells it so, and the record's line in its file. */
  readonly list: string;
  readonly recordId: string;
  readonly line: number;
}

export interface MemorialPersonSummary {
  readonly id: string;
  readonly names: NameForms;
  readonly spellings: readonly MemorialSpelling[];
  readonly age: number | null;
  readonly birthYear: number | null;
  readonly places: readonly string[];
}

export interface MemorialMention {
  readonly sourceId: string;
  readonly sourceTitle: string;
  readonly seq: number | null;
  readonly snippet: string;
}

export interface MemorialPhoto {
  readonly entryId: string;
  readonly sourceId: string;
  readonly title: string;
  readonly caption: string;
  readonly hasThumbnail: boolean;
  readonly width: number | null;
  readonly height: number | null;
}

/** A summary as it leaves: plain arrays, each spelling with its list and line. */
function plain(p: MemorialPersonSummary) {
  return {
    id: p.id,
    names: p.names,
    spellings: p.spellings.map((s) => ({ ...s })),
    age: p.age,
    birthYear: p.birthYear,
    places: [...p.places],
  };
}

export function presentMemorialList(
  caseId: string,
  items: readonly MemorialPersonSummary[],
  counts: { named: number; total: number },
) {
  return {
    caseId,
    // Totals count every person the caller may see; only the named are listed.
    named: counts.named,
    others: counts.total - counts.named,
    total: counts.total,
    items: items.map(plain),
  };
}
export type MemorialListView = ReturnType<typeof presentMemorialList>;

export function presentMemorialPerson(
  caseId: string,
  person: MemorialPersonSummary,
  mentions: readonly MemorialMention[],
  photos: readonly MemorialPhoto[],
) {
  return { caseId, ...plain(person), mentions: [...mentions], photos: [...photos] };
}
export type MemorialPersonView = ReturnType<typeof presentMemorialPerson>;
