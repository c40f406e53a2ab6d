export { findDates, monthNumber } from "./calendar.js";
export { type ExtractOptions, extractClaims } from "./extract-claims.js";
export { MAX_INPUT_CHARS } from "./input-guard.js";
