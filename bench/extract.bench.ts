/**
 * Text-reading throughput: split + clean + extract (extraction cleans first) over representative
 * text — the corpus (both files, when ../shared/corpus is there), every document of the extraction
 * evaluation set (both halves: many genres, dense with figures) and the fixture texts — repeated
 * after warm-up runs. Reports MB/s by wall time and by the process's CPU time (median and best
 * run), the same for each set of texts on its own, and each stage on its own.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { cleanText } from "../src/core/clean/index.js";
import { extractClaims } from "../src/core/extract/index.js";
import { splitCompilation } from "../src/core/split/index.js";
import type { BenchRow } from "./bench.js";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const SETS: readonly { name: string; dirs: readonly string[] }[] = [
  { name: "corpus", dirs: [here("../../shared/corpus/")] },
  {
    name: "eval set",
    dirs: [
      here("../test/fixtures/extraction-eval/dev/"),
      here("../test/fixtures/extraction-eval/test/"),
    ],
  },
  { name: "fixture texts", dirs: [here("../test/fixtures/texts/")] },
];
const RUNS = 20;
/**
 * Passes before timing: the optimising compiler takes over only after many calls, and its
 * background threads count in the process's CPU time while it works. After 10 passes it was
 * still at work (the same build: 89.8 ms CPU per pass over passes 11–20, 68.8 over 11–50); a batch
 * ingest runs for minutes, so the steady state is what its throughput depends on.
 */
const WARM_UP = 40;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Milliseconds of this process's CPU time: on a machine shared with other work, wall time
 * counts the waiting too; CPU time is what one core spends. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Wall and CPU milliseconds of each timed run of fn, after the warm-up. */
function timeRuns(fn: () => void): { wall: number[]; cpu: number[] } {
  for (let i = 0; i < WARM_UP; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const c0 = cpuMs();
    fn();
    cpu.push(cpuMs() - c0);
    wall.push(performance.now() - t0);
  }
  return { wall, cpu };
}

function readSet(dirs: readonly string[]): string[] {
  return dirs.flatMap((dir) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith(".txt"))
          .sort()
          .map((f) => readFileSync(join(dir, f), "utf8"))
      : [],
  );
}

const readAll = (texts: readonly string[]) => () => {
  for (const text of texts) {
    splitCompilation(text);
    extractClaims(text);
  }
};

export default async function extractBench(): Promise<BenchRow[]> {
  const sets = SETS.map((s) => ({ name: s.name, texts: readSet(s.dirs) }));
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
    parts: texts.reduce((n, t) => n + splitCompilation(t).length, 0),
    claims: texts.reduce((n, t) => n + extractClaims(t).length, 0),
  };
  const all = timeRuns(readAll(texts));
  const row = (metric: string, value: number, unit: string): BenchRow => ({
    bench: "extract",
    metric,
    value,
    unit,
    details,
  });
  const rows = [
    row("split+clean+extract ms per pass (median)", median(all.wall), "ms"),
    row("split+clean+extract throughput, wall", mb / (median(all.wall) / 1000), "MB/s"),
    row("split+clean+extract throughput, CPU time", mb / (median(all.cpu) / 1000), "MB/s"),
    // The fastest run is the least disturbed by other work on a shared machine.
    row("split+clean+extract, CPU time, best run", mb / (Math.min(...all.cpu) / 1000), "MB/s"),
  ];
  for (const s of sets) {
    if (s.texts.length === 0) continue;
    const runs = timeRuns(readAll(s.texts));
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
