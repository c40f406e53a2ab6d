/**
 * Surname endings and patronymic markers, on folded words (see foldWord). Azerbaijani surnames
 * end in -ov/-yev (-ova/-yeva for women), -li/-lı/-ly or -zadə; patronymics are the father's
 * name followed by oğlu (son) or qızı (daughter), or Russian -ovich/-ovna.
 */

export type Sex = "M" | "F";

/** Folded forms of oğlu/ogly/оглы (son of) and qızı/kyzy/кызы (daughter of). */
const SON_MARKERS = new Set(["oglu", "ogli", "ogl", "ugli", "uli"]);
const DAUGHTER_MARKERS = new Set(["gizi", "kizi", "gezi"]);

/** Sex implied by a patronymic marker word, or undefined when the word is not one. */
export function patronymicMarker(folded: string): Sex | undefined {
  if (SON_MARKERS.has(folded)) return "M";
  if (DAUGHTER_MARKERS.has(folded)) return "F";
  return undefined;
}

const RUSSIAN_PATRONYMIC: ReadonlyArray<readonly [string, Sex]> = [
  ["ovic", "M"],
  ["evic", "M"],
  ["ovna", "F"],
  ["evna", "F"],
  ["icna", "F"],
  ["inicna", "F"],
];

/** For a Russian-style patronymic (Hasanovich, Гасановна): the father's name stem and sex. */
export function russianPatronymic(folded: string): { father: string; sex: Sex } | undefined {
  for (const [ending, sex] of RUSSIAN_PATRONYMIC) {
    if (folded.length > ending.length + 1 && folded.endsWith(ending)) {
      return { father: folded.slice(0, -ending.length), sex };
    }
  }
  return undefined;
}

const SURNAME_ENDINGS: ReadonlyArray<readonly [string, Sex | undefined]> = [
  ["ova", "F"],
  ["eva", "F"],
  ["skaya", "F"],
  ["zada", undefined],
  ["zade", undefined],
  ["ov", "M"],
  ["ev", "M"],
  ["ski", "M"],
  ["li", undefined],
  ["lu", undefined],
];

/**
 * Splits a folded surname into stem and ending, with the sex the ending implies:
 * Əliyeva → { stem: "ali", ending: "eva", sex: "F" }. Words without a known ending return
 * undefined.
 */
export function surnameEnding(
  folded: string,
): { stem: string; ending: string; sex: Sex | undefined } | undefined {
  for (const [ending, sex] of SURNAME_ENDINGS) {
    if (folded.length >= ending.length + 3 && folded.endsWith(ending)) {
      return { stem: folded.slice(0, -ending.length), ending, sex };
    }
  }
  return undefined;
}

/** Whether a folded word looks like a surname (has a surname ending and is not a patronymic). */
export function looksLikeSurname(folded: string): boolean {
  return surnameEnding(folded) !== undefined && russianPatronymic(folded) === undefined;
}
