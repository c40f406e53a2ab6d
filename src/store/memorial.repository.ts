/** SQL of a case's memorial setting. Who appears in it is decided by the policy, never stored. */
import type { Queryable } from "./db.js";

/** Whether the case's memorial is published; null when there is no such case. */
export async function memorialPublished(db: Queryable, caseId: string): Promise<boolean | null> {
  const rows = await db.query<{ memorial_published: boolean }>(
    "SELECT memorial_published FROM cases WHERE id = $1",
    [caseId],
  );
  return rows[0] ? rows[0].memorial_published : null;
}

export async function setMemorialPublished(
  tx: Queryable,
  caseId: string,
  published: boolean,
): Promise<void> {
  await tx.query("UPDATE cases SET memorial_published = $2 WHERE id = $1", [caseId, published]);
}
