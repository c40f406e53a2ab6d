/**
 * A protected person's stable pseudonym: the same for every spelling of the name in one case,
 * in every store the case is loaded into, and again after unprotecting and protecting anew.
 * @example pseudonymOf("khojaly-1992", "Valeh Hüseynov") === pseudonymOf("khojaly-1992", "Валех Гусейнов")
 */
import { sha256Hex } from "../hash/sha256.js";
import { foldedWords } from "../search/fold.js";
import { partKey } from "./name-matcher.js";

/**
 * The spelling-free key of a name: its parts' phonetic keys (the same the masking uses, so
 * Hüseynov, Huseynov and Гусейнов are one name and Hasanov another), sorted. It says which
 * register entry a name means (case_persons.name_key) and makes the pseudonym of a new entry;
 * an entry keeps the pseudonym it was given.
 */
export function nameKey(name: string): string {
  const head = name.split(/[,(]/)[0] ?? name;
  return foldedWords(head)
    .filter((w) => w.plain.length >= 2)
    .map((w) => partKey(w.plain))
    .sort()
    .join(" ");
}

export function pseudonymOf(caseId: string, name: string): string {
  return `Person ${sha256Hex(`${caseId}\n${nameKey(name)}`)
    .slice(0, 6)
    .toUpperCase()}`;
}
