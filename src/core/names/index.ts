/** Name normalisation for Azerbaijani and Russian names in any alphabet or romanisation. */
export { cyrillicToLatin, foldForSearch, foldText, foldWord } from "./fold.js";
export {
  looksLikeSurname,
  patronymicMarker,
  russianPatronymic,
  type Sex,
  surnameEnding,
} from "./name-endings.js";
export { phoneticKey, phoneticOfFolded } from "./phonetic.js";
export { type NameParts, patronymicFather, splitFullName } from "./split-name.js";
export {
  cyrillicToLatinCased,
  inReaderScript,
  isCyrillic,
  latinToCyrillic,
  looksAzerbaijaniLatin,
  toEnglishLatin,
} from "./to-script.js";
