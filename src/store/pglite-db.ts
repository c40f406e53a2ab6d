/** The embedded store: PGlite (PostgreSQL in WASM) in a directory, with the extensions we use. */
import { PGlite, type Transaction } from "@electric-sql/pglite";
import { fuzzystrmatch } from "@electric-sql/pglite/contrib/fuzzystrmatch";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import type { Db, Queryable, SqlParam } from "./db.js";

function wrap(target: PGlite | Transaction): Queryable {
  return {
    async query<Row>(sql: string, params: readonly SqlParam[] = []) {
      const result = await target.query<Row>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  };
}

/** Opens (creating if needed) the PGlite store in `directory`; undefined means in memory. */
export async function openPgliteDb(directory: string | undefined): Promise<Db> {
  const pg = await PGlite.create(directory, { extensions: { pg_trgm, unaccent, fuzzystrmatch } });
  const base = wrap(pg);
  return {
    driver: "pglite",
    ...base,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    async sql(text, params) {
      // The extended protocol takes one statement; several without parameters go through exec.
      if (!params || params.length === 0) {
        const results = await pg.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      }
      return { rows: (await pg.query(text, params as unknown[])).rows };
    },
    close: () => pg.close(),
  };
}
