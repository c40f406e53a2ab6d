/** Line shapes that mark the header of a source inside a compilation. */
import { findDates } from "../extract/calendar.js";
import type { PartialDate } from "../model/partial-date.js";
import { parsePartialDate } from "../model/partial-date.js";
import type { PartKind } from "./split-part.js";

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const RESOLUTION_CLAUSE = /^(WHEREAS|NOW,|BE IT)\b/;
const ENDS_PUNCTUATED = /[.;,…”"]$/;
const OPENS_QUOTE = /^[“"]/;
const HAS_LOWER_ASCII = /[a-z]/;
const NOTE_MARKER_END = /(?<=[\p{L})”"’.])\s?\d{1,3}$/u;
const SPACES = /\s+/;

/** "II. REPORTS BY …" or a lone "IV." — a roman-numbered section heading. */
export const SECTION_HEADING = /^\s*([IVX]{1,5})\.\s*(.*)$/;

/** Line shorter than a body line and not ending a sentence: a title, name or heading line. */
export function isHeaderLike(text: string, maxLength = 90): boolean {
  const t = stripNoteMarker(text.trim());
  if (t === "" || t.length > maxLength || RESOLUTION_CLAUSE.test(t)) return false;
  if (isAllCaps(t)) return true;
  return !ENDS_PUNCTUATED.test(t) && !OPENS_QUOTE.test(t);
}

/** Mostly upper-case letters: entity names and headings in compilations. */
export function isAllCaps(text: string): boolean {
  // A lower-case ASCII letter settles it without building the letters (most lines have one).
  if (HAS_LOWER_ASCII.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, "");
  return (
    letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
  );
}

/** Footnote numbers left glued to the end of a heading ("… (Rovereto, Italy)34"). */
export function stripNoteMarker(text: string): string {
  return text.replace(NOTE_MARKER_END, "").trim();
}

/** The date a line consists of (optionally followed by a place), or null. */
export function dateLine(text: string): PartialDate | null {
  const t = text.trim();
  if (t.length > 70) return null;
  const first = findDates(t)[0];
  if (!first || first.start > 2 || first.year === null) return null;
  return toPartialDate(first.year, first.month, first.day);
}

/** The first month-named date with a year anywhere in `text`. */
export function firstDate(text: string): PartialDate | null {
  const d = findDates(text).find((m) => m.year !== null);
  return d ? toPartialDate(d.year!, d.month, d.day) : null;
}

export function toPartialDate(year: number, month: number, day: number | null): PartialDate | null {
  const mm = String(month).padStart(2, "0");
  try {
    return parsePartialDate(
      day === null ? `${year}-${mm}` : `${year}-${mm}-${String(day).padStart(2, "0")}`,
    );
  } catch {
    return null;
  }
}

/** A capitalised heading of three or more words that names a kind ("REMARKS MADE BY …"). */
export function subsectionKind(text: string): PartKind | null {
  const t = text.trim();
  return isAllCaps(t) && t.split(SPACES).length >= 3 ? kindOfTitle(t) : null;
}

/** The kind a section title announces, from the words compilations use for their parts. */
export function kindOfTitle(title: string): PartKind | null {
  const t = title.toUpperCase();
  if (/REMARK|CONGRESS(IONAL)? RECORD|DEBATE/.test(t)) return "legislative_remark";
  if (/TESTIMON|WITNESS|ACCOUNTS? OF/.test(t)) return "testimony";
  if (/NON-?GOVERNMENTAL|NGO|HUMAN RIGHTS ORGANI/.test(t)) return "ngo_report";
  if (/MEDIA|PRESS|NEWSPAPER/.test(t)) return "press";
  if (/SCHOLAR|RESEARCH|ACADEMIC/.test(t)) return "scholarly";
  if (/RESOLUTION|DECLARATION/.test(t)) return "resolution";
  if (/STATEMENT|PROCLAMATION/.test(t)) return "statement";
  if (/COURT|JUDG(E)?MENT|TRIBUNAL/.test(t)) return "court_decision";
  if (/PHOTO|IMAGE|ANNEX/.test(t)) return "other";
  return null;
}
