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
export { inReaderScript, latinToCyrillic } from "./to-script.js";
