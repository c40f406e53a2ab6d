/**
 * Cold start: `npm start` on an existing store (the Khojaly case already loaded) until the
 * overview is served — the web page and the case's overview data both answered — on PGlite and
 * on a PostgreSQL database. Each start is a new process tree (npm, the build check, the server);
 * the first start, which loads the case, is not counted. BENCH_COLD_STARTS sets the number (5).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchRow } from "./bench.js";
import { onEachStore } from "./bench-stores.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CASE = "khojaly-1992";

interface Start {
  readonly serving: number;
  readonly overview: number;
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.on("exit", () => resolve());
    // npm runs the server in a child of its own: stop the whole process group.
    if (child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
  });
}

async function startOnce(env: NodeJS.ProcessEnv): Promise<Start> {
  const t0 = performance.now();
  const child = spawn("npm", ["start", "--silent"], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout?.on("data", (d: Buffer) => {
        out += d;
        const m = /serving (http:\/\/\S+)/.exec(out);
        if (m) resolve(m[1] as string);
      });
      child.on("exit", (code) => reject(new Error(`npm start exited with ${code}: ${out}`)));
    });
    const serving = performance.now() - t0;
    const [page, overview] = await Promise.all([
      fetch(`${url}/`),
      fetch(`${url}/api/cases/${CASE}`),
    ]);
    if (!page.ok || !overview.ok) throw new Error(`overview: ${page.status} / ${overview.status}`);
    await Promise.all([page.text(), overview.json()]);
    return { serving, overview: performance.now() - t0 };
  } finally {
    await stop(child);
  }
}

async function run(driver: "pglite" | "postgres", databaseUrl: string | undefined) {
  const dataDir = mkdtempSync(join(tmpdir(), "casefile-bench-"));
  const env = { CASEFILE_DATA: dataDir, DATABASE_URL: databaseUrl ?? "", CASEFILE_CASES: CASE };
  try {
    await startOnce(env); // creates the store and loads the case: not a cold start of a store
    const starts: Start[] = [];
    for (let i = 0; i < Number(process.env.BENCH_COLD_STARTS ?? 5); i++)
      starts.push(await startOnce(env));
    const sorted = (f: (s: Start) => number) => starts.map(f).sort((a, b) => a - b);
    const median = (xs: number[]) => xs[Math.floor(xs.length / 2)] as number;
    const overview = sorted((s) => s.overview);
    const details = { starts: starts.length, slowestMs: Math.round(overview.at(-1) as number) };
    const bench = `cold start (${driver})`;
    return [
      {
        bench,
        metric: "npm start to serving",
        value: median(sorted((s) => s.serving)),
        unit: "ms",
      },
      {
        bench,
        metric: "npm start to overview served",
        value: median(overview),
        unit: "ms",
        details,
      },
    ] satisfies BenchRow[];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export default function coldStartBench(): Promise<BenchRow[]> {
  return onEachStore("cold start", run);
}
