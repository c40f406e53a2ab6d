/**
 * Time claims: clock times anchored to a date ("around 23:00 on the night of 25 February"),
 * time ranges ("between 01:00 and 04:00 on 26 February") and dates on their own with their
 * precision (day, month, night of 25–26). A missing year is taken from the nearest date before
 * that writes one; without one, nothing is claimed.
 */
import type { ClaimFields, TimePrecision } from "../model/claim.js";
import { lowerBoundBy, startOf } from "../sorted/bounds.js";
import { type DateMention, findDates } from "./calendar.js";
import type { Token } from "./tokens.js";

/** Word lists the rules below ask of tokens: each a Set built once, found by its name. */
const COLON_OR_PERIOD = new Set([":", "."]);

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const CLOCK_RANGE_END = /^\s?[-–]\s?\d{1,2}[.:]\d\d\s?[ap]\.?\s?m/i;
const RANGE_JOINER = /^\s?([-–]|and|to)\s?$/;
const BETWEEN_BEFORE = /\bbetween\s+$/i;
const NIGHT_OF_BEFORE = /\bnight\s+(of|from)\s+$/i;
const NIGHT = /night/i;

interface Clock {
  readonly start: number;
  readonly end: number;
  readonly hour: number;
  readonly minute: number | null;
}

interface FoundTime {
  readonly start: number;
  readonly end: number;
  readonly fields: ClaimFields;
}

const MERIDIEM = /^\s?([ap])\.?\s?m\b\.?/i;
const APPROX = /\b(about|around|approximately|roughly|circa|some|nearly)\s+(at\s+)?$/i;
const YEAR_LOOKBACK = 6000;
const DATE_BEFORE = 400;
const DATE_AFTER = 40;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Clock times in the token stream: "23:00", "11:00 p.m.", "8.00 a.m.", "11pm". */
function findClocks(text: string, tokens: readonly Token[]): Clock[] {
  const clocks: Clock[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "number" || t.text.length > 2) continue;
    // The minutes of a clock already read ("16:00") are not an hour of their own.
    if (
      COLON_OR_PERIOD.has(tokens[i - 1]?.text ?? "") &&
      tokens[i - 2]?.kind === "number" &&
      tokens[i - 1]!.start === tokens[i - 2]!.end
    )
      continue;
    let hour = Number(t.text);
    let minute: number | null = null;
    let end = t.end;
    const sep = tokens[i + 1];
    const mins = tokens[i + 2];
    const hasMinutes =
      sep &&
      mins &&
      sep.start === t.end &&
      mins.start === sep.end &&
      mins.kind === "number" &&
      mins.text.length === 2;
    if (hasMinutes && (sep.text === ":" || sep.text === ".")) {
      minute = Number(mins.text);
      end = mins.end;
    }
    const mer = MERIDIEM.exec(text.slice(end, end + 6));
    if (minute === null && !mer) continue;
    if (sep?.text === "." && minute !== null && !mer && !isRangeStart(text, end)) continue;
    if (hour > 23 || (minute !== null && minute > 59)) continue;
    // "16:00 p.m": a 24-hour clock with a redundant p.m. is still 16:00.
    if (mer && hour > 12) {
      clocks.push({ start: t.start, end: end + mer[0].length, hour, minute });
      i += minute === null ? 0 : 2;
      continue;
    }
    if (mer) {
      hour = (hour % 12) + (mer[1]!.toLowerCase() === "p" ? 12 : 0);
      end += mer[0].length;
    }
    clocks.push({ start: t.start, end, hour, minute });
    i += minute === null ? 0 : 2;
  }
  return clocks;
}

/** "8.00-9.00 a.m.": the first time of a range takes the second's a.m./p.m. */
function isRangeStart(text: string, end: number): boolean {
  return CLOCK_RANGE_END.test(text.slice(end, end + 14));
}

/**
 * The year in force at `offset`, from the dates written before it: the one year they all give,
 * or, when they differ, the text's dominant year if it is among them; otherwise unknown.
 */
function yearBefore(
  dates: readonly DateMention[],
  offset: number,
  dominant: number | null,
): number | null {
  const years = new Set<number>();
  for (let k = lastStartingBefore(dates, offset + 1); k >= 0; k--) {
    const d = dates[k]!;
    if (offset - d.end > YEAR_LOOKBACK) break;
    if (d.year !== null) years.add(d.year);
  }
  if (years.size === 1) return [...years][0]!;
  return dominant !== null && years.has(dominant) ? dominant : null;
}

/** Index of the last date starting before `offset` (dates are in text order), or -1. */
function lastStartingBefore(dates: readonly DateMention[], offset: number): number {
  return lowerBoundBy(dates, offset, startOf) - 1;
}

function dominantYear(dates: readonly DateMention[]): number | null {
  const counts = new Map<number, number>();
  for (const d of dates) if (d.year !== null) counts.set(d.year, (counts.get(d.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > counts.get(best)!) best = year;
  return best;
}

function dateNear(
  text: string,
  dates: readonly DateMention[],
  start: number,
  end: number,
): DateMention | null {
  const next = dates[lastStartingBefore(dates, end) + 1];
  if (next && next.start - end <= DATE_AFTER && next.day !== null) return next;
  for (let k = lastStartingBefore(dates, start); k >= 0; k--) {
    const d = dates[k]!;
    if (start - d.end > DATE_BEFORE) break;
    if (d.end <= start && d.day !== null)
      return text.slice(d.end, start).includes("\n\n") ? null : d;
  }
  return null;
}

/** Every time and date claim in a cleaned text. */
export function findTimes(text: string, tokens: readonly Token[]): FoundTime[] {
  const dates = findDates(text);
  const dominant = dominantYear(dates);
  const found: FoundTime[] = [];
  const usedDates = new Set<DateMention>();
  const clocks = findClocks(text, tokens);
  for (let c = 0; c < clocks.length; c++) {
    const first = clocks[c]!;
    let last = first;
    const gap = clocks[c + 1] ? text.slice(first.end, clocks[c + 1]!.start) : "";
    if (RANGE_JOINER.test(gap)) last = clocks[++c]!;
    const date = dateNear(text, dates, first.start, last.end);
    if (!date) continue;
    const year = date.year ?? yearBefore(dates, date.start, dominant);
    if (year === null) continue;
    const day = date.dayEnd !== null && first.hour < 12 ? date.dayEnd : date.day!;
    const iso = `${year}-${pad(date.month)}-${pad(day)}`;
    const at = (k: Clock) => `${iso}T${pad(k.hour)}:${pad(k.minute ?? 0)}`;
    const approx = APPROX.exec(text.slice(Math.max(0, first.start - 20), first.start));
    const between = BETWEEN_BEFORE.exec(text.slice(Math.max(0, first.start - 10), first.start));
    const start = approx
      ? first.start - approx[0].length
      : between
        ? first.start - between[0].length
        : first.start;
    const spanEnd = date.start >= last.end ? date.end : last.end;
    usedDates.add(date);
    const precision: TimePrecision = first.minute === null ? "hour" : "minute";
    found.push({
      start,
      end: spanEnd,
      fields: {
        kind: "time",
        startIso: at(first),
        endIso: last === first ? null : at(last),
        precision,
        approximate: approx !== null,
      },
    });
  }
  for (const d of dates) {
    if (usedDates.has(d)) continue;
    const year = d.year ?? yearBefore(dates, d.start, dominant);
    if (year === null) continue;
    const mm = pad(d.month);
    const night = NIGHT_OF_BEFORE.exec(text.slice(Math.max(0, d.start - 16), d.start));
    const startIso = d.day === null ? `${year}-${mm}` : `${year}-${mm}-${pad(d.day)}`;
    const endIso =
      d.dayEnd !== null
        ? `${year}-${mm}-${pad(d.dayEnd)}`
        : d.monthEnd !== null
          ? `${year}-${pad(d.monthEnd)}`
          : null;
    const precision: TimePrecision = night ? "night" : d.day === null ? "month" : "day";
    const start = night ? d.start - night[0].length + night[0].search(NIGHT) : d.start;
    found.push({
      start,
      end: d.end,
      fields: { kind: "time", startIso, endIso, precision, approximate: false },
    });
  }
  return found;
}
