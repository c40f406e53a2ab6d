/**
 * The level of a derived text (a part of a compilation, a transcript of a recording) when what it
 * derives from changes level. A derived text follows its origin both ways — closed with it, and
 * opened again with it — unless someone set its level in its own right: that level stays its
 * floor, so reopening a recording never opens a transcript a reviewer restricted on its own.
 * Its history says which is which: every level it took by following is marked as such.
 */
import { type AccessLevel, stricterLevel } from "./access.js";

export interface LevelVersion {
  readonly version: number;
  readonly access: AccessLevel;
  /** True when this version's level was set by following its origin (or it is the first). */
  readonly followed: boolean;
}

/**
 * The level a derived text chose in its own right: the newest level change not made by
 * following its origin; null when every level it had came from its origin.
 * @example ownLevel([{version:1,access:"public",followed:true},{version:2,access:"restricted",followed:false}]) // "restricted"
 */
export function ownLevel(versions: readonly LevelVersion[]): AccessLevel | null {
  const ordered = [...versions].sort((a, b) => a.version - b.version);
  for (let i = ordered.length - 1; i >= 1; i--) {
    const [before, after] = [ordered[i - 1], ordered[i]];
    if (!before || !after || before.access === after.access) continue;
    if (!after.followed) return after.access;
  }
  const first = ordered[0];
  return first && !first.followed ? first.access : null;
}

/** The level a derived text takes when its origin is set to `originLevel`. */
export function followedLevel(
  versions: readonly LevelVersion[],
  originLevel: AccessLevel,
): AccessLevel {
  const own = ownLevel(versions);
  return own === null ? originLevel : stricterLevel(own, originLevel);
}
