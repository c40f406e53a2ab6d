/** Parsing the non-name values of person records: sex, dates, years, ages. */
import { foldWord } from "../names/fold.js";

/** 1 = male, 2 = female, 0 = unknown. */
export function parseSex(value: string | undefined): number {
  if (!value) return 0;
  const v = foldWord(value);
  if (["m", "male", "man", "kiwi", "k", "muj", "mujskoi", "erkak", "boy"].includes(v)) return 1;
  if (["f", "female", "woman", "gadin", "g", "q", "jen", "jenski", "j", "girl"].includes(v))
    return 2;
  return 0;
}

export interface ParsedDate {
  readonly year: number;
  /** 0 when only the year is known. */
  readonly month: number;
  readonly day: number;
}

const plausibleYear = (y: number) => y >= 1800 && y <= 2100;

/** Parses YYYY-MM-DD, YYYY/MM/DD, DD.MM.YYYY, DD/MM/YYYY or a bare year. */
export function parseDate(value: string | undefined): ParsedDate | undefined {
  if (!value) return undefined;
  const v = value.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(v);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v);
  if (m) return checked(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})$/.exec(v);
  if (m && plausibleYear(Number(m[1]))) return { year: Number(m[1]), month: 0, day: 0 };
  return undefined;
}

function checked(year: number, month: number, day: number): ParsedDate | undefined {
  if (!plausibleYear(year)) return undefined;
  // A day/month pair that only makes sense swapped is read swapped rather than dropped.
  if (month > 12 && day <= 12) return { year, month: day, day: month };
  if (month < 1 || month > 12 || day < 1 || day > 31) return { year, month: 0, day: 0 };
  return { year, month, day };
}

/** A whole number in [min, max], or undefined. */
export function parseInteger(
  value: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (!value) return undefined;
  const n = Number(value.trim());
  return Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}
