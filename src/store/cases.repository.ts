/** SQL of cases and their claimants. A case's full data (events, routes, recognitions) is kept as loaded. */
import type { CaseData, ClaimantRecord } from "../core/case/index.js";
import type { Queryable } from "./db.js";
import { sourceVisible } from "./visibility.sql.js";

export interface CaseRow {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly data: CaseData;
  readonly dataSha256: string;
  readonly loadedAt: Date;
}

export async function insertCase(tx: Queryable, c: CaseRow): Promise<void> {
  await tx.query(
    "INSERT INTO cases (id, title, summary, data, data_sha256, loaded_at) VALUES ($1, $2, $3, $4, $5, $6)",
    [c.id, c.title, c.summary, JSON.stringify(c.data), c.dataSha256, c.loadedAt],
  );
}

export async function getCase(db: Queryable, id: string): Promise<CaseRow | null> {
  const rows = await db.query<{
    id: string;
    title: string;
    summary: string;
    data: CaseData;
    data_sha256: string;
    loaded_at: Date;
  }>("SELECT * FROM cases WHERE id = $1", [id]);
  const r = rows[0];
  return r
    ? {
        id: r.id,
        title: r.title,
        summary: r.summary,
        data: r.data,
        dataSha256: r.data_sha256,
        loadedAt: r.loaded_at,
      }
    : null;
}

/** A case's description (its data's info) and when it was loaded, without the rest of its data. */
export async function getCaseInfo(
  db: Queryable,
  id: string,
): Promise<{ info: CaseData["info"]; loadedAt: Date } | null> {
  const rows = await db.query<{ info: CaseData["info"]; loaded_at: Date }>(
    "SELECT data->'info' AS info, loaded_at FROM cases WHERE id = $1",
    [id],
  );
  const r = rows[0];
  return r ? { info: r.info, loadedAt: r.loaded_at } : null;
}

/** Whether a case of this id is in the store: one look-up by its key, its data left unread. */
export async function caseExists(db: Queryable, id: string): Promise<boolean> {
  return (await db.query("SELECT 1 FROM cases WHERE id = $1", [id])).length > 0;
}

/** What a case's data notes about one of its sources (why a date is missing, who gave it), or null. */
export async function caseSourceNote(
  db: Queryable,
  caseId: string,
  sourceRef: string,
): Promise<string | null> {
  const rows = await db.query<{ note: string | null }>(
    `SELECT s->>'note' AS note FROM cases, jsonb_array_elements(data->'sources') s
      WHERE id = $1 AND s->>'id' = $2`,
    [caseId, sourceRef],
  );
  return rows[0]?.note ?? null;
}

export async function listCaseIds(db: Queryable): Promise<{ id: string; title: string }[]> {
  return db.query<{ id: string; title: string }>("SELECT id, title FROM cases ORDER BY id");
}

export async function insertClaimants(
  tx: Queryable,
  caseId: string,
  claimants: readonly ClaimantRecord[],
): Promise<void> {
  for (const c of claimants) {
    await tx.query(
      "INSERT INTO claimants (case_id, id, name, affiliation, data) VALUES ($1, $2, $3, $4, $5)",
      [caseId, c.id, c.name, c.affiliation, JSON.stringify(c)],
    );
  }
}

export async function claimantsOf(db: Queryable, caseId: string): Promise<ClaimantRecord[]> {
  const rows = await db.query<{ data: ClaimantRecord }>(
    "SELECT data FROM claimants WHERE case_id = $1 ORDER BY id",
    [caseId],
  );
  return rows.map((r) => r.data);
}

/**
 * The case's claimants that a claim the caller may see names, as its claimant or as the claimant
 * it passes on (`derivedFrom`): the claims readers' access rule (the claim's source visible to
 * `visibility`, the access policy's keys), so that no list names a claimant only hidden sources quote.
 */
export async function visibleClaimantsOf(
  db: Queryable,
  caseId: string,
  visibility: readonly string[],
): Promise<ClaimantRecord[]> {
  const rows = await db.query<{ data: ClaimantRecord }>(
    `SELECT k.data FROM claimants k
      WHERE k.case_id = $1 AND k.id IN (
        SELECT unnest(ARRAY[c.claimant_ref,
                 CASE WHEN c.derived_from->>'kind' = 'claimant' THEN c.derived_from->>'id' END])
          FROM claims c JOIN sources s ON s.id = c.source_id
         WHERE s.case_id = $1 AND s.deleted_at IS NULL AND ${sourceVisible(2)})
      ORDER BY k.id`,
    [caseId, visibility as string[]],
  );
  return rows.map((r) => r.data);
}

/** Store ids of a case's claims by their id in the case data. */
export async function claimIdsByCaseRef(
  db: Queryable,
  caseId: string,
): Promise<Map<string, string>> {
  const rows = await db.query<{ id: string; case_ref: string }>(
    "SELECT c.id, c.case_ref FROM claims c JOIN sources s ON s.id = c.source_id WHERE s.case_id = $1 AND c.case_ref IS NOT NULL",
    [caseId],
  );
  return new Map(rows.map((r) => [r.case_ref, r.id]));
}
