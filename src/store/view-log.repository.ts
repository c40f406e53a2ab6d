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
