/**
 * Folds a place or person name to a spelling-independent key, so that English, Azerbaijani Latin
 * and Russian Cyrillic renderings meet: Khojaly, Khojali, Khodjaly, Xocalı and Ходжалы all fold
 * to "xojali". It is core/names' fold, the one set of transliteration tables in Casefile.
 */
import { foldText } from "../names/fold.js";

/** The spelling-independent key of a name; letters only, lower case, words run together. */
export function foldName(name: string): string {
  return foldText(name).replace(/ /g, "");
}
