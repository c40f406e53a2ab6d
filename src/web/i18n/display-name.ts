/**
 * Countries (ISO 3166-1 alpha-2) and languages (ISO 639-1) named in the reader's language.
 * Russian and English come from the browser's ICU (Intl.DisplayNames); Azerbaijani from a table
 * generated from CLDR (display-names-az.ts), because Debian's Chromium answers in English for "az".
 */
import { COUNTRY_NAMES_AZ, LANGUAGE_NAMES_AZ } from "./display-names-az.js";
import { INTL_TAG, type Locale } from "./locales.js";

type Kind = "region" | "language";
const displayNames = new Map<string, Intl.DisplayNames>();

function intlName(kind: Kind, code: string, locale: Locale): string | null {
  let names = displayNames.get(`${kind}/${locale}`);
  if (!names) {
    names = new Intl.DisplayNames([INTL_TAG[locale]], { type: kind, fallback: "none" });
    displayNames.set(`${kind}/${locale}`, names);
  }
  try {
    return names.of(code) ?? null;
  } catch {
    // A code Intl refuses (malformed) names nothing.
    return null;
  }
}

/** The country's name, or null when neither the table nor Intl knows the code. */
export function countryName(alpha2: string, locale: Locale): string | null {
  const code = alpha2.slice(0, 2).toUpperCase();
  return locale === "az" ? (COUNTRY_NAMES_AZ[code] ?? null) : intlName("region", code, locale);
}

/** The language's name ("английский", "ingilis"), or null when unknown. */
export function languageName(code: string, locale: Locale): string | null {
  const lower = code.toLowerCase();
  return locale === "az" ? (LANGUAGE_NAMES_AZ[lower] ?? null) : intlName("language", lower, locale);
}
