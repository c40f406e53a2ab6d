/** SQL of the activity log. Appends are serialised with an advisory lock inside the caller's transaction. */
import type { Json } from "../core/hash/canonical-json.js";
import {
  type LogAction,
  type LogDraft,
  type LogEntry,
  sealLogEntry,
} from "../core/log/log-entry.js";
import type { Queryable } from "./db.js";

const APPEND_LOCK = 4242002;

interface LogRow {
  seq: number;
  at: Date;
  actor: string;
  action: string;
  target_type: string;
  target_id: string;
  reason: string | null;
  data: { [key: string]: Json };
  prev_hash: string;
  hash: string;
}

function toEntry(row: LogRow): LogEntry {
  return {
    seq: Number(row.seq),
    at: row.at,
    actor: row.actor,
    action: row.action as LogAction,
    targetType: row.target_type,
    targetId: row.target_id,
    reason: row.reason,
    data: row.data,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** Appends one entry; call inside the transaction that makes the change it records. */
export async function appendLog(
  tx: Queryable,
  draft: LogDraft,
  at = new Date(),
): Promise<LogEntry> {
  await tx.query("SELECT pg_advisory_xact_lock($1)", [APPEND_LOCK]);
  const [last] = await tx.query<{ seq: number; hash: string }>(
    "SELECT seq, hash FROM activity_log ORDER BY seq DESC LIMIT 1",
  );
  const previous = last ? { seq: Number(last.seq), hash: last.hash } : null;
  const entry = sealLogEntry(draft, previous, at);
  await tx.query(
    `INSERT INTO activity_log (seq, at, actor, action, target_type, target_id, reason, data, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      entry.seq,
      entry.at,
      entry.actor,
      entry.action,
      entry.targetType,
      entry.targetId,
      entry.reason,
      JSON.stringify(entry.data),
      entry.prevHash,
      entry.hash,
    ],
  );
  return entry;
}

export interface LogQuery {
  readonly limit: number;
  /** Entries with seq below this (newest first paging). */
  readonly beforeSeq?: number | undefined;
  readonly targetType?: string | undefined;
  readonly targetIds?: readonly string[] | undefined;
}

export async function listLog(db: Queryable, q: LogQuery): Promise<LogEntry[]> {
  const rows = await db.query<LogRow>(
    `SELECT * FROM activity_log
     WHERE ($1::bigint IS NULL OR seq < $1)
       AND ($2::text IS NULL OR target_type = $2)
       AND ($3::text[] IS NULL OR target_id = ANY($3))
     ORDER BY seq DESC LIMIT $4`,
    [q.beforeSeq ?? null, q.targetType ?? null, q.targetIds ?? null, q.limit],
  );
  return rows.map(toEntry);
}

/** Reads the whole log in sequence order, a batch at a time. */
export async function* walkLog(db: Queryable, batch = 1000): AsyncGenerator<LogEntry> {
  let after = 0;
  for (;;) {
    const rows = await db.query<LogRow>(
      "SELECT * FROM activity_log WHERE seq > $1 ORDER BY seq LIMIT $2",
      [after, batch],
    );
    for (const row of rows) yield toEntry(row);
    if (rows.length < batch) return;
    after = Number(rows[rows.length - 1]!.seq);
  }
}
