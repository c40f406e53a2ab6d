/**
 * Search narrowed by the sources' own fields: only the admitted sources' passages are found and
 * counted, and never one of a source the caller may not see (the narrowing reads passages through
 * passage_search_source, migration 0027).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { STORE_TARGETS } from "../../test/support/databases.js";
import type { Store } from "./open-store.js";
import { type SearchFilter, searchPassages } from "./search.repository.js";

const SOURCES = [
  { id: "00000000-0000-4000-8000-00000000000a", kind: "press", year: "1995", access: "public" },
  { id: "00000000-0000-4000-8000-00000000000b", kind: "testimony", year: "2001", access: "public" },
  { id: "00000000-0000-4000-8000-00000000000c", kind: "press", year: "2002", access: "restricted" },
  { id: "00000000-0000-4000-8000-00000000000d", kind: "press", year: "2003", access: "public" },
];

/** Each source gets three passages naming the place and one that does not. */
async function writeSources(store: Store): Promise<void> {
  for (const s of SOURCES) {
    await store.db.query(
      `INSERT INTO sources (id, format, version, kind, title, authors, access, published_date, published_precision, created_at, created_by)
       VALUES ($1, 'citation', 1, $2, $3, '{}', $4, $5, 'year', now(), 'test')`,
      [s.id, s.kind, `Source ${s.year}`, s.access, s.year],
    );
    await store.db.query(
      `INSERT INTO passages (id, source_id, seq, start_offset, end_offset, text, search_tokens)
       SELECT gen_random_uuid(), $1, i, i * 10, i * 10 + 5, 'text',
         CASE WHEN i < 3 THEN 'khojaly village ' || i ELSE 'elsewhere' END
       FROM generate_series(0, 3) i`,
      [s.id],
    );
  }
}

describe.each(STORE_TARGETS)("search narrowed by source fields on $name", (target) => {
  let store: Store;
  let dispose: () => Promise<void>;
  beforeEach(async () => {
    ({ store, dispose } = await target.open());
    await writeSources(store);
  });
  afterEach(async () => dispose());

  const found = async (extra: Partial<SearchFilter>, visibility = ["level:public"]) => {
    const r = await searchPassages(store.db, {
      tsquery: "khojaly",
      visibility,
      limit: 20,
      offset: 0,
      ...extra,
    });
    return { total: r.total, sources: [...new Set(r.rows.map((h) => h.sourceId))].sort() };
  };
  const [a, b, c, d] = SOURCES.map((s) => s.id);

  it("finds and counts the passages of the admitted sources only, never a hidden one", async () => {
    expect(await found({})).toEqual({ total: 9, sources: [a, b, d] });
    expect(await found({ kind: "press" })).toEqual({ total: 6, sources: [a, d] });
    expect(await found({ from: "2000-01-01", to: "2004-12-31" })).toEqual({
      total: 6,
      sources: [b, d],
    });
    expect(
      await found({ kind: "press", from: "2000-01-01" }, ["level:public", "level:restricted"]),
    ).toEqual({ total: 6, sources: [c, d] });
    expect(await found({ kind: "scholarly" })).toEqual({ total: 0, sources: [] });
  });
});
