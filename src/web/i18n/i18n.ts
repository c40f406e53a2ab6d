/** Looks up interface text and fills {placeholders}. One language for now; the keys are the contract. */
import { en, type MessageKey } from "./en.js";

export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** Text for a key built at run time (an API vocabulary value), or null when there is none. */
export function tMaybe(key: string): string | null {
  return key in en ? t(key as MessageKey) : null;
}

/** "1 claim", "82 claims": counted nouns in their English singular or plural. */
export function count(noun: "origins" | "claims", n: number): string {
  return t(n === 1 ? `count.${noun}.one` : `count.${noun}.other`, { n });
}

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

export function formatDateTime(iso: string): string {
  return `${dateFormat.format(new Date(iso))} UTC`;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A date with its precision, never more precise than known: "1992", "February 1992", "26 February 1992". */
export function formatPartialDate(date: { iso: string; precision: string } | null): string {
  if (!date) return "—";
  const [y, m, d] = date.iso.split("-");
  if (date.precision === "year" || !m) return y ?? date.iso;
  const month = MONTHS[Number(m) - 1] ?? m;
  return date.precision === "month" || !d ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}
