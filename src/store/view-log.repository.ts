/** SQL of view logging: which of some sources are above public, by level. No policy here. */
import type { Queryable } from "./db.js";

export async function guardedSources(
  db: Queryable,
  ids: readonly string[],
): Promise<{ id: string; access: string }[]> {
  if (ids.length === 0) return [];
  return db.query<{ id: string; access: string }>(
    "SELECT id, access FROM sources WHERE id = ANY($1::uuid[]) AND access <> 'public'",
    [ids as string[]],
  );
}

/**
 * Forgets page views logged before `before` (their log entries stay: this is only the record that
 * kept a view from being logged twice); with `dryRun`, only counts them. Returns how many.
 */
export async function pruneLoggedViews(
  db: Queryable,
  before: Date,
  dryRun: boolean,
): Promise<number> {
  const rows = await db.query<{ n: number }>(
    dryRun
      ? "SELECT count(*)::int AS n FROM logged_views WHERE logged_at < $1"
      : "WITH gone AS (DELETE FROM logged_views WHERE logged_at < $1 RETURNING 1) SELECT count(*)::int AS n FROM gone",
    [before],
  );
  return Number(rows[0]?.n ?? 0);
}

/**
 * Claims a page view for logging: true for the first claim of (actor, view), false when it was
 * claimed before, by this process or another (the key decides; a concurrent claim waits for the
 * first to commit or roll back).
 */
export async function claimView(
  tx: Queryable,
  actor: string,
  view: string,
  at: Date,
): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO logged_views (actor, view_id, logged_at) VALUES ($1, $2, $3)
     ON CONFLICT (actor, view_id) DO NOTHING RETURNING 1`,
    [actor, view, at],
  );
  return rows.length > 0;
}
