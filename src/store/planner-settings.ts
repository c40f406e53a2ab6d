/**
 * Planner settings every connection of either store gets (PostgreSQL per connection, so that a
 * server's own settings are left alone; PGlite once per session). They are the search's: its
 * statement (store/search.repository.ts) is the one whose plan depends on them.
 *
 * - `random_page_cost = 1.1`: the default (4) prices a page fetched out of order as a disk seek.
 *   The search's narrow rows are read from memory, so for a word in 2–15 % of the passages the
 *   planner chose a sequential scan that tests every row's vector until 10,001 match (1.5–2 µs a
 *   row) over the GIN bitmap, which visits only the matching rows' pages without testing them
 *   again: 2–4 times slower, at 200,000 passages (BENCHMARKS.md).
 * - `synchronize_seqscans = off`: a sequential scan of a table larger than a quarter of the
 *   shared buffers otherwise starts where the last scan of it stopped, so the first 10,001 matches
 *   a search counts and ranks (a word in most passages is found by such a scan) changed from one
 *   request to the next, and page 3 of a search was not ranked among the same matches as page 1.
 */
export const PLANNER_SETTINGS: readonly (readonly [string, string])[] = [
  ["random_page_cost", "1.1"],
  ["synchronize_seqscans", "off"],
];
