export { splitCompilation } from "./split-compilation.js";
export type { PartKind, SplitPart } from "./split-part.js";
