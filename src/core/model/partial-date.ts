/**
 * A calendar date known to a given precision ("1992", "1992-02", "1992-02-26").
 * Sources are often dated only to the year or month; the precision travels with the value
 * so that nothing pretends to know more than the source says.
 */
export type DatePrecision = "year" | "month" | "day";

export interface PartialDate {
  readonly iso: string;
  readonly precision: DatePrecision;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; throws on anything else or an impossible date.
 * @example parsePartialDate("1992-02") // { iso: "1992-02", precision: "month" }
 */
export function parsePartialDate(text: string): PartialDate {
  const m = PATTERN.exec(text.trim());
  if (!m) throw new RangeError(`not a date (YYYY, YYYY-MM or YYYY-MM-DD): "${text}"`);
  const [, y, mo, d] = m;
  const year = Number(y);
  if (mo === undefined) return Object.freeze({ iso: y as string, precision: "year" });
  const month = Number(mo);
  if (month < 1 || month > 12) throw new RangeError(`month out of range in "${text}"`);
  if (d === undefined) return Object.freeze({ iso: `${y}-${mo}`, precision: "month" });
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) throw new RangeError(`day out of range in "${text}"`);
  return Object.freeze({ iso: `${y}-${mo}-${d}`, precision: "day" });
}

/** The first day the partial date can mean, for sorting and range filters. */
export function partialDateStart(date: PartialDate): string {
  if (date.precision === "year") return `${date.iso}-01-01`;
  if (date.precision === "month") return `${date.iso}-01`;
  return date.iso;
}
