/**
 * Splitting a full name written in one column into surname, given name and patronymic, for lists
 * that have no separate columns: "Əliyev Elçin Həsən oğlu", "Elchin Hasan oglu Aliyev",
 * "Алиев Эльчин Гасанович", "Elchin Aliyev".
 */
import { foldWord } from "./fold.js";
import { looksLikeSurname, patronymicMarker, russianPatronymic, type Sex } from "./name-endings.js";

// The rules' patterns, compiled once (text/word-shapes.ts says why).
const NAME_SEPARATORS = /[\s,.;]+/u;

export interface NameParts {
  readonly surname?: string;
  readonly given?: string;
  /** The father's given name, as written (without oğlu/qızı or -ovich/-ovna). */
  readonly patronymic?: string;
  /** Sex implied by the patronymic marker, when there is one. */
  readonly sex?: Sex;
  /** Where the surname stood. */
  readonly order: "surname-first" | "surname-last" | "unknown";
}

interface Token {
  readonly raw: string;
  readonly folded: string;
}

function findPatronymic(
  tokens: Token[],
): { index: number; span: number; father: string; sex: Sex } | undefined {
  for (let i = 1; i < tokens.length; i++) {
    const sex = patronymicMarker(tokens[i]!.folded);
    if (sex) return { index: i - 1, span: 2, father: tokens[i - 1]!.raw, sex };
  }
  for (let i = 1; i < tokens.length; i++) {
    const ru = russianPatronymic(tokens[i]!.folded);
    if (ru)
      return { index: i, span: 1, father: tokens[i]!.raw.slice(0, ru.father.length), sex: ru.sex };
  }
  return undefined;
}

/**
 * Splits a full name into parts. Surname position is decided by surname endings (-ov, -yev, -li,
 * -zadə); without one, the Soviet and Azerbaijani list convention (surname first) is assumed
 * when a patronymic follows, otherwise the English convention (surname last).
 */
export function splitFullName(full: string): NameParts {
  const tokens: Token[] = full
    .split(NAME_SEPARATORS)
    .filter((t) => t.length > 0)
    .map((raw) => ({ raw, folded: foldWord(raw) }))
    .filter((t) => t.folded.length > 0);
  if (tokens.length === 0) return { order: "unknown" };
  const pat = findPatronymic(tokens);
  const rest = pat ? tokens.filter((_, i) => i < pat.index || i >= pat.index + pat.span) : tokens;
  const extra = pat ? { patronymic: pat.father, sex: pat.sex } : {};
  if (rest.length === 1) {
    const only = rest[0]!;
    return looksLikeSurname(only.folded)
      ? { surname: only.raw, order: "unknown", ...extra }
      : { given: only.raw, order: "unknown", ...extra };
  }
  const first = rest[0]!;
  const last = rest[rest.length - 1]!;
  const middle = rest.slice(1, -1).map((t) => t.raw);
  const firstIs = looksLikeSurname(first.folded);
  const lastIs = looksLikeSurname(last.folded);
  const surnameFirst =
    firstIs !== lastIs
      ? firstIs
      : pat
        ? pat.index > 0 || pat.index + pat.span < tokens.length - 1
        : false;
  // Without a recognised patronymic, a third word is one (misspelt or unmarked): the lists write
  // "Surname Given Patronymic" or "Given Patronymic Surname".
  const third =
    !pat && rest.length === 3 ? { patronymic: surnameFirst ? last.raw : middle[0]! } : {};
  if (surnameFirst) {
    const given = third.patronymic ? middle.join(" ") : [...middle, last.raw].join(" ");
    return { surname: first.raw, given, order: "surname-first", ...extra, ...third };
  }
  const given = third.patronymic ? first.raw : [first.raw, ...middle].join(" ");
  return { surname: last.raw, given, order: "surname-last", ...extra, ...third };
}

/**
 * The father's name from a patronymic column value: "Həsən oğlu", "Гасан оглы", "Hasanovich"
 * → "Həsən"/"Гасан"/"Hasan".
 */
export function patronymicFather(value: string): { father: string; sex?: Sex } {
  const tokens = value.split(NAME_SEPARATORS).filter((t) => t.length > 0);
  if (tokens.length >= 2) {
    const sex = patronymicMarker(foldWord(tokens[tokens.length - 1]!));
    if (sex) return { father: tokens.slice(0, -1).join(" "), sex };
  }
  if (tokens.length === 1) {
    const ru = russianPatronymic(foldWord(tokens[0]!));
    if (ru) return { father: tokens[0]!.slice(0, ru.father.length), sex: ru.sex };
  }
  return { father: value.trim() };
}
