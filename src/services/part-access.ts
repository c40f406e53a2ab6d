/**
 * A part is never more visible than its compilation: a part may not be opened wider than its
 * parent, and closing a compilation closes every part that was wider, each change versioned and
 * logged like any edit.
 */
import { ACCESS_LEVELS, type AccessLevel, moreVisible } from "../core/model/access.js";
import type { Queryable } from "../store/db.js";
import { appendLog } from "../store/log.repository.js";
import {
  getSource,
  insertVersion,
  listSources,
  type SourceRecord,
  updateCurrentMetadata,
} from "../store/sources.repository.js";
import { ServiceError } from "./errors.js";

const EVERY_LEVEL = ACCESS_LEVELS.map((level) => `level:${level}`);

export async function assertPartNotWiderThanParent(
  db: Queryable,
  part: SourceRecord,
  level: AccessLevel,
): Promise<void> {
  if (part.parentId === null) return;
  const parent = await getSource(db, part.parentId);
  if (parent && moreVisible(level, parent.metadata.access))
    throw new ServiceError(
      "unprocessable",
      422,
      `a part may not be more visible than its compilation, which is ${parent.metadata.access}`,
      { field: "access" },
    );
}

/** Raises every part wider than `level` to it; returns how many parts changed. */
export async function closeParts(
  tx: Queryable,
  parentId: string,
  level: AccessLevel,
  change: { actor: string; at: Date; reason: string | null },
): Promise<number> {
  const { items } = await listSources(tx, {
    visibility: EVERY_LEVEL,
    parentId,
    limit: 1_000_000,
    offset: 0,
  });
  let changed = 0;
  for (const part of items) {
    if (!moreVisible(part.metadata.access, level)) continue;
    const version = part.version + 1;
    const metadata = { ...part.metadata, access: level };
    if (!(await updateCurrentMetadata(tx, part.id, version, metadata)))
      throw new ServiceError(
        "conflict",
        409,
        `part ${part.id} was changed by someone else meanwhile; try again`,
      );
    await insertVersion(tx, part.id, version, metadata, change.at, change.actor, change.reason);
    await appendLog(
      tx,
      {
        actor: change.actor,
        action: "source.edit",
        targetType: "source",
        targetId: part.id,
        reason: change.reason,
        data: { version, changed: ["access"], followsCompilation: parentId },
      },
      change.at,
    );
    changed++;
  }
  return changed;
}
