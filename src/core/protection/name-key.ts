/**
 * Which person of a case's register a name means. Apart from the pseudonym (pseudonym.ts), which
 * hashes it, so that the web application can tell which register entry a name is without
 * bundling a hash.
 */
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
