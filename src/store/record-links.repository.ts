/** SQL of linkage runs and the links between person records they propose, and their review. */

import type { Json } from "../core/hash/canonical-json.js";
import type { Queryable } from "./db.js";
import { recordVisible } from "./visibility.sql.js";

/** A candidate is a pair the model scored below the threshold: listed only on request. */
export type LinkStatus = "proposed" | "candidate" | "awaiting" | "confirmed" | "rejected";
export type LinkOrigin = "model" | "manual";
export const LINK_STATUSES: readonly LinkStatus[] = [
  "proposed",
  "candidate",
  "awaiting",
  "confirmed",
  "rejected",
];

export interface LinkageRunRecord {
  readonly id: string;
  readonly listIds: readonly string[];
  readonly parameters: { readonly [key: string]: Json };
  readonly counts: { readonly [key: string]: Json };
  readonly model: Json;
  readonly createdBy: string;
  readonly createdAt: Date;
}

export interface NewLink {
  readonly id: string;
  readonly left: string;
  readonly right: string;
  readonly probability: number;
  readonly status: "proposed" | "candidate";
}

export async function insertLinkageRun(tx: Queryable, r: LinkageRunRecord): Promise<void> {
  await tx.query(
    `INSERT INTO linkage_runs (id, list_ids, parameters, counts, model, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      r.id,
      r.listIds as string[],
      JSON.stringify(r.parameters),
      JSON.stringify(r.counts),
      JSON.stringify(r.model),
      r.createdBy,
      r.createdAt,
    ],
  );
}

/** Removes the unreviewed proposals and candidates between records of these lists; reviewed links stay. */
export async function deleteProposedLinks(
  tx: Queryable,
  listIds: readonly string[],
): Promise<number> {
  const rows = await tx.query<{ id: string }>(
    `DELETE FROM record_links l USING person_records a, person_records b
     WHERE a.id = l.left_record AND b.id = l.right_record AND l.status IN ('proposed', 'candidate')
       AND a.list_id = ANY($1::uuid[]) AND b.list_id = ANY($1::uuid[]) RETURNING l.id`,
    [listIds as string[]],
  );
  return rows.length;
}

/**
 * Inserts proposals and candidates; a pair that is already linked (a reviewed link) is left as it
 * is. Returns how many of each were new.
 */
export async function insertProposedLinks(
  tx: Queryable,
  runId: string,
  links: readonly NewLink[],
  at: Date,
): Promise<{ proposed: number; candidates: number }> {
  const inserted = { proposed: 0, candidates: 0 };
  for (let i = 0; i < links.length; i += 500) {
    const chunk = links.slice(i, i + 500);
    const values: string[] = [];
    const params: (string | number | Date)[] = [runId, at];
    for (const l of chunk) {
      const n = params.length;
      values.push(`($${n + 1}, $1, $${n + 2}, $${n + 3}, $${n + 4}, $${n + 5}, $2)`);
      params.push(l.id, l.left, l.right, l.probability, l.status);
    }
    const rows = await tx.query<{ status: string }>(
      `INSERT INTO record_links (id, run_id, left_record, right_record, probability, status, created_at)
       VALUES ${values.join(", ")} ON CONFLICT (left_record, right_record) DO NOTHING RETURNING status`,
      params,
    );
    for (const r of rows) inserted[r.status === "candidate" ? "candidates" : "proposed"]++;
  }
  return inserted;
}

export interface LinkRecord {
  readonly id: string;
  /** Null for a link made by hand. */
  readonly runId: string | null;
  readonly left: string;
  readonly right: string;
  /** The model's probability; null for a link made by hand. */
  readonly probability: number | null;
  readonly origin: LinkOrigin;
  /** Who made a manual link (its author); null for the model's. */
  readonly createdBy: string | null;
  readonly status: LinkStatus;
  readonly version: number;
  readonly createdAt: Date;
  readonly reviewedBy: string | null;
  readonly reviewedAt: Date | null;
  readonly reviewReason: string | null;
}

interface LinkRow {
  id: string;
  run_id: string | null;
  left_record: string;
  right_record: string;
  probability: number | null;
  origin: LinkOrigin;
  created_by: string | null;
  status: LinkStatus;
  version: number;
  created_at: Date;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  review_reason: string | null;
}

const toLink = (r: LinkRow): LinkRecord => ({
  id: r.id,
  runId: r.run_id,
  left: r.left_record,
  right: r.right_record,
  probability: r.probability === null ? null : Number(r.probability),
  origin: r.origin,
  createdBy: r.created_by,
  status: r.status,
  version: Number(r.version),
  createdAt: r.created_at,
  reviewedBy: r.reviewed_by,
  reviewedAt: r.reviewed_at,
  reviewReason: r.review_reason,
});

/** A link, only when both its records are at a level the caller may see. */
export async function getVisibleLink(
  db: Queryable,
  id: string,
  visibility: readonly string[],
): Promise<LinkRecord | null> {
  const rows = await db.query<LinkRow>(
    `SELECT l.* FROM record_links l JOIN person_records a ON a.id = l.left_record
       JOIN person_lists la ON la.id = a.list_id
       JOIN person_records b ON b.id = l.right_record JOIN person_lists lb ON lb.id = b.list_id
     WHERE l.id = $1 AND ${recordVisible(2, "a", "la")} AND ${recordVisible(2, "b", "lb")}`,
    [id, visibility as string[]],
  );
  return rows[0] ? toLink(rows[0]) : null;
}

/**
 * Writes a review as the link's next version and keeps it in record_link_versions; false (nothing
 * written) when someone reviewed the link since it was read.
 */
export async function updateLinkReview(
  tx: Queryable,
  id: string,
  expectedVersion: number,
  u: { status: LinkStatus; by: string; at: Date; reason: string | null },
): Promise<boolean> {
  const rows = await tx.query<{ id: string }>(
    `UPDATE record_links SET status = $3, reviewed_by = $4, reviewed_at = $5, review_reason = $6, version = $2 + 1
      WHERE id = $1 AND version = $2 RETURNING id`,
    [id, expectedVersion, u.status, u.by, u.at, u.reason],
  );
  if (rows.length === 0) return false;
  await tx.query(
    `INSERT INTO record_link_versions (link_id, version, status, created_at, created_by, reason)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [id, expectedVersion + 1, u.status, u.at, u.by, u.reason],
  );
  return true;
}

/** The link between two records, whichever order they are given in, or null. */
export async function findLinkBetween(
  db: Queryable,
  a: string,
  b: string,
): Promise<LinkRecord | null> {
  const [left, right] = a < b ? [a, b] : [b, a];
  const rows = await db.query<LinkRow>(
    "SELECT * FROM record_links WHERE left_record = $1 AND right_record = $2",
    [left, right],
  );
  return rows[0] ? toLink(rows[0]) : null;
}

/**
 * A link made by hand: no run, no probability, its author named; its first version is that act
 * (with the status the four-eyes policy gave it and the reason), kept in record_link_versions.
 */
export async function insertManualLink(
  tx: Queryable,
  l: {
    id: string;
    a: string;
    b: string;
    status: LinkStatus;
    by: string;
    at: Date;
    reason: string | null;
  },
): Promise<void> {
  const [left, right] = l.a < l.b ? [l.a, l.b] : [l.b, l.a];
  await tx.query(
    `INSERT INTO record_links (id, run_id, left_record, right_record, probability, status, created_at,
       reviewed_by, reviewed_at, review_reason, origin, created_by, version)
     VALUES ($1, NULL, $2, $3, NULL, $4, $5, $6, $5, $7, 'manual', $6, 1)`,
    [l.id, left, right, l.status, l.at, l.by, l.reason],
  );
  await tx.query(
    `INSERT INTO record_link_versions (link_id, version, status, created_at, created_by, reason)
     VALUES ($1, 1, $2, $3, $4, $5)`,
    [l.id, l.status, l.at, l.by, l.reason],
  );
}

export interface LinkVersion {
  readonly version: number;
  readonly status: string;
  readonly at: Date;
  readonly by: string;
  readonly reason: string | null;
}

/** A link's kept decisions, oldest first (a model link's proposal is not among them). */
export async function linkVersions(db: Queryable, id: string): Promise<LinkVersion[]> {
  const rows = await db.query<{
    version: number;
    status: string;
    created_at: Date;
    created_by: string;
    reason: string | null;
  }>(
    `SELECT version, status, created_at, created_by, reason FROM record_link_versions
      WHERE link_id = $1 ORDER BY version`,
    [id],
  );
  return rows.map((r) => ({
    version: Number(r.version),
    status: r.status,
    at: new Date(r.created_at),
    by: r.created_by,
    reason: r.reason,
  }));
}

/** Which of these records the caller may see (by their own level and their list's grants). */
export async function visibleRecordIds(
  db: Queryable,
  ids: readonly string[],
  visibility: readonly string[],
): Promise<Set<string>> {
  const rows = await db.query<{ id: string }>(
    `SELECT a.id FROM person_records a JOIN person_lists la ON la.id = a.list_id
      WHERE a.id = ANY($1::uuid[]) AND ${recordVisible(2, "a", "la")}`,
    [ids as string[], visibility as string[]],
  );
  return new Set(rows.map((r) => r.id));
}

/**
 * How a model link began: "proposed" when its run scored it at or above the run's threshold,
 * "candidate" below; null for a link made by hand.
 */
export async function proposalKind(
  db: Queryable,
  link: Pick<LinkRecord, "runId" | "probability">,
): Promise<"proposed" | "candidate" | null> {
  if (link.runId === null || link.probability === null) return null;
  const [run] = await db.query<{ threshold: number | null }>(
    "SELECT (parameters->>'threshold')::float8 AS threshold FROM linkage_runs WHERE id = $1",
    [link.runId],
  );
  const threshold = run?.threshold ?? null;
  return threshold === null || link.probability >= threshold ? "proposed" : "candidate";
}
