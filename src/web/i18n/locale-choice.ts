/**
 * Which language a page opens in. The address carries it (/az/cases/…, /ru/sources/…) so that a
 * shared link opens in the language it was shared in; an address without one opens in the
 * language the reader chose last (kept in localStorage), else the browser's, else English.
 */
import { isLocale, LOCALES, type Locale } from "./locales.js";

const REMEMBERED = "casefile.lang";

/** The language named by the address's first segment, and the path without it. */
export function splitLocale(pathname: string): { locale: Locale | null; rest: string } {
  const match = /^\/([a-z]{2})(?=\/|$)(.*)$/.exec(pathname);
  if (match && isLocale(match[1])) return { locale: match[1], rest: match[2] || "/" };
  return { locale: null, rest: pathname };
}

function remembered(): Locale | null {
  try {
    const value = window.localStorage.getItem(REMEMBERED);
    return isLocale(value) ? value : null;
  } catch {
    return null; // storage refused (private mode, policy): the choice is simply not kept
  }
}

function fromBrowser(): Locale | null {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const primary = tag.toLowerCase().split("-")[0];
    if (isLocale(primary)) return primary;
  }
  return null;
}

export function chooseLocale(pathname: string): Locale {
  return splitLocale(pathname).locale ?? remembered() ?? fromBrowser() ?? LOCALES[2];
}

export function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(REMEMBERED, locale);
  } catch {
    // Not kept: the address still carries the language.
  }
}

/** The same place in another language: "/az" + "/cases/x?y#z". */
export function localePath(locale: Locale, rest: string): string {
  return `/${locale}${rest === "/" ? "" : rest}`;
}
