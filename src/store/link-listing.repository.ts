import type { Queryable } from "./db.js";
import type { LinkOrigin, LinkStatus } from "./record-links.repository.js";
import { recordVisible } from "./visibility.sql.js";

export interface LinkedRecordView {
  readonly id: string;
  readonly listId: string;
  readonly listName: string;
  readonly rowNumber: number;
  readonly key: string;
  readonly fields: Readonly<Record<string, string>>;
}

export interface LinkWithRecords {
  readonly id: string;
  readonly runId: string | null;
  readonly probability: number | null;
  readonly origin: LinkOrigin;
  readonly createdBy: string | null;
  readonly status: LinkStatus;
  readonly createdAt: Date;
  readonly reviewedBy: string | null;
  readonly reviewedAt: Date | null;
  readonly reviewReason: string | null;
  readonly left: LinkedRecordView;
  readonly right: LinkedRecordView;
}

export interface LinkFilter {
  /** The caller's visibility keys (policies/access.policy.ts). */
  readonly visibility: readonly string[];
  readonly status?: LinkStatus | undefined;
  readonly listId?: string | undefined;
  readonly ids?: readonly string[] | undefined;
  readonly limit: number;
  readonly offset: number;
}

interface Row {
  id: string;
  run_id: string | null;
  probability: number | null;
  origin: LinkOrigin;
  created_by: string | null;
  status: LinkStatus;
  created_at: Date;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  review_reason: string | null;
  left: LinkedRecordView;
  right: LinkedRecordView;
  swap: boolean;
}

const recordJson = (r: string, l: string) =>
  `json_build_object('id', ${r}.id, 'listId', ${r}.list_id, 'listName', ${l}.name, 'rowNumber', ${r}.row_number,
     'key', ${r}.record_key, 'fields', ${r}.fields)`;

const FROM = `FROM record_links k JOIN person_records a ON a.id = k.left_record JOIN person_lists la ON la.id = a.list_id
  JOIN person_records b ON b.id = k.right_record JOIN person_lists lb ON lb.id = b.list_id
  WHERE ${recordVisible(1, "a", "la")} AND ${recordVisible(1, "b", "lb")} AND (k.status = $2 OR ($2::text IS NULL AND ($4::uuid[] IS NOT NULL OR k.status <> 'candidate')))
    AND ($3::uuid IS NULL OR a.list_id = $3 OR b.list_id = $3) AND ($4::uuid[] IS NULL OR k.id = ANY($4))`;

/**
 * Links whose two records the caller may see, most probable first (links made by hand, without a
 * probability, after them). Candidates below the threshold only when asked for by status.
 */
export async function listLinks(
  db: Queryable,
  f: LinkFilter,
): Promise<{ items: LinkWithRecords[]; total: number }> {
  const params = [
    f.visibility as string[],
    f.status ?? null,
    f.listId ?? null,
    (f.ids as string[] | undefined) ?? null,
  ];
  const [count] = await db.query<{ n: number }>(`SELECT count(*)::int AS n ${FROM}`, params);
  const rows = await db.query<Row>(
    `SELECT k.id, k.run_id, k.probability, k.origin, k.created_by, k.status, k.created_at, k.reviewed_by, k.reviewed_at, k.review_reason,
       ${recordJson("a", "la")} AS left, ${recordJson("b", "lb")} AS right,
       (lb.created_at, lb.id, b.row_number) < (la.created_at, la.id, a.row_number) AS swap
     ${FROM} ORDER BY k.probability DESC NULLS LAST, k.created_at DESC, k.id LIMIT $5 OFFSET $6`,
    [...params, f.limit, f.offset],
  );
  const items = rows.map((r) => ({
    id: r.id,
    runId: r.run_id,
    probability: r.probability === null ? null : Number(r.probability),
    origin: r.origin,
    createdBy: r.created_by,
    status: r.status,
    createdAt: r.created_at,
    reviewedBy: r.reviewed_by,
    reviewedAt: r.reviewed_at,
    reviewReason: r.review_reason,
    // The store keeps a pair in uuid order; a reviewer reads it in list order (the list imported
    // first on the left, then by line), so list A never changes sides from one pair to the next.
    left: r.swap ? r.right : r.left,
    right: r.swap ? r.left : r.right,
  }));
  return { items, total: count?.n ?? 0 };
}

/** Confirmed links whose two records both belong to the given lists. */
export async function confirmedLinksAmong(
  db: Queryable,
  listIds: readonly string[],
): Promise<{ left_record: string; right_record: string }[]> {
  return db.query<{ left_record: string; right_record: string }>(
    `SELECT k.left_record, k.right_record FROM record_links k
       JOIN person_records a ON a.id = k.left_record JOIN person_records b ON b.id = k.right_record
     WHERE k.status = 'confirmed' AND a.list_id = ANY($1::uuid[]) AND b.list_id = ANY($1::uuid[])`,
    [listIds as string[]],
  );
}
