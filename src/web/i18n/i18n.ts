/**
 * Looks up interface text in the reader's language and fills {placeholders}; formats numbers,
 * dates and lists the way that language writes them (Intl). The language is chosen once per
 * page (see locale-choice.ts) and changing it re-renders the application.
 */
import type { Catalogue, Message, MessageKey } from "./catalogue.js";
import { en } from "./en.js";
import { INTL_TAG, type Locale } from "./locales.js";

export type { MessageKey } from "./catalogue.js";

// English is in the first bundle; the others are fetched only by their readers.
const LOADERS: Readonly<Record<Locale, () => Promise<Catalogue>>> = {
  en: () => Promise.resolve(en),
  az: () => import("./az.js").then((m) => m.az),
  ru: () => import("./ru.js").then((m) => m.ru),
};

let locale: Locale = "en";
let catalogue: Catalogue = en;
let plurals = new Intl.PluralRules(INTL_TAG.en);
let numbers = new Intl.NumberFormat(INTL_TAG.en);

/** Loads a language's catalogue and makes it the one every later lookup uses. */
export async function loadLocale(next: Locale): Promise<void> {
  const loaded = await LOADERS[next]();
  locale = next;
  catalogue = loaded;
  plurals = new Intl.PluralRules(INTL_TAG[next]);
  numbers = new Intl.NumberFormat(INTL_TAG[next]);
  intlKnows = probeIntl(INTL_TAG[next]);
  document.documentElement.lang = next;
}

export function currentLocale(): Locale {
  return locale;
}

function pick(message: Message, values: Record<string, string | number>): string {
  if (typeof message === "string") return message;
  const n = values.n;
  if (typeof n !== "number") return message.other;
  return message[plurals.select(n) as keyof typeof message] ?? message.other;
}

export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  const message = catalogue[key] ?? en[key];
  return pick(message, values).replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) return `{${name}}`;
    // The count that chose the plural form is written as the language writes numbers.
    return name === "n" && typeof value === "number" ? formatNumber(value) : String(value);
  });
}

/** Text for a key built at run time (an API vocabulary value), or null when there is none. */
export function tMaybe(key: string): string | null {
  return key in en ? t(key as MessageKey) : null;
}

/** "1 claim", "82 claims", "82 утверждения": a counted noun in the reader's plural form. */
export function count(noun: "origins" | "claims" | "sources" | "documents", n: number): string {
  return t(`count.${noun}`, { n });
}

// Some browsers know a language's plural rules but ship no names for its months or words for
// its lists (Debian's Chromium writes "1992 M02 26" for Azerbaijani): found out once per
// language, and then the catalogue's own month names, "and" and separators are used instead.
let intlKnows = { dates: true, lists: true };

function probeIntl(tag: string): { dates: boolean; lists: boolean } {
  const month = new Intl.DateTimeFormat(tag, { month: "long", timeZone: "UTC" })
    .formatToParts(new Date(Date.UTC(1992, 1, 26)))
    .find((p) => p.type === "month")?.value;
  return {
    dates: month !== undefined && !/^M?\d+$/.test(month),
    lists: Intl.ListFormat.supportedLocalesOf([tag]).length > 0,
  };
}

const monthName = (key: "format.months" | "format.monthsStandalone", m: number) =>
  t(key).split(",")[m] ?? String(m + 1);

export function formatNumber(n: number): string {
  if (intlKnows.dates) return numbers.format(n);
  const [whole = "", fraction] = new Intl.NumberFormat("en-US", { useGrouping: true })
    .format(n)
    .split(".");
  const grouped = whole.replace(/,/g, t("format.group"));
  return fraction ? `${grouped}${t("format.decimal")}${fraction}` : grouped;
}

/** "a, b and c", "a, b və c", "a, b и c". */
export function formatList(items: readonly string[]): string {
  if (intlKnows.lists)
    return new Intl.ListFormat(INTL_TAG[locale], { type: "conjunction" }).format(items);
  if (items.length < 2) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${t("format.and")} ${items[items.length - 1]}`;
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (!intlKnows.dates) {
    const time = date.toISOString().slice(11, 16);
    return `${date.getUTCDate()} ${monthName("format.months", date.getUTCMonth())} ${date.getUTCFullYear()}, ${time} UTC`;
  }
  const format = new Intl.DateTimeFormat(INTL_TAG[locale], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  });
  return `${format.format(date)} UTC`;
}

type Precision = "year" | "month" | "day";

function dateParts(iso: string, precision: string): { date: Date; precision: Precision } {
  const [y, m, d] = iso.split("-");
  const p: Precision =
    precision === "year" || !m ? "year" : precision === "month" || !d ? "month" : "day";
  return { date: new Date(Date.UTC(Number(y), Number(m ?? 1) - 1, Number(d ?? 1))), precision: p };
}

function dateFormat(precision: Precision): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(INTL_TAG[locale], {
    year: "numeric",
    month: precision === "year" ? undefined : "long",
    day: precision === "day" ? "numeric" : undefined,
    timeZone: "UTC",
  });
}

/** The catalogue's way of writing a date: "26 fevral 1992", "fevral 1992", "1992". */
function ownDate(date: Date, precision: Precision): string {
  const y = date.getUTCFullYear();
  if (precision === "year") return String(y);
  if (precision === "month")
    return `${monthName("format.monthsStandalone", date.getUTCMonth())} ${y}`;
  return `${date.getUTCDate()} ${monthName("format.months", date.getUTCMonth())} ${y}`;
}

// Intl spaces a range of two numbers ("25 – 26"); a day range is written closed up ("25–26").
const closeUp = (text: string) => text.replace(/(\d)\s–\s(\d)/g, "$1–$2");

/** A date with its precision, never more precise than known: "1992", "fevral 1992", "26 февраля 1992 г.". */
export function formatPartialDate(date: { iso: string; precision: string } | null): string {
  if (!date) return "—";
  const { date: d, precision } = dateParts(date.iso, date.precision);
  if (Number.isNaN(d.getTime())) return date.iso;
  return intlKnows.dates ? dateFormat(precision).format(d) : ownDate(d, precision);
}

/** A span of partial dates, shared parts written once: "25–26 fevral 1992", "25–26 февраля 1992 г.". */
export function formatDateRange(start: string, end: string | null): string {
  const from = dateParts(start, "day");
  if (!end || end === start) return formatPartialDate({ iso: start, precision: from.precision });
  const to = dateParts(end, "day");
  const precision = from.precision === "day" && to.precision === "day" ? "day" : from.precision;
  if (Number.isNaN(from.date.getTime()) || Number.isNaN(to.date.getTime()))
    return `${start}–${end}`;
  if (intlKnows.dates) return closeUp(dateFormat(precision).formatRange(from.date, to.date));
  const a = from.date;
  const b = to.date;
  if (
    precision === "day" &&
    a.getUTCFullYear() === b.getUTCFullYear() &&
    a.getUTCMonth() === b.getUTCMonth()
  )
    return `${a.getUTCDate()}–${ownDate(b, "day")}`;
  return `${ownDate(a, precision)} – ${ownDate(b, to.precision)}`;
}
