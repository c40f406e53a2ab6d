/**
 * Multi-row INSERT in chunks: one round trip per chunk instead of one per row, kept under
 * PostgreSQL's limit of 65,535 parameters per statement. Chunks are also kept small in rows, and
 * the event loop gets a turn between them: the embedded store executes SQL on this process's main
 * thread, and one 30,000-row statement would hold every other request for seconds.
 */
import type { Queryable, SqlParam } from "./db.js";

const MAX_PARAMS = 60_000;
const MAX_ROWS = 100;

export async function insertRows(
  tx: Queryable,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly SqlParam[])[],
): Promise<void> {
  const perChunk = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_PARAMS / columns.length)));
  for (let i = 0; i < rows.length; i += perChunk) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    const chunk = rows.slice(i, i + perChunk);
    const params: SqlParam[] = [];
    const values = chunk.map((row) => {
      const placeholders = row.map((_, k) => `$${params.length + k + 1}`);
      params.push(...row);
      return `(${placeholders.join(", ")})`;
    });
    await tx.query(
      `INSERT INTO ${table} (${columns.join(", ")}) VALUES ${values.join(", ")}`,
      params,
    );
  }
}

/** How many rows one `insertColumns` statement carries (the event loop gets a turn between). */
const ROWS_PER_STATEMENT = 500;

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
  rows: readonly (readonly (string | number | null)[])[],
  constants: { readonly [column: string]: string } = {},
): Promise<void> {
  const fixed = Object.entries(constants);
  const names = [...columns.map(([name]) => name), ...fixed.map(([name]) => name)].join(", ");
  const arrays = columns.map(([, type], k) => `$${k + 1}::${type}[]`).join(", ");
  const values = [...columns.map((_, k) => `c${k}`), ...fixed.map(([, value]) => value)].join(", ");
  const aliases = columns.map((_, k) => `c${k}`).join(", ");
  const sql = `INSERT INTO ${table} (${names}) SELECT ${values} FROM unnest(${arrays}) AS t(${aliases})`;
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
    await tx.query(
      sql,
      columns.map((_, k) => chunk.map((row) => row[k] ?? null)),
    );
  }
}
