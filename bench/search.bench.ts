/**
 * Search latency on 1,000,000 generated passages (1,000 sources × 1,000 passages, Zipf-distributed
 * vocabulary with names in several spellings): median and 95th percentile over a fixed query mix,
 * on PGlite and — with BENCH_DATABASE_URL or TEST_DATABASE_URL — on a PostgreSQL server.
 * BENCH_SEARCH_PASSAGES overrides the size.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { searchTokens } from "../src/core/search/fold.js";
import type { Caller } from "../src/services/caller.js";
import { createServices } from "../src/services/services.js";
import { openStore, type Store } from "../src/store/open-store.js";
import { COUNT_CAP } from "../src/store/search.repository.js";
import type { BenchRow } from "./bench.js";
import { onEachStore } from "./bench-stores.js";

const NAMES = [
  "Khojaly",
  "Khojali",
  "Xocalı",
  "Ходжалы",
  "Aghdam",
  "Agdam",
  "Askeran",
  "Nakhchivanik",
  "Stepanakert",
  "Khankendi",
  "Memorial",
  "Helsinki",
];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function vocabulary(n: number, next: () => number): string[] {
  const letters = "abcdefghiklmnoprstuvy";
  return Array.from({ length: n }, () =>
    Array.from(
      { length: 3 + Math.floor(next() * 7) },
      () => letters[Math.floor(next() * letters.length)],
    ).join(""),
  );
}

async function fill(store: Store, passages: number): Promise<void> {
  const next = rng(42);
  const words = vocabulary(5000, next);
  const zipf = () => words[Math.floor(words.length * next() ** 3)] as string;
  const perSource = 1000;
  const now = new Date();
  for (let s = 0; s < passages / perSource; s++) {
    const sourceId = randomUUID();
    await store.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO sources (id, format, version, kind, title, authors, access, created_at, created_by) VALUES ($1, 'citation', 1, $2, $3, '{}', 'public', $4, 'bench')`,
        [sourceId, s % 2 ? "press" : "ngo_report", `Generated source ${s}`, now],
      );
      for (let b = 0; b < perSource; b += 250) {
        const values: string[] = [];
        const params: (string | number)[] = [];
        for (let i = b; i < b + 250; i++) {
          const text = Array.from({ length: 30 }, () =>
            next() < 0.03 ? (NAMES[Math.floor(next() * NAMES.length)] as string) : zipf(),
          ).join(" ");
          const n = params.length;
          values.push(`($${n + 1}, $${n + 2}, $${n + 3}, 0, $${n + 4}, $${n + 5}, $${n + 6})`);
          params.push(randomUUID(), sourceId, i, text.length, text, searchTokens(text));
        }
        await tx.query(
          `INSERT INTO passages (id, source_id, seq, start_offset, end_offset, text, search_tokens) VALUES ${values.join(", ")}`,
          params,
        );
      }
    });
  }
  await store.db.exec("ANALYZE passages; ANALYZE sources");
}

async function measure(driver: string, store: Store, passages: number): Promise<BenchRow[]> {
  const services = createServices(store, { door: "bench" });
  const anyone: Caller = { kind: "anonymous" };
  const next = rng(7);
  const words = vocabulary(5000, next);
  // Names in other spellings, rare words, mid-frequency words, two-word queries.
  const queries = [
    ...NAMES.slice(0, 6),
    "Ходжалы Agdam",
    "Stepanakert",
    words[4000] as string,
    words[2500] as string,
    `${words[3000]} ${words[3500]}`,
    words[1200] as string,
  ];
  const times: number[] = [];
  let exactTotals = 0;
  for (let round = 0; round < 10; round++) {
    for (const q of queries) {
      const t0 = performance.now();
      const found = await services.search.search(anyone, { q, limit: 20 });
      times.push(performance.now() - t0);
      if (!found.totalIsLowerBound) exactTotals++;
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number) =>
    times[Math.min(times.length - 1, Math.floor(p * times.length))] as number;
  // How many answers had an exact total (the rest matched more than COUNT_CAP passages).
  const details = { passages, queries: times.length, exactTotals, countCap: COUNT_CAP };
  return [
    { bench: `search (${driver})`, metric: "median latency", value: at(0.5), unit: "ms", details },
    {
      bench: `search (${driver})`,
      metric: "95th percentile latency",
      value: at(0.95),
      unit: "ms",
      details,
    },
  ];
}

async function run(
  driver: "pglite" | "postgres",
  databaseUrl: string | undefined,
  passages: number,
): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), "casefile-bench-"));
  const store = await openStore({ dataDir, databaseUrl, command: "bench" });
  try {
    const t0 = performance.now();
    await fill(store, passages);
    process.stderr.write(
      `search bench (${driver}): ${passages} passages loaded in ${Math.round((performance.now() - t0) / 1000)} s\n`,
    );
    return await measure(driver, store, passages);
  } finally {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export default async function searchBench(): Promise<BenchRow[]> {
  const passages = Number(process.env.BENCH_SEARCH_PASSAGES ?? 1_000_000);
  return onEachStore("search", (driver, databaseUrl) => run(driver, databaseUrl, passages));
}
