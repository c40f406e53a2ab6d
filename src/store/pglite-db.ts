/** The embedded store: PGlite (PostgreSQL in WASM) in a directory, with the extensions we use. */
import { PGlite, type Transaction } from "@electric-sql/pglite";
import { fuzzystrmatch } from "@electric-sql/pglite/contrib/fuzzystrmatch";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import type { Db, Queryable, SqlParam } from "./db.js";
import { PLANNER_SETTINGS } from "./planner-settings.js";

/**
 * PGlite runs each query synchronously on this thread and hands its lock from one waiting query
 * to the next as a promise continuation, so with many requests queued, query after query ran
 * without the event loop ever polling sockets: /api/health, which makes no query, waited 20–30 s
 * under 50 readers. Turns let at most one query start per turn of the event loop, in the order
 * asked, so sockets are polled between any two queries. A turn orders starts, not completions:
 * a query waiting for PGlite's transaction lock never holds up the transaction's own queries.
 */
function turns(): () => Promise<void> {
  let last = Promise.resolve();
  return () => {
    last = last.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
    return last;
  };
}

function wrap(target: PGlite | Transaction, turn: () => Promise<void>): Queryable {
  return {
    async query<Row>(sql: string, params: readonly SqlParam[] = []) {
      await turn();
      const result = await target.query<Row>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql: string) {
      await turn();
      await target.exec(sql);
    },
  };
}

/** Opens (creating if needed) the PGlite store in `directory`; undefined means in memory. */
export async function openPgliteDb(directory: string | undefined): Promise<Db> {
  const pg = await PGlite.create(directory, { extensions: { pg_trgm, unaccent, fuzzystrmatch } });
  // PGlite is one session: settings made once hold for every later query.
  await pg.exec(PLANNER_SETTINGS.map(([k, v]) => `SET ${k} = ${v};`).join(" "));
  const turn = turns();
  const base = wrap(pg, turn);
  return {
    driver: "pglite",
    ...base,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx, turn))),
    async sql(text, params) {
      // The extended protocol takes one statement; several without parameters go through exec.
      await turn();
      if (!params || params.length === 0) {
        const results = await pg.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      }
      return { rows: (await pg.query(text, params as unknown[])).rows };
    },
    close: () => pg.close(),
  };
}
