/** SQL of the four-eyes rule: a case's setting, and the case and author of each reviewed item. */
import type { Queryable } from "./db.js";

/** Whether any of these cases requires a second reviewer (false for none or unknown cases). */
export async function fourEyesRequired(
  db: Queryable,
  caseIds: readonly (string | null)[],
): Promise<boolean> {
  const ids = caseIds.filter((id): id is string => id !== null);
  if (ids.length === 0) return false;
  const rows = await db.query<{ on: boolean }>(
    "SELECT bool_or(four_eyes) AS on FROM cases WHERE id = ANY($1::text[])",
    [ids],
  );
  return rows[0]?.on === true;
}

/** Sets a case's requirement; false when there is no such case. */
export async function setFourEyes(tx: Queryable, caseId: string, on: boolean): Promise<boolean> {
  const rows = await tx.query<{ id: string }>(
    "UPDATE cases SET four_eyes = $2 WHERE id = $1 RETURNING id",
    [caseId, on],
  );
  return rows.length > 0;
}

/** Who made a claim by hand (its first version's author); null for extracted or loaded claims. */
export async function claimAuthor(db: Queryable, claimId: string): Promise<string | null> {
  const rows = await db.query<{ created_by: string }>(
    `SELECT v.created_by FROM claim_versions v JOIN claims c ON c.id = v.claim_id
      WHERE v.claim_id = $1 AND v.version = 1 AND c.origin = 'manual'`,
    [claimId],
  );
  return rows[0]?.created_by ?? null;
}

/** The cases of the two lists a registry link joins (a list may belong to no case). */
export async function recordLinkCases(db: Queryable, linkId: string): Promise<(string | null)[]> {
  const rows = await db.query<{ case_id: string | null }>(
    `SELECT la.case_id FROM record_links l
       JOIN person_records a ON a.id IN (l.left_record, l.right_record)
       JOIN person_lists la ON la.id = a.list_id
      WHERE l.id = $1`,
    [linkId],
  );
  return rows.map((r) => r.case_id);
}

/** The cases of the lists some records belong to (for a link not yet made). */
export async function recordCases(
  db: Queryable,
  recordIds: readonly string[],
): Promise<(string | null)[]> {
  const rows = await db.query<{ case_id: string | null }>(
    `SELECT l.case_id FROM person_records r JOIN person_lists l ON l.id = r.list_id
      WHERE r.id = ANY($1::uuid[])`,
    [recordIds as string[]],
  );
  return rows.map((r) => r.case_id);
}
