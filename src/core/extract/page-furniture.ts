/**
 * A page's furniture: the parts of a web or encyclopedia page that are not its text's account of
 * the event, so that a number in them is no figure of it (the evaluation set's "What is labelled":
 * a page's own headline, the headlines of its link lists, dates and times are not figures).
 * Found in the original text, where the page's lines still stand; each part is a range of whole
 * lines, and a line may end in "\r\n" (each pattern lets a "\r" stand before the line break).
 * - link lists ("Related stories", "Read more:", "More from Americas"): headlines of other pages,
 *   and a link set on one line after its label ("ALSO READ: 300 killed in floods", "Watch: …");
 * - a table of contents ("Contents" over "1 Background", "2 Killings"): section titles, numbered;
 * - a list of references ("References", "Bibliography", "Further reading", "External links",
 *   "Categories" alone on a line, to a "Notes" heading or the end): titles of other works
 *   ('"Police kill 40 protesters". BBC News.'); a page's notes may state figures, and are kept,
 *   and "Sources" may head a report's method, followed by its text;
 * - a byline or timestamp line ("By Staff Reporter · 12 October 2011 · 3 min read",
 *   "Published 6:42 a.m. Feb. 12, 2019 | Updated 9:15 a.m."): times and dates;
 * - a headline set in capitals at the page's top ("FORTY-THREE STUDENTS FEARED DISAPPEARED"
 *   over an urgent action's text): its count in words is the text's, stated again below;
 * - the page's headline, the short line just above its first byline ("Five dead as police clash
 *   with striking miners"): it repeats the lede's figure, which is labelled where the text states
 *   it.
 */
import { asciiHas, asciiTable } from "../text/char-class.js";
import { linkListRanges } from "./link-lists.js";

export interface Range {
  readonly start: number;
  readonly end: number;
}

/** A link's label opening its line, the headline after it on the same line. */
const LINK_LABEL =
  /^[ \t>•*-]*(?:related|also read|read more|read also|see also|watch|video|listen|recommended|categories|tags|topics) ?:$/i;
/** The longest label with its line's leading marks. */
const LINK_LABEL_MAX = 16;

/**
 * A heading that opens a list of references: the line as a whole, and the heading word as a page
 * sets it (only these spellings open one: "Further Reading" in a paragraph's title case does not).
 */
const REFERENCES_WORD =
  /References|REFERENCES|Bibliography|BIBLIOGRAPHY|Further reading|External links|Works cited|Categories/;
const REFERENCES =
  /^[ \t]*(?:references|bibliography|further reading|external links|works cited|categories)[ \t]*(?:\[edit\])?[ \t]*:?[ \t\r]*$/i;
/** A heading of notes, which end a list of references: notes may state figures. */
const NOTES =
  /\n[ \t]*(?:Notes|NOTES|Footnotes|FOOTNOTES|Endnotes|ENDNOTES|Explanatory notes)[ \t]*(?:\[edit\])?[ \t]*:?[ \t]*\r?(?=\n|$)/g;

/** "Contents" alone on its line, over numbered section titles. */
const CONTENTS =
  /^[ \t]*(?:Table of |TABLE OF )?(?:Contents|CONTENTS)[ \t]*(?:\[(?:hide|show)\])?[ \t\r]*$/;
const SECTION_TITLE = /^[ \t]*\d{1,2}(?:\.\d{1,2})*[ \t]+\p{Lu}[^\n]{0,80}$/u;
/**
 * A byline or timestamp line: "By " and a name, alone or before a separator; "Published",
 * "Updated" or "Posted" and a date or time, opening the line or after a separator; "3 min read".
 * Capitalised as a page sets them, and only a short line without a closing full stop: a PDF's
 * wrapped prose ("by police who killed 40", "published in 2019 a list") is not one.
 */
const BYLINE =
  /^[ \t]*(?:By[ \t]+\p{Lu}[\p{L}'.\- ]{0,40}(?:[ \t]*[|·•,][^\n]*)?|(?:[^\n]*[|·•][ \t]*)?(?:Published|Updated|Posted|Last updated)[ \t:]+(?:on[ \t]+)?(?:\d|\p{Lu}\p{Ll}{2})[^\n]*|[^\n]*\b\d{1,2}[ \t]+[Mm]in(?:ute)?s?[ \t]+[Rr]ead\b[^\n]*)\r?$/u;
/**
 * A page's headline, byline and timestamps stand at its top, above the first paragraph of prose
 * (a line longer than LINE_MAX): only those lines are searched, and no more than HEAD characters.
 */
const HEAD = 3000;
const BLANK_END = /\s$/;
/** A line set in capitals: three words or more, no small letter and no digit (a table's is not). */
const SMALL_OR_DIGIT = /[a-z0-9]/;
const CAPITALS_LINE = /^[ \t]*\p{Lu}[\p{Lu}'’-]*(?:[ \t]+[\p{Lu}'’-]+){2,}[ \t\r]*$/u;
/** The words one of them must hold: a cheap test before the whole line's. */
const BYLINE_WORD = /By |Published|Updated|Posted|[Mm]in [Rr]ead/;
const LINE_MAX = 160;
/** A closing full stop, not that of "a.m." or "p.m." */
const SENTENCE_END = /(?<![ap]\.m)[.!?]["”’)]?[ \t\r]*$/;

/** Space or tab, which may stand before a heading on its line. */
const isBlank = (code: number) => code === 0x20 || code === 0x09;
/** The first letters of the headings of a list of references (either case). */
const REFERENCES_FIRST = asciiTable("RBFEWCrbfewc");

/** The numbered section titles under a "Contents" line ending at `at`, as a range (or none). */
function sectionTitles(text: string, at: number): Range[] {
  const from = at + 1;
  let end = at;
  while (end >= 0) {
    const next = text.indexOf("\n", end + 1);
    const line = text.slice(end + 1, next < 0 ? text.length : next);
    if (!SECTION_TITLE.test(line)) break;
    end = next;
  }
  const to = end < 0 ? text.length : end;
  return to > from ? [{ start: from, end: to }] : [];
}

/** The [start, end) ranges, in the original text, of the page's furniture. */
export function furnitureRanges(text: string): Range[] {
  const ranges: Range[] = [...linkListRanges(text)];
  // One pass over the lines (found with indexOf, which the engine runs natively): each test
  // below reads a line only when its first character may open what it looks for, so that most
  // lines cost a few character reads and no string is cut out of the text for them.
  let referencesFound = false;
  let colon = text.indexOf(":");
  for (let start = 0; start < text.length; ) {
    const next = text.indexOf("\n", start);
    const end = next < 0 ? text.length : next;
    // A link's label and its colon: the line's first colon, within the label's reach of its start
    // (a line with none, or a long line, costs no more than the colon search that passes it).
    while (colon >= 0 && colon < start) colon = text.indexOf(":", colon + 1);
    if (
      colon >= 0 &&
      colon < end &&
      colon - start <= (start === 0 ? LINK_LABEL_MAX + 1 : LINK_LABEL_MAX) &&
      end - start <= LINE_MAX &&
      LINK_LABEL.test(text.slice(start, colon + 1))
    )
      ranges.push({ start, end });
    // (A heading on the text's last line, with no line after it, heads nothing.)
    if (next < 0) break;
    let first = start;
    while (first < end && isBlank(text.charCodeAt(first))) first++;
    const code = text.charCodeAt(first);
    if ((code === 0x43 || code === 0x54) && CONTENTS.test(text.slice(start, end)))
      ranges.push(...sectionTitles(text, end));
    else if (!referencesFound && asciiHas(REFERENCES_FIRST, code)) {
      const line = text.slice(start, end);
      if (REFERENCES.test(line) && REFERENCES_WORD.test(line)) {
        referencesFound = true;
        NOTES.lastIndex = end;
        const notes = NOTES.exec(text);
        ranges.push({ start: end + 1, end: notes ? notes.index : text.length });
      }
    }
    start = end + 1;
  }
  let headlineDone = false;
  for (let start = 0; start < HEAD && start < text.length; ) {
    const next = text.indexOf("\n", start);
    const end = next < 0 ? text.length : next;
    const line = text.slice(start, end);
    if (line.length > LINE_MAX) break;
    if (!SMALL_OR_DIGIT.test(line) && CAPITALS_LINE.test(line)) ranges.push({ start, end });
    else if (BYLINE_WORD.test(line) && BYLINE.test(line) && !SENTENCE_END.test(line)) {
      ranges.push({ start, end });
      if (!headlineDone) {
        headlineDone = true;
        // The headline: the nearest line above that is not blank.
        let to = start - 1;
        while (to > 0 && BLANK_END.test(text[to - 1]!)) to--;
        const from = text.lastIndexOf("\n", to - 1) + 1;
        const headline = text.slice(from, to);
        if (headline.length > 0 && !SENTENCE_END.test(headline))
          ranges.push({ start: from, end: to });
      }
    }
    start = end + 1;
  }
  return ranges;
}
