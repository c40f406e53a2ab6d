/**
 * Search latency over 1,000,000 generated passages (bench/search-corpus.ts: 1,000 sources of
 * 1,000 passages, Zipf-distributed words, names in several alphabets, a tenth of the sources
 * hidden from anonymous callers), on PGlite and — with BENCH_DATABASE_URL or TEST_DATABASE_URL —
 * on a PostgreSQL server. BENCH_SEARCH_PASSAGES overrides the size.
 *
 * The query mix: the commonest words, mid-frequency and rare words, names in other spellings and
 * alphabets, several-word queries, words found nowhere, and the same with filters (kind, dates,
 * place). One unmeasured round warms the caches; then every query runs ROUNDS times, as an
 * anonymous caller, 20 hits a page. Beside the wall time seen by the service's caller, each
 * query's statement is timed by the server (EXPLAIN ANALYZE), which a loaded machine disturbs less.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PLACES } from "../src/core/gazetteer/index.js";
import { parseQuery } from "../src/core/search/search-query.js";
import type { Caller } from "../src/services/caller.js";
import { visibilityKeys } from "../src/services/policies/access.policy.js";
import type { SearchQuery } from "../src/services/search.service.js";
import { createServices } from "../src/services/services.js";
import { openStore, type Store } from "../src/store/open-store.js";
import { COUNT_CAP, type SearchFilter, searchStatement } from "../src/store/search.repository.js";
import type { BenchRow } from "./bench.js";
import { onEachStore } from "./bench-stores.js";
import { fill, vocabulary } from "./search-corpus.js";

const ROUNDS = 4;

function queryMix(): { label: string; query: SearchQuery }[] {
  const v = vocabulary();
  const w = (rank: number) => v.words[rank] as string;
  const q = (label: string, text: string, extra: Partial<SearchQuery> = {}) => ({
    label,
    query: { q: text, limit: 20, ...extra },
  });
  return [
    q("commonest word", w(0)),
    q("common word (rank 5)", w(5)),
    q("common word (rank 30)", w(30)),
    q("mid word (rank 150)", w(150)),
    q("mid word (rank 400)", w(400)),
    q("rare word (rank 3,000)", w(3000)),
    q("rare word (rank 20,000)", w(20_000)),
    q("rare word (rank 39,000)", w(39_000)),
    q("name, English", "Khojaly"),
    q("name, Azerbaijani", "Xocalı"),
    q("name, Cyrillic", "Ходжалы"),
    q("name, other spelling", "Agdam"),
    q("name with alias", "Stepanakert"),
    q("surname, Cyrillic", "Гусейнов"),
    q("rare surname", (v.names[2000] as readonly string[])[0] as string),
    q("two common words", `${w(0)} ${w(8)}`),
    q("name and word", `Ходжалы ${w(40)}`),
    q("two names", "Khojaly Aghdam"),
    q("three words", `${w(20)} ${w(60)} ${w(200)}`),
    q("two rare words", `${w(2500)} ${w(3500)}`),
    q("no match", v.absent[0] as string),
    q("no match, two words", `${v.absent[1]} ${v.absent[2]}`),
    q("common word, kind filter", w(3), { kind: "testimony" }),
    q("name, date filter", "Khojaly", { from: "2000", to: "2004" }),
    q("word, place filter", w(10), { place: "khojaly" }),
    q("rare word, kind filter", w(5000), { kind: "press" }),
    q("common word, page 3", w(2), { offset: 40 }),
  ];
}

/** The statement the service sends for a query of the mix, as the repository's filter. */
function filterOf(caller: Caller, query: SearchQuery): SearchFilter {
  const aliases = PLACES.map((p) => [p.name, ...p.aliases]);
  const place = PLACES.find((p) => p.id === query.place);
  return {
    tsquery: parseQuery(query.q, aliases).tsquery,
    visibility: visibilityKeys(caller),
    kind: query.kind,
    from: query.from && `${query.from}-01-01`,
    to: query.to && `${query.to}-12-31`,
    placeTsquery: place && parseQuery(place.name, aliases).tsquery,
    limit: query.limit ?? 20,
    offset: query.offset ?? 0,
  };
}

/** The server's own execution time of each query's statement (EXPLAIN ANALYZE), median of 3. */
async function serverTimes(store: Store, caller: Caller, mix: ReturnType<typeof queryMix>) {
  const times: number[] = [];
  for (const { label, query } of mix) {
    const { text, params } = searchStatement(filterOf(caller, query));
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const [plan] = await store.db.query<{ "QUERY PLAN": [{ "Execution Time": number }] }>(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${text}`,
        params,
      );
      runs.push(plan?.["QUERY PLAN"][0]["Execution Time"] ?? Number.NaN);
    }
    const ms = runs.sort((a, b) => a - b)[1] as number;
    times.push(ms);
    process.stderr.write(`  server ${label.padEnd(28)} ${ms.toFixed(1)} ms\n`);
  }
  return times.sort((a, b) => a - b);
}

export async function measure(driver: string, store: Store, passages: number): Promise<BenchRow[]> {
  const services = createServices(store, { door: "bench" });
  const anyone: Caller = { kind: "anonymous" };
  const mix = queryMix();
  for (const { query } of mix) await services.search.search(anyone, query);
  const times: number[] = [];
  const byQuery = new Map<string, number[]>();
  let exactTotals = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const { label, query } of mix) {
      const t0 = performance.now();
      const found = await services.search.search(anyone, query);
      const ms = performance.now() - t0;
      times.push(ms);
      byQuery.set(label, [...(byQuery.get(label) ?? []), ms]);
      if (round === 0) {
        process.stderr.write(
          `  ${label.padEnd(28)} ${String(found.total).padStart(6)}${found.totalIsLowerBound ? "+" : " "} ${ms.toFixed(1)} ms\n`,
        );
      }
      if (!found.totalIsLowerBound) exactTotals++;
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
  const slowest = [...byQuery].sort((a, b) => Math.max(...b[1]) - Math.max(...a[1]))[0];
  const details = {
    passages,
    queries: times.length,
    exactTotals,
    countCap: COUNT_CAP,
    slowestQuery: slowest ? `${slowest[0]}: ${Math.max(...slowest[1]).toFixed(1)} ms` : null,
  };
  const server = await serverTimes(store, anyone, mix);
  const serverAt = (p: number) =>
    server[Math.min(server.length - 1, Math.floor(p * server.length))] as number;
  return [
    { bench: `search (${driver})`, metric: "median latency", value: at(0.5), unit: "ms", details },
    {
      bench: `search (${driver})`,
      metric: "95th percentile latency",
      value: at(0.95),
      unit: "ms",
      details,
    },
    {
      bench: `search (${driver})`,
      metric: "server execution, median query",
      value: serverAt(0.5),
      unit: "ms",
    },
    {
      bench: `search (${driver})`,
      metric: "server execution, 95th pct query",
      value: serverAt(0.95),
      unit: "ms",
    },
  ];
}

/**
 * With BENCH_SEARCH_KEEP=1 the loaded stores are kept for the next run of the same size (PGlite's
 * data directory under the system's temporary directory, the PostgreSQL database on the server)
 * and reused when they hold exactly that many passages: loading 1,000,000 passages takes longer
 * than the queries, and the generated corpus is the same every time (fixed seeds).
 */
function keptName(passages: number): string | undefined {
  return process.env.BENCH_SEARCH_KEEP === "1" ? `casefile_search_bench_${passages}` : undefined;
}

async function run(
  driver: "pglite" | "postgres",
  databaseUrl: string | undefined,
  passages: number,
): Promise<BenchRow[]> {
  const kept = keptName(passages);
  const dataDir = kept
    ? join(tmpdir(), kept.replaceAll("_", "-"))
    : mkdtempSync(join(tmpdir(), "casefile-bench-"));
  const store = await openStore({ dataDir, databaseUrl, command: "bench" });
  try {
    const [held] = await store.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM passage_search",
    );
    let loadSeconds: number | null = null;
    if (held?.n === passages) {
      process.stderr.write(`search bench (${driver}): reusing the ${passages} passages kept\n`);
    } else if (held?.n === 0) {
      const t0 = performance.now();
      await fill(store, passages);
      loadSeconds = (performance.now() - t0) / 1000;
      process.stderr.write(
        `search bench (${driver}): ${passages} passages loaded in ${Math.round(loadSeconds)} s\n`,
      );
    } else {
      throw new Error(
        `search bench (${driver}): the kept store ${kept} holds ${held?.n} passages, not ${passages}: drop it`,
      );
    }
    const rows = await measure(driver, store, passages);
    if (loadSeconds !== null)
      rows.push({
        bench: `search (${driver})`,
        metric: "load time",
        value: loadSeconds,
        unit: "s",
      });
    return rows;
  } finally {
    await store.close();
    if (!kept) rmSync(dataDir, { recursive: true, force: true });
  }
}

export default async function searchBench(): Promise<BenchRow[]> {
  const passages = Number(process.env.BENCH_SEARCH_PASSAGES ?? 1_000_000);
  return onEachStore(
    "search",
    (driver, databaseUrl) => run(driver, databaseUrl, passages),
    keptName(passages),
  );
}
