/**
 * The state every brief and export names: the newest change in the activity log. Exports and
 * briefs change nothing and are passed over; when the newest change imported a case, the head its
 * document named is the state, so that a copy of a case states the state it copies.
 */
import type { Queryable } from "./db.js";

export interface LogHead {
  readonly seq: number;
  readonly hash: string;
}

const isHead = (v: unknown): v is LogHead =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as LogHead).seq === "number" &&
  typeof (v as LogHead).hash === "string";

export async function logHead(db: Queryable): Promise<LogHead | null> {
  const [row] = await db.query<{ seq: number; hash: string; action: string; data: unknown }>(
    `SELECT seq, hash, action, data FROM activity_log
     WHERE action NOT IN ('case.export', 'case.report') ORDER BY seq DESC LIMIT 1`,
  );
  if (!row) return null;
  if (row.action === "case.import") {
    const named = (row.data as { logHead?: unknown }).logHead;
    return isHead(named) ? { seq: named.seq, hash: named.hash } : null;
  }
  return { seq: Number(row.seq), hash: row.hash };
}
