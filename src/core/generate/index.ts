/** Seedable generation of person lists with known truth. */
export { toCsvText, truthCsvText } from "./csv-text.js";
export {
  type GeneratedList,
  type GeneratedPersons,
  type GenerateOptions,
  generatePersons,
} from "./generate-persons.js";
export { LAYOUTS, type ListLayout } from "./list-layouts.js";
