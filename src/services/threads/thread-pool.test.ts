/** The bounded worker threads: results, the readers' errors, and work stopped by its time or memory bound. */
import { afterAll, describe, expect, it } from "vitest";
import { ReadError } from "../../ingest/readers/read-document.js";
import { readDocumentOffThread } from "./off-thread.js";
import { createThreadPool, ThreadLimitError } from "./thread-pool.js";

describe("thread pool", () => {
  const pool = createThreadPool(1, 64);
  afterAll(() => pool.close());

  it("runs a reader in a thread and keeps a ReadError's code", async () => {
    const doc = await readDocumentOffThread(
      new TextEncoder().encode("Title\n\nSome text."),
      "a.txt",
      1000,
    );
    expect(doc.text).toContain("Some text.");
    const empty = await readDocumentOffThread(new Uint8Array(0), "e.txt", 1000).catch((e) => e);
    expect(empty).toBeInstanceOf(ReadError);
    expect((empty as ReadError).code).toBe("empty");
  });

  it("stops work past its time, and the pool goes on with a fresh thread", async () => {
    const huge = "Report: at least 12 people were killed.\n".repeat(400_000);
    const slow = await pool
      .run(
        "draftClaims",
        { text: huge, passages: [], publisher: "x", reviewed: [] },
        { timeoutMs: 50 },
      )
      .catch((e: unknown) => e);
    expect(slow).toBeInstanceOf(ThreadLimitError);
    expect((slow as ThreadLimitError).limit).toBe("time");
    const drafts = await pool.run(
      "draftClaims",
      {
        text: "At least 12 people were killed.",
        passages: [{ start: 0, end: 31 }],
        publisher: "x",
        reviewed: [],
      },
      { timeoutMs: 30_000 },
    );
    expect(drafts.length).toBe(1);
  });

  it("stops work past the thread's memory bound", async () => {
    // 12 million characters, under the extractor's input limit, far over a 64 MB heap.
    const huge = "Report: at least 12 people were killed on 26 February 1992.\n".repeat(200_000);
    const outcome = await pool
      .run(
        "draftClaims",
        { text: huge, passages: [], publisher: "x", reviewed: [] },
        { timeoutMs: 120_000 },
      )
      .catch((e: unknown) => e);
    expect(outcome).toBeInstanceOf(ThreadLimitError);
    expect((outcome as ThreadLimitError).limit).toBe("memory");
  });

  it("stops work when its signal aborts", async () => {
    const controller = new AbortController();
    const huge = "Report: at least 12 people were killed.\n".repeat(400_000);
    const pending = pool
      .run(
        "draftClaims",
        { text: huge, passages: [], publisher: "x", reviewed: [] },
        {
          timeoutMs: 120_000,
          signal: controller.signal,
        },
      )
      .catch((e: unknown) => e);
    setTimeout(() => controller.abort(), 50);
    const outcome = await pending;
    expect((outcome as ThreadLimitError).limit).toBe("cancelled");
  });
});
