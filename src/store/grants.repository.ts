/** SQL of per-item access grants to users and groups. No policy here. */
import type { Queryable } from "./db.js";

export type GrantTarget = "source" | "person_list" | "media" | "link" | "case";

export interface GrantRecord {
  readonly targetType: GrantTarget;
  readonly targetId: string;
  readonly principal: string;
  readonly mode: "read" | "write";
  readonly grantedAt: Date;
  readonly grantedBy: string;
}

interface GrantRow {
  target_type: GrantTarget;
  target_id: string;
  principal: string;
  mode: "read" | "write";
  granted_at: Date;
  granted_by: string;
}

/** The grants on any of these items (an item and what it derives from). */
export async function grantsOn(
  db: Queryable,
  targetType: GrantTarget,
  targetIds: readonly string[],
): Promise<GrantRecord[]> {
  if (targetIds.length === 0) return [];
  const rows = await db.query<GrantRow>(
    `SELECT * FROM access_grants WHERE target_type = $1 AND target_id = ANY($2) ORDER BY principal`,
    [targetType, targetIds as string[]],
  );
  return rows.map((r) => ({
    targetType: r.target_type,
    targetId: r.target_id,
    principal: r.principal,
    mode: r.mode,
    grantedAt: r.granted_at,
    grantedBy: r.granted_by,
  }));
}

export async function putGrant(tx: Queryable, g: GrantRecord): Promise<void> {
  await tx.query(
    `INSERT INTO access_grants (target_type, target_id, principal, mode, granted_at, granted_by)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (target_type, target_id, principal) DO UPDATE SET mode = $4, granted_at = $5, granted_by = $6`,
    [g.targetType, g.targetId, g.principal, g.mode, g.grantedAt, g.grantedBy],
  );
}

export async function deleteGrant(
  tx: Queryable,
  targetType: GrantTarget,
  targetId: string,
  principal: string,
): Promise<boolean> {
  const rows = await tx.query<{ principal: string }>(
    "DELETE FROM access_grants WHERE target_type = $1 AND target_id = $2 AND principal = $3 RETURNING principal",
    [targetType, targetId, principal],
  );
  return rows.length > 0;
}
