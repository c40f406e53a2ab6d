export * from "./law-types.js";
export { type LawError, type LawValidation, MAX_TEXT, validateLaw } from "./validate-law.js";
