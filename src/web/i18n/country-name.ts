/**
 * A country's name in the reader's language from its ISO 3166-1 alpha-2 code. Russian and
 * English come from the browser's ICU (Intl.DisplayNames); Azerbaijani from a table generated
 * from CLDR (country-names-az.ts), because Debian's Chromium answers in English for "az".
 */
import { COUNTRY_NAMES_AZ } from "./country-names-az.js";
import { INTL_TAG, type Locale } from "./locales.js";

const displayNames = new Map<Locale, Intl.DisplayNames>();

/** The name, or null when neither the table nor Intl knows the code. */
export function countryName(alpha2: string, locale: Locale): string | null {
  const code = alpha2.slice(0, 2).toUpperCase();
  if (locale === "az") return COUNTRY_NAMES_AZ[code] ?? null;
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([INTL_TAG[locale]], { type: "region", fallback: "none" });
    displayNames.set(locale, names);
  }
  try {
    return names.of(code) ?? null;
  } catch {
    // A code Intl refuses (not two letters) is no country.
    return null;
  }
}
