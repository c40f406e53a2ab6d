/** Witness protection: finding a protected name in any spelling, hiding it, and its pseudonym. */

export { mayName } from "./may-name.js";
export { nameKey } from "./name-key.js";
export {
  type NameMatcher,
  type NameSpan,
  nameMatcher,
  type ProtectedName,
} from "./name-matcher.js";
export { pseudonymOf } from "./pseudonym.js";
export { isPseudonym } from "./pseudonym-form.js";
export { MASK, makeRedactor, type Redactor } from "./redactor.js";
