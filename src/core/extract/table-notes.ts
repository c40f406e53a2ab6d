/**
 * A table's notes: the lines under a table reproduced from another's ("Source: X" over or under
 * it, "(source: X)" in its caption) that open as notes do ("Notes", "Note:", "(a)", "1.", "*")
 * give figures of the same source as its rows (the eval set's convention: a table reproduced from
 * another's is that other's, its notes too). Their figures are read as prose; where prose names
 * no one, they are the source's (extract-claims.ts). A table "Compiled by X" at its head is the
 * document's own work, and so are its notes.
 */
import type { FoundFigure } from "./found-figure.js";
import type { Table } from "./table-header.js";

/** A span of a table's notes and the source that claims what they state. */
export interface TableNotes {
  readonly start: number;
  readonly end: number;
  readonly claimant: NonNullable<FoundFigure["claimant"]>;
}

/** How a note's line opens: a heading, a footnote's mark, a source line. */
const NOTE_OPENING = /^\s*(?:notes?\b|nb\b|n\.b\.|\(?[a-z\d]{1,2}\)\s|[*†‡]|sources?:)/i;
/**
 * A numbered line ("1. The figures for …"): a note only under a "Notes" heading — a judgment's or
 * a report's numbered paragraphs may follow a table with none.
 */
const NUMBERED = /^\s*\d{1,2}\.\s/;
/** How many lines of notes a table may have (its footnotes, not the text after it). */
const MAX_NOTES = 12;
const NOTES_HEADING = /^\s*notes?\b/i;
/** How much of a line NOTE_OPENING needs. */
const OPENING = 12;

/**
 * Follows the lines after a table's last row (findLineFigures tells it of rows, lines and a
 * source line under the table) and collects the notes' spans into `out`.
 */
export class NotesReader {
  private claimant: FoundFigure["claimant"] = undefined;
  private start = -1;
  private end = -1;
  private open = false;
  private lines = 0;
  private headed = false;

  constructor(private readonly out: TableNotes[]) {}

  /** A table's row was read on the line that ends at `end`: its notes, if any, follow. */
  row(table: Table, end: number): void {
    this.claimant = table.reproduced ? table.source : undefined;
    this.start = end + 1;
    this.end = -1;
    this.open = true;
    this.lines = 0;
    this.headed = false;
  }

  /** "Source: X" under the table's rows: the notes between are X's too. */
  source(claimant: FoundFigure["claimant"]): void {
    if (this.open) this.claimant ??= claimant;
  }

  /** A line outside any table: a note extends the notes, a blank line waits, else they end. */
  line(text: string, start: number, end: number): void {
    if (!this.open) return;
    const head = text.slice(start, Math.min(end, start + OPENING));
    if (head.trim() === "") return;
    const note = NOTE_OPENING.test(head);
    if ((note || (this.headed && NUMBERED.test(head))) && ++this.lines <= MAX_NOTES) {
      this.end = end;
      this.headed ||= note && NOTES_HEADING.test(head);
    } else this.close();
  }

  /** The notes end (a line that is no note, or the text's end). */
  close(): void {
    if (this.open && this.end > this.start && this.claimant !== undefined)
      this.out.push({ start: this.start, end: this.end, claimant: this.claimant });
    this.open = false;
  }
}
