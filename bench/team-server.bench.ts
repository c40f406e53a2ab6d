/**
 * A team's server under work, on each store, with the Khojaly case loaded:
 * - batch ingest with extraction as a job (`POST /api/jobs/ingest`): on PostgreSQL one
 *   `casefile serve --no-worker` and two `casefile worker` processes, on PGlite the server's own
 *   worker; throughput from the 202 to the job's completion;
 * - a bounded loopback load test: 50 concurrent readers browse the case and search while a second
 *   batch ingests; p50/p95 per route and the count of errors (any non-2xx or failed request);
 * - /api/health polled every 100 ms meanwhile, from a process of its own (so that the readers'
 *   work in this process does not delay the poll): its median, 95th percentile and slowest answer.
 * BENCH_JOB_DOCS sets the batch size (default 200 documents, ~4.4 MB), BENCH_WORKERS the worker
 * processes on PostgreSQL (default 2; 1 shows what the second adds), BENCH_READERS the readers,
 * BENCH_LOAD_SECONDS the longest the readers run (default 60).
 * The processes run as a user runs them (V8's optimising compiler, not the tests' baseline one).
 * Beside MB/s, the ingest reports the CPU seconds per MB of the server and worker processes and
 * of the PostgreSQL server's backends for the bench's database (read from /proc, so on Linux and
 * a local server only), with the load average: on a shared machine those say what wall time cannot.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { startServerProcess, startWorkerProcess } from "../test/support/server-process.js";
import type { BenchRow } from "./bench.js";
import { onEachStore } from "./bench-stores.js";
import { makeDocument } from "./ingest.bench.js";
import { backendPids, cpuByPid, cpuSpent } from "./process-cpu.js";

const TOKEN = "bench-operator-token-0123456789abcdef";
const AUTH = { authorization: `Bearer ${TOKEN}` };
const CASE = "khojaly-1992";
/**
 * Documents ingested before the measured batch. Ten left most of V8's compiling in the measurement:
 * after 100, the same 200-document batch cost 0.97–1.03 CPU s per MB on PGlite against 1.17–1.24,
 * and one worker on PostgreSQL 0.42 against 0.56–0.63 (load 5–8, BENCHMARKS.md issue 14).
 */
const WARM_UP_DOCS = 100;

/**
 * Starts a batch ingest job of documents [from, from + count); resolves once the job is accepted
 * (202) with a promise of its end.
 */
async function startBatch(url: string, from: number, count: number) {
  const form = new FormData();
  form.append("kind", "press");
  let bytes = 0;
  for (let i = from; i < from + count; i++) {
    const doc = makeDocument(i);
    bytes += doc.bytes.byteLength;
    form.append("file", new Blob([Buffer.from(doc.bytes)]), doc.name);
  }
  const t0 = performance.now();
  const started = await fetch(`${url}/api/jobs/ingest`, {
    method: "POST",
    body: form,
    headers: AUTH,
  });
  if (started.status !== 202) throw new Error(`batch: ${started.status} ${await started.text()}`);
  const job = (await started.json()) as { url: string };
  const done = (async () => {
    for (;;) {
      await new Promise((r) => setTimeout(r, 200));
      const body = (await (await fetch(`${url}${job.url}`, { headers: AUTH })).json()) as {
        state: string;
        progress: { done: number; failed: number };
      };
      if (["completed", "failed", "cancelled"].includes(body.state)) {
        if (body.state !== "completed" || body.progress.failed > 0)
          throw new Error(`batch ended ${body.state} with ${body.progress.failed} failed`);
        return { seconds: (performance.now() - t0) / 1000, bytes, files: count };
      }
    }
  })();
  return { done };
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
};

/**
 * Readers that browse and search until `until` settles; latencies per route and errors. They read
 * with the operator's token: 50 anonymous readers on one loopback address would share one
 * address's limit on computed routes (60 a minute, server/expensive-limit.ts) and be refused.
 */
async function readers(url: string, count: number, until: Promise<unknown>) {
  const sources = (await (await fetch(`${url}/api/sources?limit=100&case=${CASE}`)).json()) as {
    items: { id: string }[];
  };
  const queries = ["Khojaly", "Xocalı", "Agdam", "children hostages", "Nakhchivanik", "1992"];
  const routes: [string, (i: number) => string][] = [
    ["page /", () => "/"],
    ["case overview", () => `/api/cases/${CASE}`],
    ["figures killed", () => `/api/cases/${CASE}/figures?measure=killed`],
    ["sources list", () => `/api/sources?limit=50&case=${CASE}`],
    ["source", (i) => `/api/sources/${sources.items[i % sources.items.length]?.id}`],
    ["search", (i) => `/api/search?q=${encodeURIComponent(queries[i % queries.length] as string)}`],
  ];
  const times = new Map<string, number[]>(routes.map(([name]) => [name, []]));
  let errors = 0;
  const failures = new Map<string, number>();
  let running = true;
  void until.finally(() => {
    running = false;
  });
  await Promise.all(
    Array.from({ length: count }, async (_, reader) => {
      for (let i = reader; running; i++) {
        const [name, path] = routes[i % routes.length] as [string, (i: number) => string];
        const t0 = performance.now();
        try {
          const r = await fetch(`${url}${path(i)}`, { headers: AUTH });
          await r.arrayBuffer();
          if (!r.ok) {
            errors++;
            failures.set(`${name} ${r.status}`, (failures.get(`${name} ${r.status}`) ?? 0) + 1);
          }
        } catch (error) {
          errors++;
          const key = `${name} ${(error as Error).message}`;
          failures.set(key, (failures.get(key) ?? 0) + 1);
        }
        times.get(name)?.push(performance.now() - t0);
      }
    }),
  );
  return { times, errors, failures };
}

/**
 * /api/health polled every 100 ms from `ready` until `stop`, by a child process: in this process
 * the fifty readers' own work (receiving and decoding answers) would delay the poll and its
 * timing. Its first request is not counted: it loads Node's fetch (undici) and opens the
 * connection, which took 0.5–0.9 s of the poller's own time on a busy machine and had been the
 * slowest "health answer" of the load test. `stop` resolves with every counted answer's time in ms.
 */
function startHealthPoller(url: string): { ready: Promise<void>; stop: () => Promise<number[]> } {
  const poller = spawn(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `let on = true; process.on("SIGTERM", () => { on = false; });
       await (await fetch(process.argv[1] + "/api/health")).arrayBuffer();
       process.stdout.write("ready\\n");
       const times = [];
       while (on) {
         const t0 = performance.now();
         await (await fetch(process.argv[1] + "/api/health")).arrayBuffer();
         times.push(performance.now() - t0);
         await new Promise((r) => setTimeout(r, 100));
       }
       process.stdout.write(JSON.stringify(times));`,
      url,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  let out = "";
  let signalReady = () => {};
  let failReady = (_: Error) => {};
  const ready = new Promise<void>((resolve, reject) => {
    signalReady = resolve;
    failReady = reject;
  });
  poller.stdout?.on("data", (d: Buffer) => {
    out += d;
    if (out.startsWith("ready\n")) signalReady();
  });
  const exited = new Promise((r) =>
    poller.on("exit", (code) => {
      failReady(new Error(`the health poller exited with ${code} before its first answer`));
      r(code);
    }),
  );
  return {
    ready,
    async stop() {
      poller.kill("SIGTERM");
      await exited;
      return JSON.parse(out.slice("ready\n".length)) as number[];
    },
  };
}

/**
 * Each reader route once before the load window: a team's server has served them before, so
 * what the window measures is not the first request's compiling of a route's schemas.
 */
async function warmRoutes(url: string) {
  const sources = (await (await fetch(`${url}/api/sources?limit=1&case=${CASE}`)).json()) as {
    items: { id: string }[];
  };
  for (const path of [
    "/",
    `/api/cases/${CASE}`,
    `/api/cases/${CASE}/figures?measure=killed`,
    `/api/sources?limit=50&case=${CASE}`,
    `/api/sources/${sources.items[0]?.id}`,
    "/api/search?q=Khojaly",
  ])
    await (await fetch(`${url}${path}`, { headers: AUTH })).arrayBuffer();
}

async function run(driver: "pglite" | "postgres", databaseUrl: string | undefined) {
  const dataDir = mkdtempSync(join(tmpdir(), "casefile-bench-"));
  const env = {
    CASEFILE_DATA: dataDir,
    DATABASE_URL: databaseUrl ?? "",
    CASEFILE_CASES: CASE,
    CASEFILE_OPERATOR_TOKEN: TOKEN,
  };
  const docs = Number(process.env.BENCH_JOB_DOCS ?? 200);
  const workers: ChildProcess[] = [];
  const workerCount = Math.max(1, Number(process.env.BENCH_WORKERS ?? 2));
  const workerNames =
    workerCount === 1 ? "one worker" : workerCount === 2 ? "two workers" : `${workerCount} workers`;
  // With PostgreSQL, jobs go to BENCH_WORKERS worker processes; the embedded store runs them in the
  // server.
  const server = await startServerProcess(env, databaseUrl ? ["--no-worker"] : [], []);
  try {
    if (databaseUrl)
      for (let w = 0; w < workerCount; w++) workers.push(await startWorkerProcess(env, []));
    const bench = `team server (${driver})`;
    // A team's server runs for days: a small batch first, so that what is measured is its steady
    // pace, not V8 compiling a fresh process's code (documents the batches below do not use).
    await (await startBatch(server.url, 2 * docs, WARM_UP_DOCS)).done;
    const ours = [server.child, ...workers].map((c) => c.pid ?? 0);
    const backends = async () => (databaseUrl ? await backendPids(databaseUrl) : []);
    const load0 = loadavg()[0] ?? 0;
    const [ours0, db0] = [cpuByPid(ours), cpuByPid(await backends())];
    const ingest = await (await startBatch(server.url, 0, docs)).done;
    const [ours1, db1] = [cpuByPid(ours), cpuByPid(await backends())];
    const mbps = ingest.bytes / 2 ** 20 / ingest.seconds;
    const megabytes = ingest.bytes / 2 ** 20;
    const round = (x: number) => Math.round(x * 1000) / 1000;
    const loadAverage = `${load0.toFixed(1)}–${(loadavg()[0] ?? 0).toFixed(1)}`;
    // The load test is bounded: readers stop when the second batch is done or after
    // BENCH_LOAD_SECONDS (60), whichever comes first; the batch is accepted before they start.
    await warmRoutes(server.url);
    const poller = startHealthPoller(server.url);
    await poller.ready;
    const second = (await startBatch(server.url, docs, docs)).done;
    let finishedInWindow = false;
    const window = Promise.race([
      second.then(() => {
        finishedInWindow = true;
      }),
      new Promise((r) => setTimeout(r, Number(process.env.BENCH_LOAD_SECONDS ?? 60) * 1000)),
    ]);
    const load = await readers(server.url, Number(process.env.BENCH_READERS ?? 50), window);
    const health = await poller.stop();
    await second;
    const rows: BenchRow[] = [
      {
        bench,
        metric: `ingest+extract, ${databaseUrl ? workerNames : "in-process worker"}`,
        value: mbps,
        unit: "MB/s",
        details: {
          files: ingest.files,
          megabytes: Math.round(megabytes * 100) / 100,
          seconds: Math.round(ingest.seconds * 10) / 10,
          loadAverage,
        },
      },
      {
        bench,
        metric: `ingest CPU, ${databaseUrl ? `server + ${workerNames}` : "server (store inside)"}`,
        value: round(cpuSpent(ours0, ours1) / megabytes),
        unit: "s/MB",
        details: { loadAverage },
      },
      ...(databaseUrl
        ? [
            {
              bench,
              metric: "ingest CPU, PostgreSQL backends",
              value: round(cpuSpent(db0, db1) / megabytes),
              unit: "s/MB",
              details: { loadAverage },
            },
          ]
        : []),
      {
        bench,
        metric: "load: reader errors",
        value: load.errors,
        unit: "errors",
        details: Object.fromEntries(load.failures),
      },
      {
        bench,
        metric: "load: /api/health p50",
        value: quantile(health, 0.5),
        unit: "ms",
        details: { answers: health.length },
      },
      { bench, metric: "load: /api/health p95", value: quantile(health, 0.95), unit: "ms" },
      { bench, metric: "load: slowest /api/health", value: Math.max(...health), unit: "ms" },
      {
        bench,
        metric: "load: batch finished within the window",
        value: finishedInWindow ? 1 : 0,
        unit: "yes=1",
      },
    ];
    for (const [name, xs] of load.times) {
      rows.push({
        bench,
        metric: `load p50 ${name}`,
        value: quantile(xs, 0.5),
        unit: "ms",
        details: { requests: xs.length },
      });
      rows.push({ bench, metric: `load p95 ${name}`, value: quantile(xs, 0.95), unit: "ms" });
    }
    return rows;
  } finally {
    for (const w of workers) if (w.exitCode === null) w.kill("SIGTERM");
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export default function teamServerBench(): Promise<BenchRow[]> {
  return onEachStore("team server", run);
}
