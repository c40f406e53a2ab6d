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
    listen: (channel, onNotify) => listenOn(connectionString, channel, onNotify),
    close: () => pool.end(),
  };
}

const RECONNECT_MS = 1000;

/**
 * A connection of its own (not the pool's: a pooled one is lent to queries and would drop its
 * LISTEN) that listens on `channel`, and listens again after a lost connection.
 */
async function listenOn(
  connectionString: string,
  channel: string,
  onNotify: (payload: string | null) => void,
): Promise<() => Promise<void>> {
  if (!/^[a-z_]+$/.test(channel)) throw new RangeError(`not a channel name: "${channel}"`);
  let stopped = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString });
    c.on("error", () => {});
    c.on("notification", (n) => {
      if (n.channel === channel) onNotify(n.payload ?? "");
    });
    c.on("end", () => {
      if (client === c) client = null;
      if (!stopped) again();
    });
    await c.connect();
    await c.query(`LISTEN ${channel}`);
    if (stopped) await c.end();
    else client = c;
  };
  const again = () => {
    retry ??= setTimeout(() => {
      retry = null;
      connect().then(
        () => onNotify(null),
        () => again(),
      );
    }, RECONNECT_MS);
    retry.unref();
  };
  try {
    await connect();
  } catch (error) {
    stopped = true;
    if (retry) clearTimeout(retry);
    throw error;
  }
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    await client?.end();
  };
}
