/** The store suite: runs against PGlite and, when TEST_DATABASE_URL is set, a PostgreSQL server. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { STORE_TARGETS } from "../../test/support/databases.js";
import { checkLogLink, type LogEntry } from "../core/log/log-entry.js";
import type { Queryable } from "./db.js";
import { appendLog, listLog, walkLog } from "./log.repository.js";
import { migrate } from "./migrate.js";
import type { Store } from "./open-store.js";
import { PLANNER_SETTINGS } from "./planner-settings.js";

describe.each(STORE_TARGETS)("store on $name", (target) => {
  let store: Store;
  let dispose: () => Promise<void>;
  beforeEach(async () => {
    ({ store, dispose } = await target.open());
  });
  afterEach(async () => dispose());

  it("applies every migration once and records it", async () => {
    const rows = await store.db.query<{ name: string }>(
      "SELECT name FROM schema_migrations ORDER BY name",
    );
    expect(rows.map((r) => r.name)).toContain("0001_archive.sql");
    expect(await migrate(store.db)).toEqual([]);
  });

  it("has the search extensions", async () => {
    const [row] = await store.db.query<{ u: string; s: number }>(
      "SELECT unaccent('Xocalı') AS u, similarity('Khojaly', 'Khojali') AS s",
    );
    expect(row?.u).toBe("Xocali");
    expect(row?.s).toBeGreaterThan(0.3);
  });

  it("gives every connection the search's planner settings, inside transactions too", async () => {
    const settings = async (db: Queryable) =>
      (
        await db.query<{ name: string; setting: string }>(
          "SELECT name, setting FROM pg_settings WHERE name = ANY ($1) ORDER BY name",
          [PLANNER_SETTINGS.map(([name]) => name)],
        )
      ).map((r) => [r.name, r.setting]);
    const wanted = [...PLANNER_SETTINGS].sort().map(([k, v]) => [k, v]);
    // Several at once, so that a pool opens more than one connection.
    for (const got of await Promise.all([1, 2, 3].map(() => settings(store.db))))
      expect(got).toEqual(wanted);
    expect(await store.db.transaction((tx) => settings(tx))).toEqual(wanted);
  });

  it("chains log entries and refuses to change them", async () => {
    for (const id of ["a", "b", "c"]) {
      await store.db.transaction((tx) =>
        appendLog(tx, {
          actor: "t",
          action: "source.edit",
          targetType: "source",
          targetId: id,
          reason: null,
          data: { n: 1, nested: { z: 1, a: [1, 2] } },
        }),
      );
    }
    const entries: LogEntry[] = [];
    for await (const e of walkLog(store.db, 2)) entries.push(e);
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    for (const [i, e] of entries.entries())
      expect(checkLogLink(e, entries[i - 1] ?? null)).toBeNull();
    await expect(
      store.db.query("UPDATE activity_log SET actor = 'x' WHERE seq = 2"),
    ).rejects.toThrow(/append-only/);
    await expect(store.db.query("DELETE FROM activity_log WHERE seq = 3")).rejects.toThrow(
      /append-only/,
    );
    expect((await listLog(store.db, { limit: 2 })).map((e) => e.seq)).toEqual([3, 2]);
  });

  it("rolls back a failed transaction entirely, log entry included", async () => {
    await expect(
      store.db.transaction(async (tx) => {
        await appendLog(tx, {
          actor: "t",
          action: "source.edit",
          targetType: "source",
          targetId: "x",
          reason: null,
          data: {},
        });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await listLog(store.db, { limit: 10 })).toEqual([]);
  });
});
