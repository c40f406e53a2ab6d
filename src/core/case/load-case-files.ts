/** The one place that turns a case directory's file names into validator input; I/O stays with callers. */
import { CASE_FILES, type CasePart } from "./case-types.js";

/** Reads each case file through `read` (a file name → JSON text function) and parses it. */
export function parseCaseFiles(
  read: (fileName: string) => string,
): Partial<Record<CasePart, unknown>> {
  const parts: Partial<Record<CasePart, unknown>> = {};
  for (const [part, file] of Object.entries(CASE_FILES) as [CasePart, string][]) {
    parts[part] = JSON.parse(read(file));
  }
  return parts;
}
