/**
 * A day as a reader types it: in the order of their language's custom (26.02.1992 in Azerbaijani
 * and Russian, 1992-02-26 in English, where the ISO form avoids the US/UK ambiguity), read back
 * to ISO. A browser's own date picker follows the browser's locale, not the page's, so the web
 * application asks for text in the page's form instead.
 */

/** Day-month-year (az, ru) or year-month-day (en). */
export type DayOrder = "dmy" | "ymd";

const DMY = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * The ISO day ("1992-02-26") a reader typed in `order`, or null when it is no real day. The ISO
 * form is read in every order, since it cannot be misread.
 * @example parseDayEntry("26.02.1992", "dmy") // "1992-02-26"
 */
export function parseDayEntry(text: string, order: DayOrder): string | null {
  const t = text.trim();
  const ymd = YMD.exec(t);
  const dmy = order === "dmy" ? DMY.exec(t) : null;
  const parts = ymd
    ? { y: ymd[1], m: ymd[2], d: ymd[3] }
    : dmy
      ? { y: dmy[3], m: dmy[2], d: dmy[1] }
      : null;
  if (!parts) return null;
  const year = Number(parts.y);
  const month = Number(parts.m);
  const day = Number(parts.d);
  if (month < 1 || month > 12) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return `${parts.y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * An ISO day written as a reader of `order` types it; anything else is returned as it is.
 * @example formatDayEntry("1992-02-26", "dmy") // "26.02.1992"
 */
export function formatDayEntry(iso: string, order: DayOrder): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || order === "ymd") return iso;
  return `${m[3]}.${m[2]}.${m[1]}`;
}
