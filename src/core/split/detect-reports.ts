/**
 * Report excerpts: a header block (organisation line, "Excerpt(s) from …", a quoted title) closed
 * by a parenthesised date line such as "(September, 1992)" or "(March 23, 1997)".
 */
import { parsePartialDate } from "../model/partial-date.js";
import { SPACE_THEN_TEXT } from "../text/word-shapes.js";
import { firstDate, isHeaderLike, SECTION_HEADING, stripNoteMarker } from "./header-lines.js";
import { type LineRange, nonBlank } from "./line-context.js";
import type { PartKind, PartStart } from "./split-part.js";

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const ENDS_SENTENCE = /[.!?…]["”’]?$/;
const QUOTED_LINE = /^[“"].*[”"]$/;
const ENDS_COMMA = /,$/;
const OPENS_QUOTE = /^[“"]/;
const EXCERPTS_FROM = /^Excerpts? from/i;
const LEADING_THE = /^The\s+/;
const ENDS_QUOTE = /[”"]$/;
const OPENING_QUOTE = /[“]/;

const PAREN_DATE = /^\s*\((?:[^()]*\b)?((?:1[89]|20)\d\d)\)\s*$/;
const ORG_PLACE = /^(.*?)\s*\(([^()]+)\)\s*$/;
const LETTER_BY = /\bletter by\s+([\p{Lu}][\p{L}.]*(?:\s?[\p{Lu}][\p{L}.]*){0,3})/u;
const MAX_HEADER = 5;

export function detectReports(range: LineRange, kind: PartKind): PartStart[] {
  const found: PartStart[] = [];
  for (let i = range.from; i < range.to; i++) {
    const line = range.lines[i]!.text;
    const m = PAREN_DATE.exec(line);
    if (!m) continue;
    const header: number[] = [];
    for (
      let j = nonBlank(range, i, -1);
      j >= 0 && header.length < MAX_HEADER;
      j = nonBlank(range, j, -1)
    ) {
      const raw = range.lines[j]!.text;
      // A closing quote whose opening was on an earlier header line ends a title, not a sentence.
      const t = unbalancedClose(stripNoteMarker(raw.trim()));
      // A body sentence ends the walk; a fully quoted title line does not.
      if (ENDS_SENTENCE.test(t) || SECTION_HEADING.test(raw)) break;
      if (!isHeaderLike(t) && !QUOTED_LINE.test(t) && !ENDS_COMMA.test(t)) break;
      header.unshift(j);
      // PDF text opens a page with a space: a header that starts a page starts there.
      if (SPACE_THEN_TEXT.test(raw)) break;
    }
    if (header.length === 0) continue;
    const texts = header.map((j) => stripNoteMarker(range.lines[j]!.text.trim()));
    const orgLine = texts[0]!;
    const op = ORG_PLACE.exec(orgLine);
    const quoted = texts.find((t) => OPENS_QUOTE.test(t));
    const excerpt = texts.find((t) => EXCERPTS_FROM.test(t));
    const inner = line.trim().slice(1, -1);
    const published = firstDate(inner) ?? parsePartialDate(m[1]!);
    found.push({
      kind,
      title: quoted ? quoted.replace(/^[“"]|[”"]$/g, "") : (excerpt ?? null),
      outlet: (op ? op[1]! : orgLine).replace(LEADING_THE, ""),
      author: LETTER_BY.exec(texts.join(" "))?.[1]?.replace(ENDS_COMMA, "") ?? null,
      place: op ? op[2]! : null,
      published,
      start:
        range.lines[header[0]!]!.start +
        (range.lines[header[0]!]!.text.length - range.lines[header[0]!]!.text.trimStart().length),
    });
  }
  return found;
}

function unbalancedClose(t: string): string {
  return ENDS_QUOTE.test(t) && !OPENING_QUOTE.test(t) && (t.match(/"/g) ?? []).length < 2
    ? t.slice(0, -1)
    : t;
}
