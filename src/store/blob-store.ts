/**
 * Original bytes on disk, addressed by SHA-256 (blobs/ab/abcdef…). Writes go to a temporary file
 * and are renamed into place, so a crash never leaves a half-written blob under its address.
 */

import { createHash, randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, readFile, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { SHA256_PATTERN } from "../core/hash/sha256.js";

export interface BlobStore {
  readonly root: string;
  /** Stores bytes under their hash (a no-op when present); returns the hash. */
  put(bytes: Uint8Array, sha256: string): Promise<void>;
  read(sha256: string): Promise<Uint8Array>;
  /** Re-hashes the stored file; null when it is missing. */
  rehash(sha256: string): Promise<string | null>;
  has(sha256: string): Promise<boolean>;
  pathOf(sha256: string): string;
}

export function openBlobStore(root: string): BlobStore {
  const pathOf = (sha256: string) => {
    if (!SHA256_PATTERN.test(sha256)) throw new RangeError(`not a SHA-256: ${sha256}`);
    return join(root, sha256.slice(0, 2), sha256);
  };
  const has = async (sha256: string) => {
    try {
      await stat(pathOf(sha256));
      return true;
    } catch {
      return false;
    }
  };
  return {
    root,
    pathOf,
    has,
    async put(bytes, sha256) {
      if (await has(sha256)) return;
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
    read: (sha256) => readFile(pathOf(sha256)),
    async rehash(sha256) {
      if (!(await has(sha256))) return null;
      const hash = createHash("sha256");
      for await (const chunk of createReadStream(pathOf(sha256))) hash.update(chunk as Buffer);
      return hash.digest("hex");
    },
  };
}
