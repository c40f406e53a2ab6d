/**
 * Ingest throughput: 1,000 generated documents (text, Markdown, HTML; 2–40 KB) ingested one
 * transaction each, on PGlite and — when BENCH_DATABASE_URL or TEST_DATABASE_URL is set — on a
 * PostgreSQL server. Beside MB/s, the CPU seconds per MB of this one process and of its PostgreSQL
 * backends, with the load average: the team-server bench reports the same for a batch job, so the
 * two say what the job path adds.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { Caller } from "../src/services/caller.js";
import { createServices } from "../src/services/services.js";
import { openStore } from "../src/store/open-store.js";
import type { BenchRow } from "./bench.js";
import { onEachStore } from "./bench-stores.js";
import { backendPids, cpuByPid, cpuSpent } from "./process-cpu.js";

const WORDS =
  "the village road night snow witnesses reported families hospital morning district officials convoy river forest bridge hostages were exchanged according to the commission".split(
    " ",
  );

/** A deterministic pseudo-random document: paragraphs of plausible words, in one of three formats. */
export function makeDocument(i: number): { name: string; bytes: Uint8Array } {
  let seed = i * 2654435761;
  const next = () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const paragraphs: string[] = [];
  const target = 2_000 + Math.floor(next() * 38_000);
  let size = 0;
  while (size < target) {
    const words = Array.from(
      { length: 40 + Math.floor(next() * 120) },
      () => WORDS[Math.floor(next() * WORDS.length)],
    );
    const p = `${words.join(" ")} ${Math.floor(next() * 1000)} people.`;
    paragraphs.push(p.charAt(0).toUpperCase() + p.slice(1));
    size += p.length;
  }
  const format = i % 3;
  const title = `Generated document ${i}`;
  const text =
    format === 0
      ? `${title}\n\n${paragraphs.join("\n\n")}`
      : format === 1
        ? `# ${title}\n\n${paragraphs.join("\n\n")}`
        : `<!doctype html><html><head><title>${title}</title></head><body><nav>Home | About</nav><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article><footer>© example</footer></body></html>`;
  return {
    name: `doc-${i}.${["txt", "md", "html"][format]}`,
    bytes: new TextEncoder().encode(text),
  };
}

async function run(
  driver: "pglite" | "postgres",
  databaseUrl: string | undefined,
  docs: { name: string; bytes: Uint8Array }[],
  extract: boolean,
): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), "casefile-bench-"));
  const store = await openStore({ dataDir, databaseUrl, command: "bench" });
  const services = createServices(store, { door: "bench" });
  const operator: Caller = { kind: "operator", name: "bench" };
  const bytes = docs.reduce((n, d) => n + d.bytes.byteLength, 0);
  const countRows = async () =>
    (
      await store.db.query<{ passages: number; claims: number }>(
        "SELECT (SELECT count(*)::int FROM passages) AS passages, (SELECT count(*)::int FROM claims) AS claims",
      )
    )[0] ?? { passages: 0, claims: 0 };
  // A shared server database may already hold an earlier run's rows: count what this run adds.
  const before = await countRows();
  const backends = async () => (databaseUrl ? await backendPids(databaseUrl) : []);
  const load0 = loadavg()[0] ?? 0;
  const [ours0, db0] = [cpuByPid([process.pid]), cpuByPid(await backends())];
  const t0 = performance.now();
  for (const doc of docs)
    await services.ingest.ingestFile(operator, {
      bytes: doc.bytes,
      fileName: doc.name,
      origin: `bench/${doc.name}`,
      metadata: {},
      extract,
    });
  const seconds = (performance.now() - t0) / 1000;
  const [ours1, db1] = [cpuByPid([process.pid]), cpuByPid(await backends())];
  const loadAverage = `${load0.toFixed(1)}–${(loadavg()[0] ?? 0).toFixed(1)}`;
  const after = await countRows();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
  const megabytes = bytes / 2 ** 20;
  const details = {
    files: docs.length,
    megabytes: Math.round(megabytes * 100) / 100,
    passages: after.passages - before.passages,
    claims: after.claims - before.claims,
    seconds: Math.round(seconds * 100) / 100,
  };
  return [
    {
      bench: `ingest${extract ? "+extract" : ""} (${driver})`,
      metric: "throughput",
      value: bytes / 2 ** 20 / seconds,
      unit: "MB/s",
      details,
    },
    {
      bench: `ingest${extract ? "+extract" : ""} (${driver})`,
      metric: "files per second",
      value: docs.length / seconds,
      unit: "files/s",
      details,
    },
    {
      bench: `ingest${extract ? "+extract" : ""} (${driver})`,
      metric: `CPU, one process${databaseUrl ? "" : " (store inside)"}`,
      value: cpuSpent(ours0, ours1) / megabytes,
      unit: "s/MB",
      details: { loadAverage },
    },
    ...(databaseUrl
      ? [
          {
            bench: `ingest${extract ? "+extract" : ""} (${driver})`,
            metric: "CPU, PostgreSQL backends",
            value: cpuSpent(db0, db1) / megabytes,
            unit: "s/MB",
            details: { loadAverage },
          },
        ]
      : []),
  ];
}

export default async function ingestBench(): Promise<BenchRow[]> {
  // Two sets, so that the second run on a shared server database ingests new bytes, not duplicates.
  // BENCH_INGEST_DOCS (default 1,000) shortens a run, to check the bench on a busy machine.
  const n = Number(process.env.BENCH_INGEST_DOCS ?? 1000);
  const docs = Array.from({ length: n }, (_, i) => makeDocument(i));
  const others = Array.from({ length: n }, (_, i) => makeDocument(1000 + i));
  // With claim extraction (what `casefile ingest` does by default) and without (archive only).
  return onEachStore("ingest", async (driver, databaseUrl) => [
    ...(await run(driver, databaseUrl, docs, true)),
    ...(await run(driver, databaseUrl, others, false)),
  ]);
}
