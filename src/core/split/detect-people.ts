/**
 * Parts introduced by a person: testimonies ("Full Name (Khojaly resident): “…"), scholarly
 * excerpts (title lines, then "By Author") and legislative remarks (a quotation followed by
 * "Congressman Name from the State of X", "Remark during the Nth Congress" and a date).
 */
import { dateLine, isHeaderLike, stripNoteMarker } from "./header-lines.js";
import { type LineRange, nonBlank } from "./line-context.js";
import type { PartStart } from "./split-part.js";

const WITNESS = /^\s*((?:\p{Lu}[\p{Ll}’'-]+\s){1,4})\(([^)]{3,40})\)\s*:/u;
const BYLINE = /^\s*By\s+(\p{Lu}.{2,60})$/u;
const SPEAKER =
  /^\s*(Congressman|Congresswoman|Senator|Representative|Rep\.|Sen\.)\s+(.{3,50}?)\s+from the (?:U\.S\. )?(State|Territory|Commonwealth) of\s+(.{3,30})$/;

function lineStart(range: LineRange, i: number): number {
  const line = range.lines[i]!;
  return line.start + (line.text.length - line.text.trimStart().length);
}

export function detectTestimonies(range: LineRange): PartStart[] {
  const found: PartStart[] = [];
  for (let i = range.from; i < range.to; i++) {
    const text = range.lines[i]!.text;
    // (WITNESS needs a parenthesis: a line without one is passed over before the pattern.)
    if (!text.includes("(")) continue;
    const m = WITNESS.exec(text);
    if (!m) continue;
    found.push({
      kind: "testimony",
      title: null,
      outlet: null,
      author: m[1]!.trim(),
      place: null,
      published: null,
      start: lineStart(range, i),
    });
  }
  return found;
}

export function detectScholarly(range: LineRange): PartStart[] {
  const found: PartStart[] = [];
  for (let i = range.from; i < range.to; i++) {
    const by = BYLINE.exec(range.lines[i]!.text);
    if (!by) continue;
    const titleLines: number[] = [];
    for (
      let j = nonBlank(range, i, -1);
      j >= 0 && titleLines.length < 2;
      j = nonBlank(range, j, -1)
    ) {
      const t = range.lines[j]!.text.trim();
      if (
        !isHeaderLike(t, 110) ||
        (titleLines.length > 0 && range.lines[j + 1]!.text.trim() === "")
      )
        break;
      titleLines.unshift(j);
    }
    const first = titleLines[0] ?? i;
    // German bylines keep their "Von" ("Von Knut Teske"): it means "by", not a name particle.
    const author = by[1]!.trim().replace(/^Von\s+(?=\p{Lu}\p{Ll}+\s\p{Lu})/u, "");
    found.push({
      kind: "scholarly",
      title: titleLines.map((j) => stripNoteMarker(range.lines[j]!.text.trim())).join(" ") || null,
      outlet: null,
      author,
      place: null,
      published: null,
      start: lineStart(range, first),
    });
  }
  return found;
}

export function detectRemarks(range: LineRange): PartStart[] {
  const found: PartStart[] = [];
  for (let i = range.from; i < range.to; i++) {
    const text = range.lines[i]!.text;
    // (SPEAKER needs "from the ": a line without it is neither trimmed nor tried.)
    if (!text.includes("from the ")) continue;
    const m = SPEAKER.exec(text.trim());
    if (!m) continue;
    let published = null;
    let title: string | null = null;
    for (
      let j = nonBlank(range, i, 1), n = 0;
      j >= 0 && n < 2 && published === null;
      j = nonBlank(range, j, 1), n++
    ) {
      const t = range.lines[j]!.text.trim();
      published = dateLine(t);
      if (!published) title = t;
    }
    // The remark is the quotation above the speaker line, back to the previous header line.
    let first = i;
    for (let j = nonBlank(range, i, -1); j >= 0; j = nonBlank(range, j, -1)) {
      const t = range.lines[j]!.text.trim();
      if (dateLine(t) || SPEAKER.test(t) || (isHeaderLike(t) && t === t.toUpperCase())) break;
      first = j;
    }
    found.push({
      kind: "legislative_remark",
      title,
      outlet: "U.S. Congress",
      author: `${m[1]} ${m[2]}`,
      place: m[4]!,
      published,
      start: lineStart(range, first),
    });
  }
  return found;
}
