/**
 * A protected person's stable pseudonym: the same for every spelling of the name in one case,
 * in every store the case is loaded into, and again after unprotecting and protecting anew.
 * @example pseudonymOf("khojaly-1992", "Valeh Hüseynov") === pseudonymOf("khojaly-1992", "Валех Гусейнов")
 */
import { sha256Hex } from "../hash/sha256.js";
import { foldedWords, nameSkeleton } from "../search/fold.js";
import { partKey } from "./name-matcher.js";

/** The spelling-free key of a name: its parts' skeletons (h and g as one), sorted. */
export function nameKey(name: string): string {
  const head = name.split(/[,(]/)[0] ?? name;
  return foldedWords(head)
    .filter((w) => w.plain.length >= 2)
    .map((w) => partKey(nameSkeleton(w.plain)))
    .sort()
    .join(" ");
}

export function pseudonymOf(caseId: string, name: string): string {
  return `Person ${sha256Hex(`${caseId}\n${nameKey(name)}`)
    .slice(0, 6)
    .toUpperCase()}`;
}
