/** The activity log's last entry: what every brief and export names as the state it describes. */
import type { Queryable } from "./db.js";

export async function logHead(db: Queryable): Promise<{ seq: number; hash: string } | null> {
  const [row] = await db.query<{ seq: number; hash: string }>(
    "SELECT seq, hash FROM activity_log ORDER BY seq DESC LIMIT 1",
  );
  return row ? { seq: Number(row.seq), hash: row.hash } : null;
}
