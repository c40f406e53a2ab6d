/**
 * Text-reading throughput: split + clean + extract (extraction cleans first) over representative
 * text — the corpus (both files, when ../shared/corpus is there), every document of the extraction
 * evaluation set (both halves: many genres, dense with figures) and the fixture texts — repeated
 * after warm-up runs (extract-pass.ts). The whole pass is timed in several fresh processes, one
 * after the other: MB/s by wall time and by CPU time (the mean of the processes' medians, the
 * slowest and fastest process, the best run); then each set of texts on its own and each stage
 * on its own, in this process.
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { cleanText } from "../src/core/clean/index.js";
import { extractClaims } from "../src/core/extract/index.js";
import { splitCompilation } from "../src/core/split/index.js";
import type { BenchRow } from "./bench.js";
import { benchSets, median, RUNS, type Runs, timeRuns, wholePass } from "./extract-pass.js";

/**
 * Processes the whole pass is timed in. The same build read about 4.7 or 5.1 MB/s from one
 * process to the next on a quiet machine (Node 20; what was found of why: BENCHMARKS.md, issue
 * 10, twelfth round): one process was a draw. The mean over processes is what a batch ingest
 * started afresh can expect.
 */
const PROCESSES = 5;

/** The whole pass timed in a fresh process (extract-process.ts), with this one's loader. */
function timeInProcess(): Promise<Runs> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL("./extract-process.ts", import.meta.url)), [], {
      execArgv: process.execArgv,
    });
    let runs: Runs | undefined;
    child.on("message", (m) => {
      runs = m as Runs;
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      runs && code === 0
        ? resolve(runs)
        : reject(new Error(`bench extract: a timing process exited with ${code}`)),
    );
  });
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

export default async function extractBench(): Promise<BenchRow[]> {
  const sets = benchSets();
  for (const s of sets) {
    if (s.texts.length === 0)
      process.stderr.write(`bench extract: no ${s.name} found — left out\n`);
  }
  const texts = sets.flatMap((s) => s.texts);
  const bytesOf = (ts: readonly string[]) => ts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const mb = bytesOf(texts) / 1e6;
  const details = {
    text: sets
      .filter((s) => s.texts.length > 0)
      .map((s) => `${s.name} (${s.texts.length} files, ${bytesOf(s.texts)} bytes)`)
      .join(" + "),
    bytes: bytesOf(texts),
    runs: RUNS,
    processes: PROCESSES,
    parts: texts.reduce((n, t) => n + splitCompilation(t).length, 0),
    claims: texts.reduce((n, t) => n + extractClaims(t).length, 0),
  };
  const processes: Runs[] = [];
  for (let p = 0; p < PROCESSES; p++) processes.push(await timeInProcess());
  const wallRates = processes.map((r) => mb / (median(r.wall) / 1000));
  const cpuRates = processes.map((r) => mb / (median(r.cpu) / 1000));
  const bestCpu = Math.min(...processes.flatMap((r) => r.cpu));
  const row = (metric: string, value: number, unit: string): BenchRow => ({
    bench: "extract",
    metric,
    value,
    unit,
    details,
  });
  const rows = [
    row(
      "split+clean+extract ms per pass (median)",
      mean(processes.map((r) => median(r.wall))),
      "ms",
    ),
    row("split+clean+extract throughput, wall", mean(wallRates), "MB/s"),
    row("split+clean+extract throughput, CPU time", mean(cpuRates), "MB/s"),
    row("split+clean+extract, wall, slowest process", Math.min(...wallRates), "MB/s"),
    row("split+clean+extract, wall, fastest process", Math.max(...wallRates), "MB/s"),
    // The fastest run is the least disturbed by other work on a shared machine.
    row("split+clean+extract, CPU time, best run", mb / (bestCpu / 1000), "MB/s"),
  ];
  for (const s of sets) {
    if (s.texts.length === 0) continue;
    const runs = timeRuns(wholePass(s.texts));
    const setMb = bytesOf(s.texts) / 1e6;
    rows.push(row(`${s.name} only, CPU time`, setMb / (median(runs.cpu) / 1000), "MB/s"));
  }
  const split = timeRuns(() => {
    for (const text of texts) splitCompilation(text);
  });
  const clean = timeRuns(() => {
    for (const text of texts) cleanText(text);
  });
  rows.push(
    row("split only, CPU ms per pass (median)", median(split.cpu), "ms"),
    row("clean only, CPU ms per pass (median)", median(clean.cpu), "ms"),
  );
  return rows;
}
