export { cleanText } from "./clean-text.js";
export type { CleanedText } from "./cleaned-text.js";
