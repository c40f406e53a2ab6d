/**
 * The law's texts in Azerbaijani and Russian (law/translations/<language>.json: id → text), kept
 * beside the law files rather than in them so that the law's version names its legal content
 * only. Every text of the law must be translated and every key must name one; the English
 * paraphrase stays the reference.
 */
import type { Law } from "./law-types.js";

export const LAW_LANGUAGES = ["az", "ru"] as const;
export type LawLanguage = (typeof LAW_LANGUAGES)[number];

/** Per language, text by id (a family's note under "<family>#note"). */
export type LawTranslations = Readonly<Record<LawLanguage, ReadonlyMap<string, string>>>;

export const NO_TRANSLATIONS: LawTranslations = { az: new Map(), ru: new Map() };

/** Every English text of the law by the id that names it in the translation files. */
export function lawTexts(law: Law): Map<string, string> {
  const texts = new Map<string, string>();
  for (const f of law.families) {
    texts.set(f.id, f.title);
    texts.set(`${f.id}#note`, f.note);
    for (const i of f.instruments) texts.set(i.id, i.title);
  }
  for (const c of law.crimes) texts.set(c.id, c.title);
  for (const [id, target] of law.targets) texts.set(id, (target.part ?? target.element).text);
  return texts;
}

/** Checks one language's file against the law: an object of non-empty strings, no key unknown, none missing. */
export function validateLawTranslation(law: Law, json: unknown): string[] {
  if (json === null || typeof json !== "object" || Array.isArray(json))
    return ["must be an object of id → text"];
  const texts = lawTexts(law);
  const entries = Object.entries(json as Record<string, unknown>);
  const problems = entries.flatMap(([id, text]) =>
    !texts.has(id)
      ? [`${id}: no text of the law has this id`]
      : typeof text !== "string" || text.trim() === ""
        ? [`${id}: must be a non-empty string`]
        : [],
  );
  const given = new Set(entries.map(([id]) => id));
  for (const id of texts.keys()) if (!given.has(id)) problems.push(`${id}: not translated`);
  return problems;
}

/** The translations of the ids an answer names, per language (for the API and the brief). */
export function translationsOf(
  translations: LawTranslations,
  ids: Iterable<string>,
): Record<LawLanguage, Record<string, string>> {
  const wanted = [...new Set(ids)];
  const pick = (lang: LawLanguage) =>
    Object.fromEntries(
      wanted.flatMap((id) => {
        const text = translations[lang].get(id);
        return text === undefined ? [] : [[id, text]];
      }),
    );
  return { az: pick("az"), ru: pick("ru") };
}
