/** Person lists and capture histories from CSV files. */
export { type CaptureHistoriesCsv, readCaptureHistoriesCsv } from "./capture-histories-csv.js";
export { type BadRow, type PersonCsv, parseCsvRows, readPersonCsv } from "./person-csv.js";
export { type PersonFiles, readPersonFiles } from "./read-person-files.js";
