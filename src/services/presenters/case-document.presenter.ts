/** The whole case as one JSON document (core/export/case-document.ts), its keys in a fixed order. */
import {
  CASE_DOCUMENT_FORMAT,
  CASE_DOCUMENT_VERSION,
  type ExportStamp,
} from "../../core/export/case-document.js";
import { CASE_TABLES, type CaseTables } from "../../store/case-dump.repository.js";

export function presentCaseDocument(
  stamp: ExportStamp,
  caseId: string,
  schema: string,
  tables: CaseTables,
  blobs: {
    readonly files: ReadonlyMap<string, Uint8Array>;
    /** Files kept back from a reader who may not see every name (export-shield.ts). */
    readonly withheld: ReadonlySet<string>;
  },
): string {
  const { files } = blobs;
  const inline: { [sha256: string]: string } = {};
  for (const sha of [...files.keys()].sort())
    inline[sha] = Buffer.from(files.get(sha) as Uint8Array).toString("base64");
  return JSON.stringify({
    format: CASE_DOCUMENT_FORMAT,
    formatVersion: CASE_DOCUMENT_VERSION,
    caseId,
    exportedAt: stamp.exportedAt,
    casefileVersion: stamp.casefileVersion,
    logHead: stamp.logHead,
    schema,
    tables: Object.fromEntries(CASE_TABLES.map((t) => [t, tables[t]])),
    blobs: {
      mode: "inline",
      files: inline,
      ...(blobs.withheld.size ? { withheld: [...blobs.withheld].sort() } : {}),
    },
  });
}
