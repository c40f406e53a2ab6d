/** Probabilistic record linkage of person lists (Fellegi–Sunter, unsupervised, blocked). */
export { type BlockingRule, DEFAULT_RULES } from "./blocking-rules.js";
export { captureHistories } from "./capture-histories.js";
export { type ColumnMapping, type MappingOverrides, mapColumns } from "./column-mapping.js";
export { evaluateClusters, evaluateLinks, type PrecisionRecall } from "./evaluate.js";
export type { FieldModel, LinkageModel } from "./fit-model.js";
export { jaroWinkler, jaroWinklerStrings } from "./jaro-winkler.js";
export {
  DEFAULT_THRESHOLD,
  type LinkOptions,
  type LinkProgress,
  type LinkResult,
  type LinkStage,
  type Links,
  linkRecords,
} from "./link-records.js";
export { type LinkRow, linkRows } from "./link-rows.js";
export {
  type Column,
  concatTables,
  PERSON_FIELDS,
  type PersonField,
  type PersonTable,
  type TablePart,
  tableSize,
} from "./person-table.js";
