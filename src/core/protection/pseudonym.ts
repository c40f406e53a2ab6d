/**
 * A protected person's stable pseudonym: the same for every spelling of the name in one case,
 * in every store the case is loaded into, and again after unprotecting and protecting anew.
 * @example pseudonymOf("khojaly-1992", "Valeh Hüseynov") === pseudonymOf("khojaly-1992", "Валех Гусейнов")
 */
import { sha256Hex } from "../hash/sha256.js";
import { foldedWords, nameSkeleton } from "../search/fold.js";

/**
 * The spelling-free key of a name: its parts' skeletons (h and g as one), sorted. It is stored
 * (case_persons.name_key) and makes the pseudonym, so it stays as it was when masking moved to
 * the finer phonetic key (name-matcher.ts): pseudonyms already given do not change.
 */
export function nameKey(name: string): string {
  const head = name.split(/[,(]/)[0] ?? name;
  return foldedWords(head)
    .filter((w) => w.plain.length >= 2)
    .map((w) => nameSkeleton(w.plain).replace(/^h/, "g"))
    .sort()
    .join(" ");
}

export function pseudonymOf(caseId: string, name: string): string {
  return `Person ${sha256Hex(`${caseId}\n${nameKey(name)}`)
    .slice(0, 6)
    .toUpperCase()}`;
}
