/**
 * Verification of the archive: every blob re-hashed against its address, every log entry
 * re-hashed and linked to the one before. Reports the first bad blob and the first broken entry.
 */
import { checkLogLink, type LogEntry } from "../core/log/log-entry.js";
import { listBlobRecords } from "../store/blobs.repository.js";
import { walkLog } from "../store/log.repository.js";
import type { Store } from "../store/open-store.js";
import { type OrphanBlob, orphanBlobs, presentOrphan } from "./blob-gc.service.js";
import type { Caller } from "./caller.js";
import { captureProblems } from "./capture-verify.js";
import { assertMayAdminister } from "./policies/access.policy.js";

export interface VerifyProblem {
  readonly type: "blob" | "log" | "capture";
  /** The blob's SHA-256, the log entry's sequence number or the capture's id. */
  readonly id: string;
  readonly problem: string;
}

export interface VerifyReport {
  readonly ok: boolean;
  readonly blobsChecked: number;
  readonly logEntriesChecked: number;
  readonly problems: VerifyProblem[];
  /** Archived files no record names (left by failed ingests): not damage; `casefile gc` removes them. */
  readonly orphans: OrphanBlob[];
}

export function createVerifyService(store: Store) {
  return {
    async verify(
      caller: Caller,
      onProgress?: (done: number, total: number) => void,
    ): Promise<VerifyReport> {
      assertMayAdminister(caller);
      const problems: VerifyProblem[] = [];
      const blobs = await listBlobRecords(store.db);
      let done = 0;
      for (const blob of blobs) {
        const actual = await store.blobs.rehash(blob.sha256);
        if (actual === null)
          problems.push({ type: "blob", id: blob.sha256, problem: "the stored file is missing" });
        else if (actual !== blob.sha256)
          problems.push({
            type: "blob",
            id: blob.sha256,
            problem: `the stored bytes now hash to ${actual}`,
          });
        onProgress?.(++done, blobs.length);
      }
      for (const p of await captureProblems(store)) problems.push({ type: "capture", ...p });
      let previous: LogEntry | null = null;
      let entries = 0;
      for await (const entry of walkLog(store.db)) {
        entries++;
        const broken = checkLogLink(entry, previous);
        // After the first break every later link is suspect; report the first, which is where to look.
        if (broken) {
          problems.push({ type: "log", id: String(broken.seq), problem: broken.problem });
          break;
        }
        previous = entry;
      }
      return {
        ok: problems.length === 0,
        blobsChecked: blobs.length,
        logEntriesChecked: entries,
        problems,
        orphans: (await orphanBlobs(store)).map(presentOrphan),
      };
    },
  };
}
export type VerifyService = ReturnType<typeof createVerifyService>;
