/**
 * One owner per embedded store. PGlite has no lock between processes (two openers corrupt the
 * directory) and leaves a stale postmaster.pid after a crash (the next open hangs). So Casefile
 * holds its own lock file with its real pid; a lock whose pid is dead is stale, and only then is
 * PGlite's postmaster.pid removed.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface LockHolder {
  readonly pid: number;
  readonly command: string;
  readonly since: string;
}

export class StoreBusyError extends Error {
  constructor(
    readonly directory: string,
    readonly holder: LockHolder,
  ) {
    super(
      `the store in ${directory} is held by process ${holder.pid} (${holder.command}, since ${holder.since})`,
    );
    this.name = "StoreBusyError";
  }
}

export interface DataDirLock {
  release(): void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function readLockHolder(directory: string): LockHolder | null {
  try {
    const holder = JSON.parse(readFileSync(join(directory, "casefile.lock"), "utf8")) as LockHolder;
    return typeof holder.pid === "number" ? holder : null;
  } catch {
    return null;
  }
}

/** Takes the lock or throws StoreBusyError naming the live holder. */
export function acquireDataDirLock(
  directory: string,
  pgliteDir: string,
  command: string,
): DataDirLock {
  const path = join(directory, "casefile.lock");
  const me: LockHolder = { pid: process.pid, command, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(path, JSON.stringify(me), { flag: "wx" });
      return {
        release() {
          const holder = readLockHolder(directory);
          if (holder?.pid === process.pid) rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readLockHolder(directory);
    if (holder && alive(holder.pid)) throw new StoreBusyError(directory, holder);
    // Stale: its owner died without closing, so PGlite's own pid file is stale too.
    rmSync(join(pgliteDir, "postmaster.pid"), { force: true });
    rmSync(path, { force: true });
  }
  throw new Error(`could not take the lock ${path}`);
}
