/**
 * The languages of the interface. Azerbaijani (Latin script) first: the case's first readers
 * are Azerbaijani; Russian is read by many of them; English by lawyers abroad.
 */
export const LOCALES = ["az", "ru", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: string | null | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? "");
}

/** The BCP 47 tag given to Intl: British English keeps day-month-year order. */
export const INTL_TAG: Readonly<Record<Locale, string>> = { az: "az-Latn", ru: "ru", en: "en-GB" };

/** Each language named in itself, as a reader looks for it in the switch. */
export const ENDONYM: Readonly<Record<Locale, string>> = {
  az: "Azərbaycanca",
  ru: "Русский",
  en: "English",
};
