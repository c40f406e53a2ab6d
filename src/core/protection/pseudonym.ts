/**
 * A protected person's stable pseudonym: the same for every spelling of the name in one case,
 * in every store the case is loaded into, and again after unprotecting and protecting anew.
 * @example pseudonymOf("khojaly-1992", "Valeh Hüseynov") === pseudonymOf("khojaly-1992", "Валех Гусейнов")
 */
import { sha256Hex } from "../hash/sha256.js";
import { nameKey } from "./name-key.js";
import { PSEUDONYM_WORD } from "./pseudonym-form.js";

export function pseudonymOf(caseId: string, name: string): string {
  return `${PSEUDONYM_WORD} ${sha256Hex(`${caseId}\n${nameKey(name)}`)
    .slice(0, 6)
    .toUpperCase()}`;
}
