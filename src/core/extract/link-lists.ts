/**
 * The lists of links a web page carries around its article ("Related stories", "Read more:",
 * "Most read", "See also", "More from Americas"): their lines are headlines of other pages, so a number in them is no
 * figure of this text's event. Found in the original text, where the page's lines still stand.
 */

/** A heading that opens such a list, alone on its line. */
const HEADING =
  /^[ \t]*(?:read more|related(?: stories| articles| coverage| content| links| news)?|more on this(?: story)?|more stories|more from(?: [A-Za-z&.'-]+){1,4}|most read|most popular|most viewed|see also|you may also like|recommended(?: for you)?|latest news|top stories)[ \t]*:?[ \t]*$/gim;
/** A list item: a short line (a headline, not a paragraph). */
const ITEM_MAX = 120;
const ITEMS_MAX = 15;

/** The [start, end) ranges, in the original text, of the items of each link list. */
export function linkListRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  for (const m of text.matchAll(HEADING)) {
    const from = text.indexOf("\n", m.index);
    if (from < 0) continue;
    let at = from + 1;
    let items = 0;
    // The items run to the first blank or long line.
    while (at < text.length && items < ITEMS_MAX) {
      const next = text.indexOf("\n", at);
      const end = next < 0 ? text.length : next;
      const line = text.slice(at, end);
      if (line.trim() === "" || line.length > ITEM_MAX) break;
      items++;
      at = end + 1;
    }
    if (items > 0) ranges.push({ start: from + 1, end: Math.min(at, text.length) });
  }
  return ranges;
}
