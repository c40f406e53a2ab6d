/**
 * The publisher's own name as its page shows it: an NGO report's or a web page's masthead
 * ("STEPPE RIGHTS WATCH", "Skip to main content / Sahel Rights Monitor", "Civic Rights Watchdog
 * … Report 2021/04"). A report that names itself ("Steppe Rights Watch has documented the deaths
 * of 19 people", a table's "Source: Steppe Rights Watch") speaks in its own voice: the claim is
 * the publisher's, as "We documented" or "our researchers" is.
 */

/** How much of a text's head its masthead is looked for in, and in how many lines. */
const HEAD_CHARS = 800;
const HEAD_LINES = 8;
/** A masthead name's words: two to six, none lower case but short joining words. */
const MIN_WORDS = 2;
const MAX_WORDS = 6;
const JOINING = new Set(["of", "for", "the", "and", "on", "in", "de", "du", "des", "la", "el"]);
/** Cells of a line: columns set apart by wide spaces, tabs or bars; at most two in a masthead. */
const MAX_CELLS = 2;
const CELLS = /\s{3,}|\t|\s\|\s/;
const WORD_SPLIT = /\s+/;
const UPPER_START = /^\p{Lu}/u;
const NOT_A_NAME = /[\d"“”:.,;!?>]/;

/** The lower-cased names the head of `text` shows as a masthead (often none). */
export function mastheadNames(text: string): ReadonlySet<string> {
  const names = new Set<string>();
  let lines = 0;
  // The head's lines one by one, up to the last one read: every text asks, and a split of the
  // whole head made a string of each of its lines (the eighth non-blank one often comes early).
  const head = text.slice(0, HEAD_CHARS);
  for (let from = 0; from <= head.length; ) {
    const newline = head.indexOf("\n", from);
    const to = newline < 0 ? head.length : newline;
    const line = head.slice(from, to);
    from = to + 1;
    if (line.trim() === "") continue;
    if (++lines > HEAD_LINES) break;
    const cells = line.split(CELLS);
    // (A table's row or header has more cells than a masthead's name and its number.)
    if (cells.length > MAX_CELLS) continue;
    for (const raw of cells) {
      const cell = raw.trim();
      if (cell === "" || NOT_A_NAME.test(cell)) continue;
      const words = cell.split(WORD_SPLIT);
      if (words.length < MIN_WORDS || words.length > MAX_WORDS) continue;
      if (!words.every((w) => UPPER_START.test(w) || JOINING.has(w))) continue;
      // ("HARBOUR DIVISION BAR ASSOCIATION" calls itself "the Bar Association" too: its last words.)
      for (let k = 0; k <= words.length - MIN_WORDS; k++)
        names.add(words.slice(k).join(" ").toLowerCase());
    }
  }
  return names;
}
