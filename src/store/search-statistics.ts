/**
 * The search's plan depends on the column statistics of `passage_search` (store/search.repository.ts:
 * a word in most passages is found by a sequential scan that stops at the count cap, the others
 * through the GIN index). A PostgreSQL server gathers them by itself (autovacuum's ANALYZE after a
 * tenth of a table has changed); the embedded store has no autovacuum, so until something runs
 * ANALYZE the planner guesses every word to be in 0.5 % of the passages and builds a bitmap of
 * every match of the commonest words (BENCHMARKS.md, issue 14, "Search, fifth step").
 *
 * So after an ingest the embedded store analyses the search table once it has doubled since it was
 * last analysed. Not after every tenth of growth, as autovacuum does in its own process: here
 * ANALYZE holds the store's only thread (0.1 s at 20,000 passages, 2 s at 1,000,000, on PGlite),
 * and what the plan needs are the words' shares of the passages, which a corpus half the size
 * already gives; the row count the planner takes from the table's current size. The test is one
 * catalogue query; ANALYZE samples at most 30,000 rows whatever the table's size.
 */
import type { Db } from "./db.js";

/** The share a table grows by before it is analysed again: it doubles. */
const GROWTH = 1;
/** Below this many pages (~800 passages) the planner's guess costs nothing worth a pass. */
const MIN_PAGES = 64;

/** Analyses `passage_search` on the embedded store when it has outgrown its statistics; true if it did. */
export async function refreshSearchStatistics(db: Db): Promise<boolean> {
  if (db.driver !== "pglite") return false;
  const [table] = await db.query<{ pages: number; analysed: number }>(
    `SELECT (pg_relation_size(c.oid) / current_setting('block_size')::int)::int AS pages,
            CASE WHEN c.reltuples < 0 THEN 0 ELSE c.relpages END AS analysed
     FROM pg_class c WHERE c.oid = 'passage_search'::regclass`,
  );
  if (!table || table.pages < MIN_PAGES || table.pages <= table.analysed * (1 + GROWTH))
    return false;
  await db.exec("ANALYZE passage_search");
  return true;
}
