/**
 * Two workers taking the first items of one batch at the same moment, on a PostgreSQL server
 * (PGlite runs one statement at a time, so the race cannot happen there).
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { STORE_TARGETS } from "../../test/support/databases.js";
import { insertJob, startJobItems } from "./jobs.repository.js";

const server = STORE_TARGETS.find((t) => t.name === "postgres");

describe.skipIf(!server)("job items on a PostgreSQL server", () => {
  it("answers 'running' to a worker whose start waited on another worker's start of the same job", async () => {
    if (!server) return;
    const { store, databaseUrl, dispose } = await server.open();
    const other = new pg.Client({ connectionString: databaseUrl });
    await other.connect();
    try {
      const id = randomUUID();
      const at = new Date();
      await insertJob(store.db, { id, type: "ingest", input: {}, startedBy: "t", at, items: [] });
      // The other worker has started the job but not committed yet: this start waits on the row.
      await other.query("BEGIN");
      await other.query("UPDATE jobs SET state = 'running', started_at = $2 WHERE id = $1", [
        id,
        at,
      ]);
      const waiting = startJobItems(store.db, id, at);
      const {
        rows: [me],
      } = await other.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      await expect
        .poll(async () => {
          const { rows } = await other.query(
            "SELECT 1 FROM pg_locks WHERE NOT granted AND $1 = ANY (pg_blocking_pids(pid))",
            [me?.pid],
          );
          return rows.length;
        })
        .toBe(1);
      await other.query("COMMIT");
      expect((await waiting)?.state).toBe("running");
    } finally {
      await other.end();
      await dispose();
    }
  });
});
