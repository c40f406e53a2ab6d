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
