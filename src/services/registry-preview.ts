/**
 * What an upload of a person list would read, before anything is stored: the columns with the
 * field each is taken as (detected from its heading, or as the caller chose) and the first rows,
 * so that a person can check and correct the mapping before the import.
 */
import { type MappingOverrides, mapColumns } from "../core/linkage/column-mapping.js";
import type { PersonField } from "../core/linkage/person-table.js";
import { parseCsvRows } from "../ingest/persons/person-csv.js";
import type { Caller } from "./caller.js";
import { InvalidInputError } from "./errors.js";
import { assertMayWrite } from "./policies/access.policy.js";
import { assertWithinLimit } from "./uploaded-file.js";

/** How many data rows the preview shows. */
export const PREVIEW_ROWS = 5;

export interface ListPreview {
  readonly fileName: string;
  readonly columns: {
    readonly header: string;
    /** The field the column is read as; null when it is left out. */
    readonly field: PersonField | null;
    /** The column holding each row's id (default: one headed "id"). */
    readonly id: boolean;
  }[];
  readonly rows: string[][];
  /** Data rows in the file (the header not counted). */
  readonly rowCount: number;
  /** Whether some column is read as a name: without one the import is refused. */
  readonly hasName: boolean;
}

const NAME_FIELDS: readonly PersonField[] = ["given", "surname", "patronymic", "full_name"];

export function previewPersonList(
  caller: Caller,
  maxBytes: number,
  req: { bytes: Uint8Array; fileName: string; overrides: MappingOverrides },
): ListPreview {
  assertMayWrite(caller);
  assertWithinLimit(req, maxBytes);
  let rows: ReturnType<typeof parseCsvRows>;
  let mapping: ReturnType<typeof mapColumns>;
  try {
    rows = parseCsvRows(Buffer.from(req.bytes));
    if (rows.length === 0) throw new Error(`${req.fileName}: the file is empty`);
    mapping = mapColumns(rows[0]!.record, req.overrides);
  } catch (error) {
    throw new InvalidInputError(error instanceof Error ? error.message : String(error), "file");
  }
  const header = rows[0]!.record;
  const fieldAt = new Map<number, PersonField>();
  for (const [field, index] of Object.entries(mapping.fields) as [PersonField, number][])
    fieldAt.set(index, field);
  return {
    fileName: req.fileName,
    columns: header.map((h, i) => ({
      header: h,
      field: fieldAt.get(i) ?? null,
      id: mapping.id === i,
    })),
    rows: rows.slice(1, 1 + PREVIEW_ROWS).map((r) => header.map((_, i) => r.record[i] ?? "")),
    rowCount: rows.length - 1,
    hasName: [...fieldAt.values()].some((f) => NAME_FIELDS.includes(f)),
  };
}
