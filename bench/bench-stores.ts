/**
 * Runs a benchmark on each store: PGlite, and a throwaway database on the PostgreSQL server named
 * by BENCH_DATABASE_URL or TEST_DATABASE_URL when one is set. BENCH_STORES=postgres (or pglite)
 * runs one of them only, for sizes where loading both would not fit the time at hand.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { BenchRow } from "./bench.js";

export async function onEachStore(
  name: string,
  run: (driver: "pglite" | "postgres", databaseUrl: string | undefined) => Promise<BenchRow[]>,
  /** A database kept between runs (created when missing, never dropped), instead of a throwaway one. */
  keptDatabase?: string,
): Promise<BenchRow[]> {
  const only = process.env.BENCH_STORES?.split(",").map((x) => x.trim());
  const rows = only && !only.includes("pglite") ? [] : await run("pglite", undefined);
  if (only && !only.includes("postgres")) return rows;
  const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    process.stderr.write(
      `${name} bench: no BENCH_DATABASE_URL/TEST_DATABASE_URL — PostgreSQL run skipped\n`,
    );
    return rows;
  }
  const database = keptDatabase ?? `casefile_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${database}`);
  // Named so that a run killed before its cleanup can be found and dropped by hand.
  process.stderr.write(`${name} bench: PostgreSQL database ${database}\n`);
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  try {
    rows.push(...(await run("postgres", url.toString())));
  } finally {
    if (!keptDatabase) await admin.query(`DROP DATABASE ${database} WITH (FORCE)`);
    await admin.end();
  }
  return rows;
}
