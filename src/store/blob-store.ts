/**
 * Original bytes addressed by SHA-256, behind one interface with two drivers: the data directory
 * (default, below) and any S3-compatible store (`s3-blob-store.ts`). Hashes are checked on the
 * way in (bytes that do not hash to their address are refused) and on the way out (a read of
 * altered bytes fails instead of returning them).
 */

import { createHash, randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, readdir, readFile, rename, rm, stat, utimes } from "node:fs/promises";
import { join } from "node:path";
import { SHA256_PATTERN, sha256Hex } from "../core/hash/sha256.js";

export interface BlobStore {
  /** Where the bytes live, for messages: a directory or an s3:// URL. */
  readonly location: string;
  /** Stores bytes under their hash (a no-op when present); refuses bytes of another hash. */
  put(bytes: Uint8Array, sha256: string): Promise<void>;
  /** The stored bytes, checked against their hash. */
  read(sha256: string): Promise<Uint8Array>;
  /** Re-hashes the stored bytes; null when they are missing. */
  rehash(sha256: string): Promise<string | null>;
  has(sha256: string): Promise<boolean>;
  /**
   * Every stored blob with the time it was last written. A `put` of bytes already present writes
   * that time again, so a blob an ingest is about to re-use is never older than gc's grace.
   */
  list(): AsyncIterable<StoredBlob>;
  /** When the blob was last written; null when it is missing. */
  modified(sha256: string): Promise<Date | null>;
  /** Removes a stored blob (gc of unreferenced bytes); a missing one is no error. */
  remove(sha256: string): Promise<void>;
}

export interface StoredBlob {
  readonly sha256: string;
  readonly modified: Date;
}

/** Stored bytes that no longer hash to their address. */
export class BlobIntegrityError extends Error {
  constructor(
    readonly sha256: string,
    readonly actual: string,
  ) {
    super(`the stored bytes of blob ${sha256} now hash to ${actual}`);
    this.name = "BlobIntegrityError";
  }
}

export function assertSha256(sha256: string): void {
  if (!SHA256_PATTERN.test(sha256)) throw new RangeError(`not a SHA-256: ${sha256}`);
}

/** Refuses bytes that do not hash to the address they are stored under. */
export function assertBytesMatch(bytes: Uint8Array, sha256: string): void {
  assertSha256(sha256);
  const actual = sha256Hex(bytes);
  if (actual !== sha256)
    throw new RangeError(`bytes hash to ${actual}, not to the address ${sha256}`);
}

export function checkedRead(bytes: Uint8Array, sha256: string): Uint8Array {
  const actual = sha256Hex(bytes);
  if (actual !== sha256) throw new BlobIntegrityError(sha256, actual);
  return bytes;
}

/** Where the directory driver keeps a blob: <root>/ab/abcdef…. */
export function blobPath(root: string, sha256: string): string {
  assertSha256(sha256);
  return join(root, sha256.slice(0, 2), sha256);
}

/**
 * The data-directory driver. Writes go to a temporary file and are renamed into place, so a crash
 * never leaves a half-written blob under its address.
 */
export function openDirectoryBlobStore(root: string): BlobStore {
  const pathOf = (sha256: string) => blobPath(root, sha256);
  const has = async (sha256: string) => {
    try {
      await stat(pathOf(sha256));
      return true;
    } catch {
      return false;
    }
  };
  return {
    location: root,
    has,
    async put(bytes, sha256) {
      assertBytesMatch(bytes, sha256);
      if (await has(sha256)) {
        const now = new Date();
        await utimes(pathOf(sha256), now, now);
        return;
      }
      const dir = join(root, sha256.slice(0, 2));
      await mkdir(dir, { recursive: true });
      const tmp = join(dir, `.${sha256}.${randomUUID()}.tmp`);
      const handle = await open(tmp, "wx", 0o444);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      try {
        await rename(tmp, pathOf(sha256));
      } catch (error) {
        await rm(tmp, { force: true });
        throw error;
      }
    },
    read: async (sha256) => checkedRead(await readFile(pathOf(sha256)), sha256),
    async rehash(sha256) {
      if (!(await has(sha256))) return null;
      const hash = createHash("sha256");
      for await (const chunk of createReadStream(pathOf(sha256))) hash.update(chunk as Buffer);
      return hash.digest("hex");
    },
    async *list() {
      for (const dir of await entriesOf(root)) {
        if (!/^[0-9a-f]{2}$/.test(dir)) continue;
        for (const name of await entriesOf(join(root, dir))) {
          // Temporary files (".<hash>.<uuid>.tmp") are writes in progress, never blobs.
          if (!SHA256_PATTERN.test(name) || name.slice(0, 2) !== dir) continue;
          try {
            yield { sha256: name, modified: (await stat(join(root, dir, name))).mtime };
          } catch {
            // Removed since the directory was read.
          }
        }
      }
    },
    async modified(sha256) {
      try {
        return (await stat(pathOf(sha256))).mtime;
      } catch {
        return null;
      }
    },
    remove: (sha256) => rm(pathOf(sha256), { force: true }),
  };
}

async function entriesOf(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT") return [];
    throw error;
  }
}
