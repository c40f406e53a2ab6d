/**
 * The activity log as readers browse it: entries about sources, their claims and cases, each with
 * the source, claim and case it concerns, filtered by who, what, when and which case, and by what
 * the caller may see — in SQL, so that entries about hidden items are neither shown nor counted.
 */
import type { ClaimFields } from "../core/model/claim.js";
import type { Queryable } from "./db.js";

export interface ActivityFilter {
  /** The caller's visibility keys (policies/access.policy.ts). */
  readonly visibility: readonly string[];
  readonly actor?: string | undefined;
  /** Actions, e.g. "claim.review"; any of them. */
  readonly actions?: readonly string[] | undefined;
  /** A review decision (confirm, correct, reject), for claim.review entries. */
  readonly decision?: string | undefined;
  readonly from?: Date | undefined;
  /** Exclusive upper bound. */
  readonly to?: Date | undefined;
  readonly caseId?: string | undefined;
  /** Entries about one item (a source, claim or case id). */
  readonly targetId?: string | undefined;
  /**
   * Whether entries about accounts, groups, tokens, lists and other non-source items are
   * included: they are administrators' business (the policy decides who that is).
   */
  readonly administrative: boolean;
  readonly limit: number;
  readonly offset: number;
}

export interface ActivityRow {
  readonly seq: number;
  readonly hash: string;
  readonly at: Date;
  readonly actor: string;
  readonly action: string;
  readonly targetType: string;
  readonly targetId: string;
  readonly reason: string | null;
  readonly decision: string | null;
  readonly caseId: string | null;
  readonly source: { id: string; title: string } | null;
  readonly claim: { id: string; fields: ClaimFields; quote: string | null } | null;
}

interface Row {
  seq: string | number;
  hash: string;
  at: Date;
  actor: string;
  action: string;
  target_type: string;
  target_id: string;
  reason: string | null;
  decision: string | null;
  case_id: string | null;
  source_id: string | null;
  source_title: string | null;
  claim_id: string | null;
  claim_fields: ClaimFields | null;
  claim_quote: string | null;
}

const ENTRIES = `WITH entries AS (
  SELECT l.seq, l.hash, l.at, l.actor, l.action, l.target_type, l.target_id, l.reason,
    l.data->>'decision' AS decision,
    c.id AS claim_id, c.fields AS claim_fields, c.exact AS claim_quote,
    s.id AS source_id, s.title AS source_title, s.access, s.parent_id,
    CASE WHEN l.target_type = 'case' THEN ca.id ELSE s.case_id END AS case_id
  FROM activity_log l
  LEFT JOIN claims c ON l.target_type = 'claim' AND c.id::text = l.target_id
  LEFT JOIN sources s ON s.deleted_at IS NULL AND s.id::text =
    CASE l.target_type WHEN 'claim' THEN c.source_id::text WHEN 'source' THEN l.target_id END
  LEFT JOIN cases ca ON l.target_type = 'case' AND ca.id = l.target_id
)
SELECT %COLUMNS% FROM entries e
WHERE (CASE e.target_type
         WHEN 'case' THEN e.case_id IS NOT NULL
           AND casefile_may_see('public', 'case', ARRAY[e.case_id], e.case_id, $1)
         WHEN 'source' THEN e.source_id IS NOT NULL
           AND casefile_may_see(e.access, 'source', ARRAY[e.source_id::text, e.parent_id::text], e.case_id, $1)
         WHEN 'claim' THEN e.source_id IS NOT NULL
           AND casefile_may_see(e.access, 'source', ARRAY[e.source_id::text, e.parent_id::text], e.case_id, $1)
         ELSE $8::boolean AND e.case_id IS NULL AND $7::text IS NULL
       END)
  AND ($2::text IS NULL OR e.actor = $2)
  AND ($3::text[] IS NULL OR e.action = ANY($3))
  AND ($4::text IS NULL OR e.decision = $4)
  AND ($5::timestamptz IS NULL OR e.at >= $5)
  AND ($6::timestamptz IS NULL OR e.at < $6)
  AND ($7::text IS NULL OR e.case_id = $7)
  AND ($9::text IS NULL OR e.target_id = $9)`;

export async function listActivity(
  db: Queryable,
  f: ActivityFilter,
): Promise<{ items: ActivityRow[]; total: number }> {
  const params = [
    f.visibility,
    f.actor ?? null,
    f.actions && f.actions.length > 0 ? f.actions : null,
    f.decision ?? null,
    f.from ?? null,
    f.to ?? null,
    f.caseId ?? null,
    f.administrative,
    f.targetId ?? null,
  ];
  const [count] = await db.query<{ total: string | number }>(
    ENTRIES.replace("%COLUMNS%", "count(*) AS total"),
    params,
  );
  const rows = await db.query<Row>(
    `${ENTRIES.replace("%COLUMNS%", "e.*")} ORDER BY e.seq DESC LIMIT $10 OFFSET $11`,
    [...params, f.limit, f.offset],
  );
  return {
    total: Number(count?.total ?? 0),
    items: rows.map((r) => ({
      seq: Number(r.seq),
      hash: r.hash,
      at: r.at,
      actor: r.actor,
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      reason: r.reason,
      decision: r.decision,
      caseId: r.case_id,
      source: r.source_id ? { id: r.source_id, title: r.source_title ?? "" } : null,
      claim: r.claim_id
        ? { id: r.claim_id, fields: r.claim_fields as ClaimFields, quote: r.claim_quote }
        : null,
    })),
  };
}
