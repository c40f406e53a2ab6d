/**
 * A part is never more visible than its compilation, nor a transcript than its recording: neither
 * may be opened wider than what it derives from. A derived text follows its origin both ways:
 * closing a compilation or a recording closes every part or transcript that was wider, and
 * opening it again opens them with it — except that a level someone set on the derived text in its
 * own right stays its floor (a transcript a reviewer restricted stays restricted when its recording
 * is reopened). Which levels were followed is read from the derived text's history: each follow is
 * a version logged with `followsCompilation`/`followsRecording` (core/model/derived-access.ts
 * decides). Every change is versioned and logged like any edit. The level is kept on each source
 * (not computed from its origin when read) because one SQL test, `casefile_may_see` on a source's
 * own row, guards every listing, count, search and export.
 */
import { ACCESS_LEVELS, type AccessLevel, moreVisible } from "../core/model/access.js";
import { followedLevel } from "../core/model/derived-access.js";
import type { Queryable } from "../store/db.js";
import { appendLog, listLog } from "../store/log.repository.js";
import {
  getSource,
  insertVersion,
  listSources,
  type SourceRecord,
  updateCurrentMetadata,
  versionsOf,
} from "../store/sources.repository.js";
import { recordingOfTranscript, transcriptsOf } from "../store/transcripts.repository.js";
import { ServiceError } from "./errors.js";

const EVERY_LEVEL = ACCESS_LEVELS.map((level) => `level:${level}`);

export async function assertPartNotWiderThanParent(
  db: Queryable,
  part: SourceRecord,
  level: AccessLevel,
): Promise<void> {
  const refuse = (what: string, origin: SourceRecord | null) => {
    if (origin && moreVisible(level, origin.metadata.access))
      throw new ServiceError(
        "unprocessable",
        422,
        `a ${what} may not be more visible than its ${what === "part" ? "compilation" : "recording"}, which is ${origin.metadata.access}`,
        { field: "access" },
        what === "part"
          ? { code: "unprocessable.part-wider", params: { level: origin.metadata.access } }
          : { code: "unprocessable.transcript-wider", params: { level: origin.metadata.access } },
      );
  };
  if (part.parentId !== null) refuse("part", await getSource(db, part.parentId));
  const recording = await recordingOfTranscript(db, part.id);
  if (recording !== null) refuse("transcript", await getSource(db, recording));
}

/** The level a part or transcript takes when its origin is set to `level` (see the header). */
async function levelFollowing(
  tx: Queryable,
  part: SourceRecord,
  level: AccessLevel,
): Promise<AccessLevel> {
  const log = await listLog(tx, { targetType: "source", targetIds: [part.id], limit: 100_000 });
  const followed = new Set(
    log
      .filter(
        (e) => e.action === "source.edit" && (e.data.followsCompilation ?? e.data.followsRecording),
      )
      .map((e) => Number(e.data.version)),
  );
  const versions = (await versionsOf(tx, part.id)).map((v) => ({
    version: v.version,
    access: v.metadata.access,
    // A part or a transcript is made at its origin's level: its first level is a followed one.
    followed: v.version === 1 || followed.has(v.version),
  }));
  return followedLevel(versions, level);
}

/**
 * Sets every part or transcript of a source to the level it follows from `level`: closed when it
 * was wider, opened again when it was closed by following; returns how many changed.
 */
export async function followParent(
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
  const transcripts = [];
  for (const t of await transcriptsOf(tx, parentId)) {
    const source = await getSource(tx, t.sourceId);
    if (source) transcripts.push(source);
  }
  let changed = 0;
  for (const part of [...items, ...transcripts]) {
    const follows = part.parentId === parentId ? "followsCompilation" : "followsRecording";
    const access = await levelFollowing(tx, part, level);
    if (access === part.metadata.access) continue;
    const version = part.version + 1;
    const metadata = { ...part.metadata, access };
    if (!(await updateCurrentMetadata(tx, part.id, version, metadata)))
      throw new ServiceError(
        "conflict",
        409,
        `part ${part.id} was changed by someone else meanwhile; try again`,
        {},
        { code: "conflict.edited-meanwhile" },
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
        data: { version, changed: ["access"], [follows]: parentId },
      },
      change.at,
    );
    changed++;
  }
  return changed;
}
