/**
 * Resolutions, proclamations and statements listed by adopting body: runs of header lines (the
 * body's name in capitals, sub-body lines, a document-type line such as "Proclamation by the
 * Governor") each closed by a date line. A body line that opens a page and never gets a date of
 * its own is a document whose text the extraction lost; it is still listed, undated.
 */

import { SPACE_THEN_TEXT, STARTS_LOWER } from "../text/word-shapes.js";
import {
  dateLine,
  isAllCaps,
  isHeaderLike,
  stripNoteMarker,
  subsectionKind,
} from "./header-lines.js";
import type { LineRange } from "./line-context.js";
import type { PartKind, PartStart } from "./split-part.js";

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const NON_RESOLUTION_KIND = /proclamation|message|statement|letter|appeal/i;
const ADOPTED_LINE = /^(adopted|introduced|signed)\b/;
const ADOPTED_START = /^(adopted|introduced)\b/i;
const ENDS_JOINING_WORD = /\b(of|the|and)$/i;
const QUOTED_LINE = /^[“"].*[”"]$/;
const STARTS_CAPITAL_OR_DIGIT = /^[\p{Lu}\d]/u;
const MEMBER_REMARKS = /^(Congress(wo)?man|Senator|Remarks? during)\b/;
const OPENS_QUOTE = /^[“"]/;

const DOC_TYPE =
  /\b(proclamation|message|resolution|statement|memorial|communiqu[ée]|declaration|letter|appeal|decision)(?![a-z])/i;
const INTRODUCED_BY = /^INTRODUCED BY$/i;
const LEGISLATURE =
  /\b(house|senate|assembly|parliament|council|legislature|congress|commission)\b/i;
const YEAR = /\b((?:19|20)\d\d)\b/;

interface Doc {
  lines: number[];
  dateLine: number | null;
}

function kindOf(text: string): PartKind {
  const m = DOC_TYPE.exec(text);
  if (m) return NON_RESOLUTION_KIND.test(m[1]!) ? "statement" : "resolution";
  return LEGISLATURE.test(text) ? "resolution" : "statement";
}

/** "adopted at the 46th session …" under a document-type line. */
function adoptedLine(current: Doc | null, t: string): boolean {
  return current !== null && ADOPTED_LINE.test(t) && t.length < 90;
}

function isBodyName(t: string): boolean {
  return !DOC_TYPE.test(t) && !INTRODUCED_BY.test(t) && !ADOPTED_START.test(t);
}

export function detectResolutions(range: LineRange): PartStart[] {
  const docs: Doc[] = [];
  let current: Doc | null = null;
  let previous = "";
  for (let i = range.from; i < range.to; i++) {
    const raw = range.lines[i]!.text;
    const t = raw.trim();
    if (t === "" || range.skip[i]) continue;
    // Lower-case lines belong to a header only as the wrapped end of a name ("… Commission of").
    const continued = current !== null && ENDS_JOINING_WORD.test(previous) && STARTS_LOWER.test(t);
    const quoted = current !== null && QUOTED_LINE.test(t);
    const header =
      (isHeaderLike(t) && STARTS_CAPITAL_OR_DIGIT.test(t)) ||
      continued ||
      quoted ||
      adoptedLine(current, t);
    previous = t;
    if (!header || subsectionKind(t) !== null) {
      current = null;
      continue;
    }
    // A capitalised body name opening a new page starts a new document.
    if (
      current &&
      SPACE_THEN_TEXT.test(raw) &&
      isAllCaps(t) &&
      current.dateLine === null &&
      isBodyName(t)
    ) {
      current = null;
    }
    if (!current || current.dateLine !== null) {
      current = { lines: [], dateLine: null };
      docs.push(current);
    }
    current.lines.push(i);
    if (dateLine(t)) current.dateLine = i;
  }
  const found: PartStart[] = [];
  let body: string | null = null;
  for (const doc of docs) {
    const texts = doc.lines.map((j) => stripNoteMarker(range.lines[j]!.text.trim()));
    const firstRaw = range.lines[doc.lines[0]!]!.text;
    if (doc.dateLine === null && !SPACE_THEN_TEXT.test(firstRaw)) continue;
    // Legislative remarks have their own detector.
    if (texts.some((t) => MEMBER_REMARKS.test(t))) continue;
    const introduced = texts.findIndex((t) => INTRODUCED_BY.test(t));
    const named = introduced < 0 ? texts : texts.slice(0, introduced);
    const names = named.filter(
      (t, k) => isBodyName(t) && doc.lines[k] !== doc.dateLine && !OPENS_QUOTE.test(t),
    );
    if (names.length > 0) body = joinNames(names.slice(0, 3));
    const dated = doc.dateLine === null ? null : dateLine(range.lines[doc.dateLine]!.text);
    const year = YEAR.exec(texts.join(" "))?.[1];
    const docType = texts.find((t) => DOC_TYPE.test(t)) ?? null;
    const line = range.lines[doc.lines[0]!]!;
    found.push({
      kind: kindOf(`${docType ?? ""} ${body ?? ""}`),
      title: docType,
      outlet: body,
      author: introduced >= 0 ? (texts[introduced + 1] ?? null) : null,
      place: null,
      published: dated ?? (year ? { iso: year, precision: "year" } : null),
      start: line.start + (line.text.length - line.text.trimStart().length),
    });
  }
  return found;
}

/** Joins a body's name lines: wrapped lines with a space, a capitalised sub-body with a comma. */
function joinNames(names: readonly string[]): string {
  let out = "";
  for (const n of names) {
    if (out === "") out = n;
    else out += ENDS_JOINING_WORD.test(out) || STARTS_LOWER.test(n) ? ` ${n}` : `, ${n}`;
  }
  return out;
}
