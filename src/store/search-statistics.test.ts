/** The embedded store analyses the search table after it grows, as a server's autovacuum would. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { STORE_TARGETS } from "../../test/support/databases.js";
import type { Store } from "./open-store.js";
import { refreshSearchStatistics } from "./search-statistics.js";

/** Writes `n` passages of 40 words each (their search rows come from the store's trigger). */
async function writePassages(store: Store, n: number): Promise<void> {
  await store.db.query(
    `INSERT INTO sources (id, format, version, kind, title, authors, access, created_at, created_by)
     VALUES ('00000000-0000-4000-8000-000000000001', 'citation', 1, 'press', 'Grown', '{}', 'public', now(), 'test')`,
  );
  await store.db.query(
    `INSERT INTO passages (id, source_id, seq, start_offset, end_offset, text, search_tokens)
     SELECT gen_random_uuid(), '00000000-0000-4000-8000-000000000001', i, i * 10, i * 10 + 5, 'words',
       (SELECT string_agg('w' || ((i * 7 + k * 13) % 997), ' ') FROM generate_series(1, 40) k)
     FROM generate_series(1, $1::int) i`,
    [n],
  );
}

const tsvStatistics = (store: Store) =>
  store.db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM pg_stats WHERE tablename = 'passage_search' AND attname = 'tsv'",
  );

describe.each(STORE_TARGETS)("search statistics on $name", (target) => {
  let store: Store;
  let dispose: () => Promise<void>;
  beforeEach(async () => {
    ({ store, dispose } = await target.open());
  });
  afterEach(async () => dispose());

  it("analyses the search table on the embedded store once it has grown, and not again until it grows", async () => {
    expect(await refreshSearchStatistics(store.db)).toBe(false);
    await writePassages(store, 2000);
    const analysed = await refreshSearchStatistics(store.db);
    if (target.name === "postgres") {
      // The server's autovacuum analyses; the store leaves it to the server.
      expect(analysed).toBe(false);
      return;
    }
    expect(analysed).toBe(true);
    expect(await tsvStatistics(store)).toEqual([{ n: 1 }]);
    expect(await refreshSearchStatistics(store.db)).toBe(false);
  });
});
