export * from "./access.js";
export * from "./claim.js";
export * from "./grade.js";
export * from "./partial-date.js";
export * from "./provenance.js";
export * from "./source-kind.js";
export * from "./span.js";
