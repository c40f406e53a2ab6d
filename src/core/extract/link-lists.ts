/**
 * The lists of links a web page carries around its article ("Related stories", "Read more:",
 * "Most read", "See also", "More from Americas", "Trending", "Editor's picks"): their lines are
 * headlines of other pages, so a number in them is no figure of this text's event. Found in the original text, where the page's lines still stand.
 */

import { asciiHas, asciiTable } from "../text/char-class.js";

/** A heading that opens such a list, alone on its line (tried at a line's start). */
const HEADING =
  /^[ \t]*(?:read more|related(?: stories| articles| coverage| content| links| news)?|more on this(?: story)?|more stories|more from(?: [A-Za-z&.'-]+){1,4}|most read|most popular|most viewed|see also|you may also like|recommended(?: for you)?|latest news|top stories|you might also like|trending(?: now| stories)?|more in(?: [A-Za-z&.'-]+){1,3}|editor'?s'? picks|further coverage|more coverage|popular now|read next|what to read next|up next|in other news|around the web)[ \t]*:?[ \t]*$/imy;
/** The first letters of the headings (either case): a line opening with another is passed by. */
const HEADING_FIRST = asciiTable("rmsyltefpuwiaRMSYLTEFPUWIA");
/** What ends a line for the heading's `^` and `$` (the engine's line terminators). */
const LINE_ENDS = ["\n", "\r", "\u2028", "\u2029"];
/** A list item: a short line (a headline, not a paragraph). */
const ITEM_MAX = 120;
const ITEMS_MAX = 15;

/** The [start, end) ranges, in the original text, of the items of each link list. */
export function linkListRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  // The lines' starts, found natively with indexOf for each kind of line end (most texts hold
  // no line end but "\n"), rather than the heading tried at every character.
  const nextEnd = LINE_ENDS.map((e) => text.indexOf(e));
  for (let start = 0; start < text.length; ) {
    let first = start;
    while (text.charCodeAt(first) === 0x20 || text.charCodeAt(first) === 0x09) first++;
    let headed = false;
    if (asciiHas(HEADING_FIRST, text.charCodeAt(first))) {
      HEADING.lastIndex = start;
      headed = HEADING.test(text);
    }
    let lineEnd = -1;
    for (let e = 0; e < LINE_ENDS.length; e++) {
      if (nextEnd[e]! >= 0 && nextEnd[e]! < start) nextEnd[e] = text.indexOf(LINE_ENDS[e]!, start);
      if (nextEnd[e]! >= 0 && (lineEnd < 0 || nextEnd[e]! < lineEnd)) lineEnd = nextEnd[e]!;
    }
    if (headed) listAfter(text, start, ranges);
    if (lineEnd < 0) break;
    start = lineEnd + 1;
  }
  return ranges;
}

/** The items of the list whose heading's line starts at `line` (to the first blank or long line). */
function listAfter(text: string, line: number, ranges: { start: number; end: number }[]): void {
  const from = text.indexOf("\n", line);
  if (from < 0) return;
  let at = from + 1;
  let items = 0;
  while (at < text.length && items < ITEMS_MAX) {
    const next = text.indexOf("\n", at);
    const end = next < 0 ? text.length : next;
    const item = text.slice(at, end);
    if (item.trim() === "" || item.length > ITEM_MAX) break;
    items++;
    at = end + 1;
  }
  if (items > 0) ranges.push({ start: from + 1, end: Math.min(at, text.length) });
}
