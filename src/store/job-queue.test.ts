/**
 * On a PostgreSQL server, a sender's transaction announces what it queued to the other processes'
 * workers (NOTIFY, delivered on commit), so that they need not poll often.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { STORE_TARGETS } from "../../test/support/databases.js";
import { openPostgresDb } from "./postgres-db.js";

const server = STORE_TARGETS.find((t) => t.name === "postgres");

describe.skipIf(!server)("the job queue's messages between processes", () => {
  it("names the queue to listeners in other processes once the sending transaction commits", async () => {
    if (!server) return;
    const { store, databaseUrl, dispose } = await server.open();
    // Another process's connection to the same database.
    const other = await openPostgresDb(databaseUrl ?? "");
    const heard: (string | null)[] = [];
    const stop = await other.listen?.("casefile_jobs", (payload) => heard.push(payload));
    try {
      expect(stop).toBeTypeOf("function");
      const queue = await store.queue();
      await queue.ensureQueue("queue-test", { expireInSeconds: 60, retryLimit: 0 });
      // A rolled-back send announces nothing; a committed one names its queue.
      await store.db
        .transaction(async (tx) => {
          await queue.send("queue-test", [{ jobId: randomUUID(), seq: 0 }], tx);
          await tx.query("SELECT pg_notify('casefile_jobs', 'rolled-back')");
          throw new Error("roll back");
        })
        .catch(() => {});
      await store.db.transaction((tx) =>
        queue.send("queue-test", [{ jobId: randomUUID(), seq: 1 }], tx),
      );
      await expect.poll(() => heard.length).toBeGreaterThan(0);
      expect(heard).toEqual(["queue-test"]);
      // Once stopped it hears nothing more, while a listener still listening does.
      await stop?.();
      const later: (string | null)[] = [];
      const stopLater = await other.listen?.("casefile_jobs", (payload) => later.push(payload));
      await queue.send("queue-test", [{ jobId: randomUUID(), seq: 2 }]);
      await expect.poll(() => later).toEqual(["queue-test"]);
      expect(heard).toEqual(["queue-test"]);
      await stopLater?.();
    } finally {
      await other.close();
      await dispose();
    }
  });
});
