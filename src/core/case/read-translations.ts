/**
 * Translations of a case's own texts (its title, summary, place names and the "what" of each
 * event) into the interface languages. Optional: a text without one is shown in the original.
 * Each translation names a known language and only fields that may be translated.
 */
import { asObject, type Ctx, fail, type Obj, str } from "./read-json.js";

/** The languages a case's texts may be translated into: the interface's. */
export const TEXT_LANGUAGES = ["az", "ru", "en"] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

export type Translations<T> = Readonly<Partial<Record<TextLanguage, T>>>;

/** Reads `translations` of one record: per language, an object of the allowed keys. */
export function readTranslations<T>(
  ctx: Ctx,
  o: Obj,
  path: string,
  keys: readonly string[],
  readOne: (t: Obj, at: string) => T,
): Translations<T> {
  if (o.translations === undefined) return {};
  const all = asObject(ctx, o.translations, `${path}.translations`);
  const out: Partial<Record<TextLanguage, T>> = {};
  for (const [lang, value] of Object.entries(all)) {
    const at = `${path}.translations.${lang}`;
    if (!(TEXT_LANGUAGES as readonly string[]).includes(lang)) {
      fail(ctx, at, `unknown language "${lang}" (expected one of ${TEXT_LANGUAGES.join(", ")})`);
      continue;
    }
    const t = asObject(ctx, value, at);
    for (const key of Object.keys(t))
      if (!keys.includes(key))
        fail(ctx, `${at}.${key}`, `not a translatable field (expected ${keys.join(", ")})`);
    out[lang as TextLanguage] = readOne(t, at);
  }
  return out;
}

/** An optional translated string: absent stays absent, present must be non-empty. */
export function optionalText(ctx: Ctx, t: Obj, key: string, at: string): string | undefined {
  return t[key] === undefined ? undefined : str(ctx, t, key, at);
}

/** Place names in one language, `{ "khojaly": "Xocalı" }`, only for places the case names. */
export function readPlaceNames(
  ctx: Ctx,
  t: Obj,
  at: string,
  places: readonly string[],
): Readonly<Record<string, string>> | undefined {
  if (t.places === undefined) return undefined;
  const names = asObject(ctx, t.places, `${at}.places`);
  const out: Record<string, string> = {};
  for (const id of Object.keys(names)) {
    if (!places.includes(id)) fail(ctx, `${at}.places.${id}`, `"${id}" is not a place of the case`);
    else out[id] = str(ctx, names, id, `${at}.places`);
  }
  return out;
}
