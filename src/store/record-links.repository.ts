/** SQL of linkage runs and the links between person records they propose, and their review. */

import type { Json } from "../core/hash/canonical-json.js";
import type { Queryable } from "./db.js";
import { recordVisible } from "./visibility.sql.js";

export type LinkStatus = "proposed" | "awaiting" | "confirmed" | "rejected";
export const LINK_STATUSES: readonly LinkStatus[] = [
  "proposed",
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

/** Removes the unreviewed proposals between records of these lists; reviewed links stay. */
export async function deleteProposedLinks(
  tx: Queryable,
  listIds: readonly string[],
): Promise<number> {
  const rows = await tx.query<{ id: string }>(
    `DELETE FROM record_links l USING person_records a, person_records b
     WHERE a.id = l.left_record AND b.id = l.right_record AND l.status = 'proposed'
       AND a.list_id = ANY($1::uuid[]) AND b.list_id = ANY($1::uuid[]) RETURNING l.id`,
    [listIds as string[]],
  );
  return rows.length;
}

/** Inserts proposals; a pair that is already linked (a reviewed link) is left as it is. Returns how many were new. */
export async function insertProposedLinks(
  tx: Queryable,
  runId: string,
  links: readonly NewLink[],
  at: Date,
): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < links.length; i += 500) {
    const chunk = links.slice(i, i + 500);
    const values: string[] = [];
    const params: (string | number | Date)[] = [runId, at];
    for (const l of chunk) {
      const n = params.length;
      values.push(`($${n + 1}, $1, $${n + 2}, $${n + 3}, $${n + 4}, 'proposed', $2)`);
      params.push(l.id, l.left, l.right, l.probability);
    }
    const rows = await tx.query<{ id: string }>(
      `INSERT INTO record_links (id, run_id, left_record, right_record, probability, status, created_at)
       VALUES ${values.join(", ")} ON CONFLICT (left_record, right_record) DO NOTHING RETURNING id`,
      params,
    );
    inserted += rows.length;
  }
  return inserted;
}

export interface LinkRecord {
  readonly id: string;
  readonly runId: string;
  readonly left: string;
  readonly right: string;
  readonly probability: number;
  readonly status: LinkStatus;
  readonly version: number;
  readonly createdAt: Date;
  readonly reviewedBy: string | null;
  readonly reviewedAt: Date | null;
  readonly reviewReason: string | null;
}

interface LinkRow {
  id: string;
  run_id: string;
  left_record: string;
  right_record: string;
  probability: number;
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
  probability: Number(r.probability),
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
