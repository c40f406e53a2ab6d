/**
 * One source as the policy sees it: its level, the grants on it and on its compilation, its case.
 * Every service that reads a single source (and so its passages, claims, parts, file) asks here.
 */
import type { Queryable } from "../store/db.js";
import { grantsOn } from "../store/grants.repository.js";
import { getSource, type SourceRecord } from "../store/sources.repository.js";
import type { Caller } from "./caller.js";
import { NotFoundError } from "./errors.js";
import { isUuid } from "./ids.js";
import { assertMayChangeItem, type GuardedItem, maySeeItem } from "./policies/access.policy.js";

export async function guardOfSource(db: Queryable, source: SourceRecord): Promise<GuardedItem> {
  const ids = source.parentId ? [source.id, source.parentId] : [source.id];
  const grants = await grantsOn(db, "source", ids);
  return { access: source.metadata.access, grants, caseId: source.metadata.caseId };
}

export async function maySeeSource(
  db: Queryable,
  caller: Caller,
  source: SourceRecord,
): Promise<boolean> {
  return maySeeItem(caller, await guardOfSource(db, source));
}

/**
 * Throws unless the caller may change the source or what hangs on it (its claims, their review,
 * provenance and grades, its extraction): above restricted that takes a write grant, not a read one.
 */
export async function assertMayChangeSource(
  db: Queryable,
  caller: Caller,
  source: SourceRecord,
): Promise<void> {
  assertMayChangeItem(caller, await guardOfSource(db, source));
}

/** The source if it exists and the caller may see it; otherwise "not found", so existence does not leak. */
export async function visibleSourceOf(
  db: Queryable,
  caller: Caller,
  id: string,
): Promise<SourceRecord> {
  const source = isUuid(id) ? await getSource(db, id) : null;
  if (!source || !(await maySeeSource(db, caller, source)))
    throw new NotFoundError(`source ${id}`, { code: "not-found.source", params: { id } });
  return source;
}
