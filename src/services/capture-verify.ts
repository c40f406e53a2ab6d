/**
 * For `verify`: each capture's WARC read back with warcio, and every page or media file the capture
 * names found there as a response from its URL whose content has the recorded SHA-256. (The blobs
 * themselves, the WARC's included, are re-hashed by verify's own pass.)
 */
import { readWarcResponses } from "../ingest/capture/warc-file.js";
import { listAllCaptures } from "../store/captures.repository.js";
import type { Store } from "../store/open-store.js";

export async function captureProblems(store: Store): Promise<{ id: string; problem: string }[]> {
  const problems: { id: string; problem: string }[] = [];
  for (const record of await listAllCaptures(store.db)) {
    const warc = record.files.find((f) => f.role === "warc");
    if (!warc) {
      problems.push({ id: record.id, problem: "the capture names no WARC" });
      continue;
    }
    let responses: Awaited<ReturnType<typeof readWarcResponses>>;
    try {
      responses = await readWarcResponses(await store.blobs.read(warc.blobSha256));
    } catch (error) {
      problems.push({
        id: record.id,
        problem: `its WARC cannot be read: ${(error as Error).message}`,
      });
      continue;
    }
    for (const f of record.files) {
      if (f.role !== "page" && f.role !== "media") continue;
      if (!responses.some((r) => r.url === f.url && r.contentSha256 === f.blobSha256))
        problems.push({
          id: record.id,
          problem: `its WARC holds no response from ${f.url} with SHA-256 ${f.blobSha256}`,
        });
    }
  }
  return problems;
}
