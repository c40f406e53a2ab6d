/**
 * Press records: an outlet line, a dateline ("London, 1 March 1992"), then an optional headline
 * and byline ("By Thomas Goltz") before the article text.
 */
import { dateLine, isHeaderLike } from "./header-lines.js";
import { type LineRange, nonBlank } from "./line-context.js";
import type { PartStart } from "./split-part.js";

/** "London, 1 March 1992", and for broadcasts "07:37, London, 3 March, 1992". */
const DATELINE =
  /^\s*(?:\d{1,2}[:.]\d{2},\s*)?(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,3}),\s*(.+)$/u;
const BYLINE = /^\s*By\s+(\p{Lu}.{2,60})$/u;
/**
 * A year (1800–2099) anywhere in a line: a dateline's date writes one (dateLine reads a date with
 * a year only), so a line without one is passed over before DATELINE is tried on it.
 */
const YEAR_IN_LINE = /(?:1[89]|20)\d\d/;

export function detectPress(range: LineRange): PartStart[] {
  const found: PartStart[] = [];
  for (let i = range.from; i < range.to; i++) {
    const text = range.lines[i]!.text;
    if (!YEAR_IN_LINE.test(text)) continue;
    const m = DATELINE.exec(text);
    const published = m ? dateLine(m[2]!) : null;
    if (!m || !published || published.precision !== "day") continue;
    const o = nonBlank(range, i, -1);
    const outletLine = o >= 0 ? range.lines[o]!.text.trim() : "";
    if (o < 0 || outletLine.length > 40 || !isHeaderLike(outletLine)) continue;
    let title: string | null = null;
    let author: string | null = null;
    const head: string[] = [];
    for (let j = nonBlank(range, i, 1), n = 0; j >= 0 && n < 4; j = nonBlank(range, j, 1), n++) {
      const line = range.lines[j]!.text.trim();
      const by = BYLINE.exec(line);
      if (by) {
        author = by[1]!.trim();
        title = head.length > 0 ? head.join(" ") : title;
        break;
      }
      head.push(line);
      if (n === 0 && line.length < 70 && isHeaderLike(line)) title = line;
    }
    found.push({
      kind: "press",
      title,
      outlet: titleCase(outletLine),
      author,
      place: m[1]!,
      published,
      start:
        range.lines[o]!.start +
        (range.lines[o]!.text.length - range.lines[o]!.text.trimStart().length),
    });
  }
  return found;
}

/** "THE WASHINGTON POST" → "The Washington Post"; mixed-case names are kept as written. */
export function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
