/**
 * A victim's name in the three scripts a memorial shows — Azerbaijani Latin, Cyrillic and English
 * Latin — from the spellings the sources give: a source's own spelling in a script where there is
 * one, otherwise the project's transliteration table, marked as such.
 */
import {
  cyrillicToLatinCased,
  isCyrillic,
  latinToCyrillic,
  looksAzerbaijaniLatin,
  toEnglishLatin,
} from "../names/to-script.js";

export interface NameForm {
  readonly text: string;
  /** True when a source spells it so; false when the transliteration table made it. */
  readonly fromSource: boolean;
}

export interface NameForms {
  readonly az: NameForm;
  readonly ru: NameForm;
  readonly en: NameForm;
}

/** The three forms of a name given its spellings (at least one), first spelling first. */
export function nameForms(spellings: readonly string[]): NameForms {
  const first = spellings[0] ?? "";
  const cyrillic = spellings.find(isCyrillic);
  const azLatin = spellings.find(looksAzerbaijaniLatin);
  const latin = spellings.find((s) => !isCyrillic(s));
  const az: NameForm = azLatin
    ? { text: azLatin, fromSource: true }
    : latin
      ? { text: latin, fromSource: true }
      : { text: cyrillicToLatinCased(first), fromSource: false };
  const ru: NameForm = cyrillic
    ? { text: cyrillic, fromSource: true }
    : { text: latinToCyrillic(az.text), fromSource: false };
  // An English spelling is a Latin one without Azerbaijani letters; else the table writes one.
  const english = spellings.find((s) => !isCyrillic(s) && !looksAzerbaijaniLatin(s));
  const en: NameForm = english
    ? { text: english, fromSource: true }
    : { text: toEnglishLatin(azLatin ?? cyrillic ?? first), fromSource: false };
  return { az, ru, en };
}
