/**
 * Bulk INSERT from column arrays, in chunks: one round trip per chunk instead of one per row. The
 * event loop gets a turn between chunks: the embedded store executes SQL on this process's main
 * thread, and one 30,000-row statement would hold every other request for seconds.
 */
import type { Queryable } from "./db.js";

/** How many rows one `insertColumns` statement carries (the event loop gets a turn between). */
const ROWS_PER_STATEMENT = 500;

/** A value of one row's column; a Date is sent as its ISO string (timestamptz reads it exactly). */
export type ColumnValue = string | number | Date | null;

/**
 * INSERT … SELECT FROM unnest(arrays): one parameter per column, whatever the number of rows, so
 * the statement's text and plan stay the same size (a multi-row VALUES list of 30 claims was 750
 * parameters for the server to parse and plan, and as many for the driver to encode). `columns`
 * name each column with its SQL type; `constants` gives columns the same SQL value on every row.
 */
export async function insertColumns(
  tx: Queryable,
  table: string,
  columns: readonly (readonly [name: string, type: string])[],
  rows: readonly (readonly ColumnValue[])[],
  constants: { readonly [column: string]: string } = {},
): Promise<void> {
  const fixed = Object.entries(constants);
  const names = [...columns.map(([name]) => name), ...fixed.map(([name]) => name)].join(", ");
  const values = [...columns.map((_, k) => `c${k}`), ...fixed.map(([, value]) => value)].join(", ");
  const aliases = columns.map((_, k) => `c${k}`).join(", ");
  const sql = `INSERT INTO ${table} (${names}) SELECT ${values} FROM unnest(${unnestArrays(columns)}) AS t(${aliases})`;
  await queryColumns(tx, sql, columns, rows);
}

/** `$1::type[], $2::type[], …`: the arrays of `columns`, for `unnest(…)`. */
export function unnestArrays(columns: readonly (readonly [name: string, type: string])[]): string {
  return columns.map(([, type], k) => `$${k + 1}::${type}[]`).join(", ");
}

/**
 * Runs `sql`, whose parameters are the arrays of `columns` in order (see `unnestArrays`), once per
 * chunk of rows: for a statement that writes more than one table from the same rows.
 */
export async function queryColumns(
  tx: Queryable,
  sql: string,
  columns: readonly (readonly [name: string, type: string])[],
  rows: readonly (readonly ColumnValue[])[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    await tx.query(
      sql,
      columns.map((_, k) =>
        chunk.map((row) => {
          const value = row[k] ?? null;
          return value instanceof Date ? value.toISOString() : value;
        }),
      ),
    );
  }
}
