/**
 * Looks up interface text in the reader's language and fills {placeholders}; formats numbers,
 * dates and lists the way that language writes them (Intl). The language is chosen once per
 * page (see locale-choice.ts) and changing it re-renders the application.
 */
import type { Catalogue, Message, MessageKey } from "./catalogue.js";
import { en } from "./en.js";
import { INTL_TAG, type Locale } from "./locales.js";

export type { MessageKey } from "./catalogue.js";

/**
 * A language's catalogue comes in parts, so that a phone on a slow link fetches only the words it
 * shows first. The first part holds what the first view (a case's overview) and the frame of every
 * page say: English is in the first bundle, the others are fetched only by their readers. The
 * words of every other view, and the server's problems, are parts fetched in the reader's language
 * and in English when first needed (`loadPart`: every other view waits for its part, app.tsx; a
 * problem is worded once its part is there, api-error.ts); a fetched part stays for the page's
 * life, also across a change of language.
 */
export type CataloguePart = "first" | "views" | "problems";

const LOADERS: Readonly<Record<Locale, Record<CataloguePart, () => Promise<Catalogue>>>> = {
  en: {
    first: () => Promise.resolve(en),
    views: () => import("./en-views.js").then((m) => m.enViews),
    problems: () => import("./en-problems.js").then((m) => m.enProblems),
  },
  az: {
    first: () => import("./az.js").then((m) => m.az),
    views: () => import("./az-views.js").then((m) => m.azViews),
    problems: () => import("./az-problems.js").then((m) => m.azProblems),
  },
  ru: {
    first: () => import("./ru.js").then((m) => m.ru),
    views: () => import("./ru-views.js").then((m) => m.ruViews),
    problems: () => import("./ru-problems.js").then((m) => m.ruProblems),
  },
};

const loaded: Record<Locale, Partial<Record<CataloguePart, Catalogue>>> = {
  en: { first: en },
  az: {},
  ru: {},
};
const wanted = new Set<CataloguePart>(["first"]);

/** Fetches every wanted part of a language not fetched yet (again when one was asked for meanwhile). */
async function fetchParts(l: Locale): Promise<void> {
  const missing = () => [...wanted].filter((p) => !loaded[l][p]);
  for (let parts = missing(); parts.length > 0; parts = missing())
    await Promise.all(
      parts.map(async (p) => {
        loaded[l][p] = await LOADERS[l][p]();
      }),
    );
}

const merged = (l: Locale): Catalogue => Object.assign({}, ...Object.values(loaded[l]));

let locale: Locale = "en";
let catalogue: Catalogue = en;
/** The English parts fetched so far: the words a translation lacks (it never should). */
let english: Catalogue = en;
let plurals = new Intl.PluralRules(INTL_TAG.en);
let numbers = new Intl.NumberFormat(INTL_TAG.en);

/** Loads a language's catalogue and makes it the one every later lookup uses. */
export async function loadLocale(next: Locale): Promise<void> {
  await Promise.all([fetchParts(next), fetchParts("en")]);
  locale = next;
  catalogue = merged(next);
  english = merged("en");
  plurals = new Intl.PluralRules(INTL_TAG[next]);
  numbers = new Intl.NumberFormat(INTL_TAG[next]);
  intlKnows = probeIntl(INTL_TAG[next]);
  document.documentElement.lang = next;
}

/** Fetches a later part of the catalogue in the reader's language (and English) before it is used. */
export async function loadPart(part: CataloguePart): Promise<void> {
  wanted.add(part);
  const l = locale;
  await Promise.all([fetchParts(l), fetchParts("en")]);
  // A change of language meanwhile fetched the part itself (fetchParts reads `wanted` again).
  catalogue = merged(locale);
  english = merged("en");
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
  const message = catalogue[key] ?? english[key];
  // A word of a part not fetched yet: its callers fetch it first (loadPart), so this is a bug.
  if (message === undefined) throw new Error(`The catalogue part holding ${key} is not loaded`);
  return pick(message, values).replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) return `{${name}}`;
    // The count that chose the plural form is written as the language writes numbers.
    return name === "n" && typeof value === "number" ? formatNumber(value) : String(value);
  });
}

/** Text for a key built at run time (an API vocabulary value), or null when there is none. */
export function tMaybe(key: string): string | null {
  return key in english ? t(key as MessageKey) : null;
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
