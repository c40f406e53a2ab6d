/** SQL of Casefile's job records (the queue itself is pg-boss's, see job-queue.ts). */
import type { Json } from "../core/hash/canonical-json.js";
import type { Queryable } from "./db.js";

export const JOB_STATES = ["queued", "running", "completed", "failed", "cancelled"] as const;
export type JobState = (typeof JOB_STATES)[number];
export type ItemState = "pending" | "done" | "failed" | "cancelled";

export interface JobRow {
  readonly id: string;
  readonly type: string;
  readonly state: JobState;
  readonly input: Json;
  readonly startedBy: string;
  readonly createdAt: Date;
  readonly startedAt: Date | null;
  readonly finishedAt: Date | null;
  readonly done: number;
  readonly failed: number;
  readonly total: number;
  readonly currentItem: string | null;
  readonly result: Json;
  readonly error: string | null;
}

export interface JobItemRow {
  readonly seq: number;
  readonly label: string;
  readonly input: Json;
  readonly state: ItemState;
  readonly result: Json;
  readonly error: string | null;
  readonly worker: string | null;
}

interface RawJob {
  id: string;
  type: string;
  state: JobState;
  input: Json;
  started_by: string;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  done: number;
  failed: number;
  total: number;
  current_item: string | null;
  result: Json;
  error: string | null;
}

const toJob = (r: RawJob): JobRow => ({
  id: r.id,
  type: r.type,
  state: r.state,
  input: r.input,
  startedBy: r.started_by,
  createdAt: r.created_at,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  done: Number(r.done),
  failed: Number(r.failed),
  total: Number(r.total),
  currentItem: r.current_item,
  result: r.result,
  error: r.error,
});

export interface NewJob {
  readonly id: string;
  readonly type: string;
  readonly input: Json;
  readonly startedBy: string;
  readonly at: Date;
  readonly items: readonly { label: string; input: Json }[];
}

export async function insertJob(tx: Queryable, job: NewJob): Promise<void> {
  await tx.query(
    `INSERT INTO jobs (id, type, state, input, started_by, created_at, total, updated_at)
     VALUES ($1, $2, 'queued', $3, $4, $5, $6, $5)`,
    [job.id, job.type, JSON.stringify(job.input), job.startedBy, job.at, job.items.length],
  );
  if (job.items.length === 0) return;
  await tx.query(
    `INSERT INTO job_items (job_id, seq, label, input, state)
     SELECT $1, s.seq - 1, s.label, s.input::jsonb, 'pending'
     FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS s(label, input, seq)`,
    [job.id, job.items.map((i) => i.label), job.items.map((i) => JSON.stringify(i.input))],
  );
}

export async function getJob(db: Queryable, id: string): Promise<JobRow | null> {
  const [row] = await db.query<RawJob>("SELECT * FROM jobs WHERE id = $1", [id]);
  return row ? toJob(row) : null;
}

export async function listJobs(
  db: Queryable,
  q: {
    state?: JobState | undefined;
    /** Only the jobs this actor started (null: every job). */
    startedBy?: string | null | undefined;
    limit: number;
    offset: number;
  },
): Promise<{ items: JobRow[]; total: number }> {
  const rows = await db.query<RawJob & { full_count: number }>(
    `SELECT *, count(*) OVER () AS full_count FROM jobs
     WHERE ($1::text IS NULL OR state = $1) AND ($4::text IS NULL OR started_by = $4)
     ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`,
    [q.state ?? null, q.limit, q.offset, q.startedBy ?? null],
  );
  return { items: rows.map(toJob), total: Number(rows[0]?.full_count ?? 0) };
}

/** Marks a queued job running (a no-op for one already running, finished or cancelled). */
export async function markJobRunning(db: Queryable, id: string, at: Date): Promise<JobRow | null> {
  const [row] = await db.query<RawJob>(
    `UPDATE jobs SET state = CASE WHEN state = 'queued' THEN 'running' ELSE state END,
       started_at = coalesce(started_at, $2), updated_at = $2
     WHERE id = $1 RETURNING *`,
    [id, at],
  );
  return row ? toJob(row) : null;
}

/**
 * An item's delivery: marks a queued job running and answers its state and starter, without its
 * input (a batch's input names every file, and an item needs it once per process, `jobInput`).
 * A running job's row is not written again, so workers taking items do not queue on it.
 */
export async function startJobItems(
  db: Queryable,
  id: string,
  at: Date,
): Promise<{ state: JobState; startedBy: string } | null> {
  type Row = { state: JobState; started_by: string };
  const [started] = await db.query<Row>(
    `UPDATE jobs SET state = 'running', started_at = coalesce(started_at, $2), updated_at = $2
     WHERE id = $1 AND state = 'queued' RETURNING state, started_by`,
    [id, at],
  );
  // Read in a statement of its own: when another worker started the job while this UPDATE waited
  // for its row, a fallback inside the same statement would still read the statement's snapshot
  // ('queued'), and this item would be dropped as if the job were not running.
  const [row] = started
    ? [started]
    : await db.query<Row>("SELECT state, started_by FROM jobs WHERE id = $1", [id]);
  return row ? { state: row.state, startedBy: row.started_by } : null;
}

export async function jobInput(db: Queryable, id: string): Promise<Json | null> {
  const [row] = await db.query<{ input: Json }>("SELECT input FROM jobs WHERE id = $1", [id]);
  return row?.input ?? null;
}

/** Whether any item of the job waits to be settled. */
export async function hasPendingItems(db: Queryable, jobId: string): Promise<boolean> {
  const rows = await db.query(
    "SELECT 1 FROM job_items WHERE job_id = $1 AND state = 'pending' LIMIT 1",
    [jobId],
  );
  return rows.length > 0;
}

export async function setJobProgress(
  db: Queryable,
  id: string,
  p: { done: number; total: number; currentItem: string | null },
  at: Date,
): Promise<void> {
  await db.query(
    `UPDATE jobs SET done = $2, total = $3, current_item = $4, updated_at = $5
     WHERE id = $1 AND state = 'running'`,
    [id, p.done, p.total, p.currentItem, at],
  );
}

/** Finishes a job unless it already finished (a cancelled job stays cancelled). */
export async function finishJob(
  db: Queryable,
  id: string,
  outcome: { state: "completed" | "failed"; result: Json; error: string | null },
  at: Date,
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE jobs SET state = $2, result = $3, error = $4, finished_at = $5, updated_at = $5,
       current_item = NULL
     WHERE id = $1 AND state IN ('queued', 'running') RETURNING id`,
    [id, outcome.state, JSON.stringify(outcome.result), outcome.error, at],
  );
  return rows.length > 0;
}

/** Replaces the result of a completed job (a late item result folded in). */
export async function refreshJobResult(db: Queryable, id: string, result: Json): Promise<void> {
  await db.query("UPDATE jobs SET result = $2 WHERE id = $1 AND state = 'completed'", [
    id,
    JSON.stringify(result),
  ]);
}

export async function cancelJobRow(db: Queryable, id: string, at: Date): Promise<boolean> {
  const rows = await db.query(
    `UPDATE jobs SET state = 'cancelled', finished_at = $2, updated_at = $2, current_item = NULL
     WHERE id = $1 AND state IN ('queued', 'running') RETURNING id`,
    [id, at],
  );
  if (rows.length > 0)
    await db.query(
      "UPDATE job_items SET state = 'cancelled' WHERE job_id = $1 AND state = 'pending'",
      [id],
    );
  return rows.length > 0;
}

export async function jobState(db: Queryable, id: string): Promise<JobState | null> {
  const [row] = await db.query<{ state: JobState }>("SELECT state FROM jobs WHERE id = $1", [id]);
  return row?.state ?? null;
}

/**
 * What a worker needs to take an item, in one statement: the job's state and starter and the
 * item (null when the job has no such item). A queued job is then started with `startJobItems`.
 */
export async function itemDelivery(
  db: Queryable,
  jobId: string,
  seq: number,
): Promise<{ state: JobState; startedBy: string; item: JobItemRow | null } | null> {
  const [row] = await db.query<{
    job_state: JobState;
    started_by: string;
    item: JobItemRow | null;
  }>(
    `SELECT j.state AS job_state, j.started_by,
       CASE WHEN i.seq IS NULL THEN NULL ELSE json_build_object('seq', i.seq, 'label', i.label,
         'input', i.input, 'state', i.state, 'result', i.result, 'error', i.error,
         'worker', i.worker) END AS item
     FROM jobs j LEFT JOIN job_items i ON i.job_id = j.id AND i.seq = $2
     WHERE j.id = $1`,
    [jobId, seq],
  );
  return row ? { state: row.job_state, startedBy: row.started_by, item: row.item } : null;
}

export async function listJobItems(db: Queryable, jobId: string): Promise<JobItemRow[]> {
  return db.query<JobItemRow>(
    "SELECT seq, label, input, state, result, error, worker FROM job_items WHERE job_id = $1 ORDER BY seq",
    [jobId],
  );
}

/**
 * Settles a pending item inside the transaction that did its work. The row lock makes a second
 * delivery of the same item (a retry after a crash, or after its first run outlived the expiry)
 * wait for the first and then find it settled: false means "already done, roll back".
 */
export async function settleJobItem(
  tx: Queryable,
  jobId: string,
  seq: number,
  outcome: { state: "done" | "failed"; result: Json; error: string | null; worker: string },
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE job_items SET state = $3, result = $4, error = $5, worker = $6
     WHERE job_id = $1 AND seq = $2 AND state = 'pending' RETURNING seq`,
    [jobId, seq, outcome.state, JSON.stringify(outcome.result), outcome.error, outcome.worker],
  );
  return rows.length > 0;
}

/** Recounts an item job's progress from its items; returns the counts. */
export async function recountJobItems(
  tx: Queryable,
  jobId: string,
  currentItem: string | null,
  at: Date,
): Promise<{ done: number; failed: number; pending: number; total: number }> {
  const [c] = await tx.query<{ done: number; failed: number; pending: number; total: number }>(
    `SELECT count(*) FILTER (WHERE state = 'done')::int AS done,
            count(*) FILTER (WHERE state = 'failed')::int AS failed,
            count(*) FILTER (WHERE state = 'pending')::int AS pending,
            count(*)::int AS total
     FROM job_items WHERE job_id = $1`,
    [jobId],
  );
  const counts = c ?? { done: 0, failed: 0, pending: 0, total: 0 };
  await tx.query(
    `UPDATE jobs SET done = $2, failed = $3, total = $4, current_item = $5, updated_at = $6
     WHERE id = $1 AND state = 'running'`,
    [jobId, counts.done + counts.failed, counts.failed, counts.total, currentItem, at],
  );
  return counts;
}

export async function appendJobLog(
  db: Queryable,
  jobId: string,
  message: string,
  at: Date,
): Promise<void> {
  await db.query("INSERT INTO job_log (job_id, at, message) VALUES ($1, $2, $3)", [
    jobId,
    at,
    message,
  ]);
}

export async function jobLog(
  db: Queryable,
  jobId: string,
  limit: number,
): Promise<{ at: Date; message: string }[]> {
  // The newest lines, shown oldest first.
  const rows = await db.query<{ at: Date; message: string }>(
    "SELECT at, message FROM job_log WHERE job_id = $1 ORDER BY id DESC LIMIT $2",
    [jobId, limit],
  );
  return rows.reverse();
}

/** The files finished jobs wrote (an export, a brief): referenced while the job record exists. */
export async function jobOutputBlobs(db: Queryable): Promise<Set<string>> {
  const rows = await db.query<{ sha256: string }>(
    `SELECT DISTINCT result->'file'->>'sha256' AS sha256 FROM jobs
     WHERE jsonb_typeof(result->'file') = 'object' AND result->'file'->>'sha256' IS NOT NULL`,
  );
  return new Set(rows.map((r) => r.sha256));
}

/** Whether a job record still names this file as its output. */
export async function isJobOutput(db: Queryable, sha256: string): Promise<boolean> {
  const rows = await db.query("SELECT 1 FROM jobs WHERE result->'file'->>'sha256' = $1 LIMIT 1", [
    sha256,
  ]);
  return rows.length > 0;
}

/**
 * Removes the records (job, items, log) of jobs that finished before `before`; their files are
 * then unreferenced and go the way of every orphan. Jobs still queued or running are never touched.
 */
export async function expireFinishedJobs(tx: Queryable, before: Date): Promise<string[]> {
  const ids = await jobsFinishedBefore(tx, before, "FOR UPDATE");
  if (ids.length === 0) return ids;
  await tx.query("DELETE FROM job_log WHERE job_id = ANY($1::uuid[])", [ids]);
  await tx.query("DELETE FROM job_items WHERE job_id = ANY($1::uuid[])", [ids]);
  await tx.query("DELETE FROM jobs WHERE id = ANY($1::uuid[])", [ids]);
  return ids;
}

/** Jobs that finished (completed, failed or cancelled) before `before`, oldest first. */
export async function jobsFinishedBefore(
  db: Queryable,
  before: Date,
  lock: "" | "FOR UPDATE" = "",
): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT id FROM jobs WHERE state IN ('completed', 'failed', 'cancelled') AND finished_at < $1
     ORDER BY finished_at, id ${lock}`,
    [before],
  );
  return rows.map((r) => r.id);
}
