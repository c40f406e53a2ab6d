/**
 * Calendar dates written in English prose ("28 February 1992", "February 27, 1992",
 * "1-2 March 2019", "March 1992", "Feb. 25-26"), found by scanning tokens rather than by one
 * large pattern, so that any input is read in linear time.
 */
import type { DatePrecision } from "../model/partial-date.js";
import { isDigitCode, isLetterCode, isSpaceCode } from "../text/char-class.js";

const FULL_MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/**
 * The months' first three letters ("jan", "feb", …), which every spelling below begins with, as
 * entries of a table by the letters' places in the alphabet (26 × 26 × first + 26 × second +
 * third): asked for most capitalised words, it turns away "Many", "Said" or "Department" in
 * place, where the first two letters let them through to a lookup of the word.
 */
const MONTH_PREFIXES = new Uint8Array(26 * 26 * 26);
for (const m of FULL_MONTHS)
  MONTH_PREFIXES[
    ((m.charCodeAt(0) - 97) * 26 + (m.charCodeAt(1) - 97)) * 26 + (m.charCodeAt(2) - 97)
  ] = 1;

/** The place in the alphabet of an ASCII letter of either case, else a number outside 0–25. */
function letterPlace(code: number): number {
  // (code | 32 is a lower-case ASCII letter exactly when the code is an ASCII letter.)
  return (code | 32) - 97;
}

/** Every accepted spelling, lower case: full names and the usual abbreviations ("feb", "sept"). */
const MONTH_FORMS = new Map<string, number>();
FULL_MONTHS.forEach((full, i) => {
  for (const form of [full, full.slice(0, 3), full.slice(0, 4)]) {
    MONTH_FORMS.set(form, i + 1);
    MONTH_FORMS.set(`${form}.`, i + 1);
  }
});
/**
 * The same spellings as usually written (lower case, capitalised, upper case): looked up as they
 * stand, so that the words tested (every capitalised word) need no lower-case copy.
 */
const MONTH_AS_WRITTEN = new Map<string, number>();
for (const [form, month] of MONTH_FORMS)
  for (const written of [form, form[0]!.toUpperCase() + form.slice(1), form.toUpperCase()])
    MONTH_AS_WRITTEN.set(written, month);

/**
 * Whether `word` is ASCII and written in one of those three casings, so that lower-casing it
 * could find no spelling the lookup as written missed.
 */
function plainCasing(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first > 127) return false;
  let upperAfter = false;
  let lowerAfter = false;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 127) return false;
    if (c >= 65 && c <= 90) upperAfter = true;
    else if (c >= 97 && c <= 122) lowerAfter = true;
  }
  return !upperAfter || (first >= 65 && first <= 90 && !lowerAfter);
}

/** The longest spelling ("september."). */
const LONGEST_MONTH = 10;

/**
 * Whether text[start, end) may be a month's name, from its length and first three letters, read
 * in place: most words are no month, and this runs for every capitalised word. (A letter beyond
 * ASCII among the three is no month's: lower-cased, none becomes one of the prefixes' letters —
 * only "İ" and the Kelvin sign lower-case to ASCII, "i" and "k".)
 */
function mayBeMonth(text: string, start: number, end: number): boolean {
  if (end - start < 3 || end - start > LONGEST_MONTH) return false;
  const a = letterPlace(text.charCodeAt(start));
  const b = letterPlace(text.charCodeAt(start + 1));
  const c = letterPlace(text.charCodeAt(start + 2));
  if (a < 0 || a > 25 || b < 0 || b > 25 || c < 0 || c > 25) return false;
  return MONTH_PREFIXES[(a * 26 + b) * 26 + c] === 1;
}

/** The month number (1–12) of an English month name or its usual abbreviation, else 0. */
export function monthNumber(word: string): number {
  if (!mayBeMonth(word, 0, word.length)) return 0;
  // Full names and the usual abbreviations, with or without a full stop; nothing longer that
  // merely starts alike.
  const month = MONTH_AS_WRITTEN.get(word);
  if (month !== undefined) return month;
  // ("FeBruary", or a letter beyond ASCII: lower-cased to be sure.)
  return plainCasing(word) ? 0 : (MONTH_FORMS.get(word.toLowerCase()) ?? 0);
}

export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly year: number | null;
  readonly month: number;
  /** First and last day when a day or a day range ("25-26") is written. */
  readonly day: number | null;
  readonly dayEnd: number | null;
  /** Last month of a month range ("March-April 1992"). */
  readonly monthEnd: number | null;
}

/**
 * Runs of digits, and runs of letters with a following full stop ("Feb."), as
 * /\d+|\p{L}+\.?/gu would give them: the words a date is read from. Only the few runs around a
 * possible month are read (see findDates), by char code, in place.
 */

/** The end of the run starting at `i` (a digit or a letter there). */
function runEnd(text: string, i: number): number {
  const n = text.length;
  let e = i + 1;
  if (isDigitCode(text.charCodeAt(i))) {
    while (e < n && isDigitCode(text.charCodeAt(e))) e++;
  } else {
    while (e < n && isLetterCode(text.charCodeAt(e))) e++;
    if (text.charCodeAt(e) === 46) e++;
  }
  return e;
}

/** The start of the run ending at `e` (whose last character is part of a run). */
function runStart(text: string, e: number): number {
  let s = e - 1;
  if (isDigitCode(text.charCodeAt(s))) {
    while (s > 0 && isDigitCode(text.charCodeAt(s - 1))) s--;
    return s;
  }
  // A letter run may end in its full stop.
  if (text.charCodeAt(s) === 46) s--;
  while (s > 0 && isLetterCode(text.charCodeAt(s - 1))) s--;
  return s;
}

/**
 * Whether the character before `e` ends a run: a digit, a letter, or a full stop right after a
 * letter. (Scanning from the text's start, a run ends at every such character whose next one
 * continues no run of its kind; reading backwards from a run's start, the first such character
 * is the end of the run before it.)
 */
function endsRun(text: string, e: number): boolean {
  const c = text.charCodeAt(e - 1);
  if (isDigitCode(c) || isLetterCode(c)) return true;
  return c === 46 && e >= 2 && isLetterCode(text.charCodeAt(e - 2));
}

/**
 * How many runs around a month findDates reads: before it a day, "to" or "and", a day; after it
 * a day, "to" or "and", a day and a year.
 */
const RUNS_BEFORE = 3;
const RUNS_AFTER = 4;

/** Where a month's name may begin: only these capitals begin one (see mayBeMonth). */
const MONTH_CAPITAL = /[ADFJMNOS]/g;

/**
 * The runs around one possible month at a time (findDates): RUNS_BEFORE before it, the month at
 * index RUNS_BEFORE, RUNS_AFTER after it, as offsets. Kept from call to call (findDates runs for
 * every short line a compilation's header may be, and calls no one who calls it back); each run
 * is read in place by the tests below, so that no word or gap around a month is cut out as a
 * string.
 */
const runStarts = new Int32Array(RUNS_BEFORE + 1 + RUNS_AFTER);
const runEnds = new Int32Array(RUNS_BEFORE + 1 + RUNS_AFTER);

/**
 * The runs findDates has read around the month: those from `lowest` to before `count` (the text
 * may begin or end closer). A run outside them is none.
 */
interface Runs {
  lowest: number;
  count: number;
}

const isRun = (runs: Runs, k: number) => k >= runs.lowest && k < runs.count;

/** The day run k writes (one or two digits, /^\d{1,2}$/, 1–31), or null. */
function dayAt(text: string, runs: Runs, k: number): number | null {
  if (!isRun(runs, k)) return null;
  const s = runStarts[k]!;
  const length = runEnds[k]! - s;
  const first = text.charCodeAt(s);
  // (A run that opens with a digit is all digits.)
  if (!isDigitCode(first) || length > 2) return null;
  const n = length === 1 ? first - 48 : (first - 48) * 10 + text.charCodeAt(s + 1) - 48;
  return n >= 1 && n <= 31 ? n : null;
}

/** The year run k writes (YEAR_1800_2099: four digits from 1800 to 2099), or null. */
function yearAt(text: string, runs: Runs, k: number): number | null {
  if (!isRun(runs, k)) return null;
  const s = runStarts[k]!;
  if (runEnds[k]! - s !== 4 || !isDigitCode(text.charCodeAt(s))) return null;
  const century = (text.charCodeAt(s) - 48) * 10 + text.charCodeAt(s + 1) - 48;
  if (century < 18 || century > 20) return null;
  return century * 100 + (text.charCodeAt(s + 2) - 48) * 10 + text.charCodeAt(s + 3) - 48;
}

/** Whether run k is "and" or "to", which join a range of days. */
function rangeWordAt(text: string, runs: Runs, k: number): boolean {
  if (!isRun(runs, k)) return false;
  const s = runStarts[k]!;
  const length = runEnds[k]! - s;
  return (length === 3 && text.startsWith("and", s)) || (length === 2 && text.startsWith("to", s));
}

/** Whether text[from, to) is white space and not empty (/^\s+$/). */
function onlySpace(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** Whether text[from, to) is a dash between two days or months (/^\s?[-–]\s?$/). */
function rangeGap(text: string, from: number, to: number): boolean {
  let i = from;
  if (i < to && isSpaceCode(text.charCodeAt(i))) i++;
  if (i >= to) return false;
  const dash = text.charCodeAt(i);
  if (dash !== 45 && dash !== 0x2013) return false;
  i++;
  if (i < to && isSpaceCode(text.charCodeAt(i))) i++;
  return i === to;
}

/** Whether text[from, to) may stand between a date and its year (/^,?\s*$/). */
function commaOrSpace(text: string, from: number, to: number): boolean {
  let i = from;
  if (i < to && text.charCodeAt(i) === 44) i++;
  for (; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** Every month-named date in `text`, with the days and year written next to the month. */
export function findDates(text: string): DateMention[] {
  const starts = runStarts;
  const ends = runEnds;
  const runs: Runs = { lowest: 0, count: 0 };
  const found: DateMention[] = [];
  MONTH_CAPITAL.lastIndex = 0;
  while (MONTH_CAPITAL.test(text)) {
    const at = MONTH_CAPITAL.lastIndex - 1;
    // A capital inside a word ("McDonald") begins no run; only a capitalised word may be a month.
    if (at > 0 && isLetterCode(text.charCodeAt(at - 1))) continue;
    const atEnd = runEnd(text, at);
    if (!mayBeMonth(text, at, atEnd)) continue;
    // The word itself first: most words that may begin like a month are none ("Many", "Ministry"),
    // and the runs around are read only for a month.
    const month = monthNumber(text.slice(at, atEnd));
    if (month === 0) continue;
    const i = RUNS_BEFORE;
    starts[i] = at;
    ends[i] = atEnd;
    let lowest = i;
    for (let e = at; lowest > 0; ) {
      while (e > 0 && !endsRun(text, e)) e--;
      if (e === 0) break;
      lowest--;
      ends[lowest] = e;
      starts[lowest] = runStart(text, e);
      e = starts[lowest]!;
    }
    let count = i + 1;
    for (let s = atEnd; count < starts.length; ) {
      while (
        s < text.length &&
        !isDigitCode(text.charCodeAt(s)) &&
        !isLetterCode(text.charCodeAt(s))
      )
        s++;
      if (s >= text.length) break;
      starts[count] = s;
      ends[count] = runEnd(text, s);
      s = ends[count]!;
      count++;
    }
    runs.lowest = lowest;
    runs.count = count;
    if (
      atEnd - at === 3 &&
      text.startsWith("May", at) &&
      dayAt(text, runs, i - 1) === null &&
      dayAt(text, runs, i + 1) === null &&
      yearAt(text, runs, i + 1) === null
    )
      continue;
    let start = at;
    let end = atEnd;
    let day: number | null = null;
    let dayEnd: number | null = null;
    let j = i + 1;
    const before = dayAt(text, runs, i - 1);
    if (before !== null && onlySpace(text, ends[i - 1]!, at)) {
      day = before;
      start = starts[i - 1]!;
      // "25-26 February", "from 25 to 26 February".
      const joiner = rangeWordAt(text, runs, i - 2) ? 1 : 0;
      const first = i - 2 - joiner;
      const linked =
        joiner === 1 || (isRun(runs, first) && rangeGap(text, ends[first]!, starts[i - 1]!));
      const firstDay = dayAt(text, runs, first);
      if (firstDay !== null && linked) {
        dayEnd = day;
        day = firstDay;
        start = starts[first]!;
      }
    } else if (dayAt(text, runs, j) !== null && onlySpace(text, atEnd, starts[j]!)) {
      day = dayAt(text, runs, j);
      end = ends[j]!;
      j++;
      // "February 25-26", "February 25 and 26".
      const joined = rangeWordAt(text, runs, j) && dayAt(text, runs, j + 1) !== null;
      if (joined) j++;
      const last = dayAt(text, runs, j);
      if (last !== null && (joined || rangeGap(text, ends[j - 1]!, starts[j]!))) {
        dayEnd = last;
        end = ends[j]!;
        j++;
      }
    }
    // "March-April 1992": a month range takes its year from the second month.
    let monthEnd: number | null = null;
    if (day === null && isRun(runs, j) && mayBeMonth(text, starts[j]!, ends[j]!)) {
      const second = monthNumber(text.slice(starts[j]!, ends[j]!));
      if (second > month && rangeGap(text, ends[j - 1]!, starts[j]!)) {
        monthEnd = second;
        end = ends[j]!;
        j++;
      }
    }
    let year: number | null = null;
    const y = yearAt(text, runs, j);
    if (y !== null && commaOrSpace(text, ends[j - 1]!, starts[j]!)) {
      year = y;
      end = ends[j]!;
    }
    if (day === null && year === null) continue;
    // A sentence's full stop after a full month name ("on 26 February.") is not part of the date.
    if (
      text.charCodeAt(end - 1) === 46 &&
      end === atEnd &&
      FULL_MONTHS.includes(text.slice(at, atEnd - 1).toLowerCase())
    )
      end--;
    found.push({
      start,
      end,
      year,
      month,
      day,
      dayEnd: dayEnd !== null && day !== null && dayEnd > day ? dayEnd : null,
      monthEnd: year !== null ? monthEnd : null,
    });
  }
  return found;
}

/** ISO text and precision of a date mention whose year is known. */
export function mentionIso(
  m: DateMention,
  year: number,
): { iso: string; precision: DatePrecision } {
  const mm = String(m.month).padStart(2, "0");
  if (m.day === null) return { iso: `${year}-${mm}`, precision: "month" };
  return { iso: `${year}-${mm}-${String(m.day).padStart(2, "0")}`, precision: "day" };
}
