export {
  type CaseFinding,
  checkCase,
  FINDING_CLASSES,
  type FindingClass,
  sentenceAround,
} from "./case-check.js";
export * from "./case-types.js";
export { chronologyKey, compareWhen } from "./chronology-order.js";
export * from "./figure-aspects.js";
export { parseCaseFiles } from "./load-case-files.js";
export type { CaseError } from "./read-json.js";
export { TEXT_LANGUAGES, type TextLanguage, type Translations } from "./read-translations.js";
export * from "./recognition-standing.js";
export { type AssembledSource, assembleSourceText, SPAN_SEPARATOR } from "./source-text.js";
export { type CaseValidation, type ValidateOptions, validateCase } from "./validate-case.js";
export * from "./vocabulary.js";
