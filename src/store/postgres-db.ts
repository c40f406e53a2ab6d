/** The scale-out store: a PostgreSQL server through a pg connection pool. */
import pg from "pg";
import type { Db, Queryable, SqlParam } from "./db.js";
import { PLANNER_SETTINGS } from "./planner-settings.js";

// int8 (counts, log sequence numbers) as JS numbers, as PGlite returns them.
pg.types.setTypeParser(20, (value: string) => Number(value));

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<Row>(sql: string, params: readonly SqlParam[] = []) {
      const result = await client.query(sql, params as unknown[]);
      return result.rows as Row[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
}

export async function openPostgresDb(connectionString: string): Promise<Db> {
  // No JIT compilation: every query here is short, and a plan costed over a million rows (a
  // search's scan that stops after 10,001) spent 50–200 ms compiling before its few milliseconds
  // of work. The planner settings are the search's (store/planner-settings.ts). Set per
  // connection, so a server's own settings are left alone.
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    options: ["-c jit=off", ...PLANNER_SETTINGS.map(([k, v]) => `-c ${k}=${v}`)].join(" "),
  });
  // A lost connection must not crash the process; the next query reports the failure instead.
  pool.on("error", () => {});
  await pool.query("SELECT 1");
  return {
    driver: "postgres",
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(wrap(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async sql(text, params) {
      const result: pg.QueryResult | pg.QueryResult[] = await pool.query(text, params as unknown[]);
      return { rows: Array.isArray(result) ? (result.at(-1)?.rows ?? []) : result.rows };
    },
    close: () => pool.end(),
  };
}
