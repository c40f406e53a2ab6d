/**
 * Text-reading throughput: split + extract (extraction cleans first) over the whole corpus (both
 * files), repeated, after warm-up runs. Reports ms per corpus (median and worst) and MB/s, by
 * wall time and by the process's CPU time (median and best run), plus each stage on its own.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { cleanText } from "../src/core/clean/index.js";
import { extractClaims } from "../src/core/extract/index.js";
import { splitCompilation } from "../src/core/split/index.js";
import type { BenchRow } from "./bench.js";

const corpusDir = fileURLToPath(new URL("../../shared/corpus/", import.meta.url));
const RUNS = 10;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Runs before timing: one pass over 130 KB leaves much of the code to the slower compilers. */
const WARM_UP = 5;

function timeRuns(fn: () => void): number[] {
  for (let i = 0; i < WARM_UP; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}

/** Milliseconds of this process's CPU time: on a machine shared with other work, wall time
 * counts the waiting too; CPU time is what one core spends. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function cpuRuns(fn: () => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = cpuMs();
    fn();
    times.push(cpuMs() - t0);
  }
  return times;
}

export default async function extractBench(): Promise<BenchRow[]> {
  if (!existsSync(corpusDir)) {
    process.stderr.write(`bench extract: ${corpusDir} not found — skipped\n`);
    return [];
  }
  const texts = readdirSync(corpusDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(`${corpusDir}/${f}`, "utf8"));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, "utf8"), 0);
  const mb = bytes / 1e6;
  let claims = 0;
  let parts = 0;
  const all = timeRuns(() => {
    claims = 0;
    parts = 0;
    for (const text of texts) {
      parts += splitCompilation(text).length;
      claims += extractClaims(text).length;
    }
  });
  const split = timeRuns(() => {
    for (const text of texts) splitCompilation(text);
  });
  const clean = timeRuns(() => {
    for (const text of texts) cleanText(text);
  });
  const cpu = cpuRuns(() => {
    for (const text of texts) {
      splitCompilation(text);
      extractClaims(text);
    }
  });
  const details = { files: texts.length, bytes, runs: RUNS, parts, claims };
  return [
    {
      bench: "extract",
      metric: "split+extract ms per corpus (median)",
      value: median(all),
      unit: "ms",
      details,
    },
    {
      bench: "extract",
      metric: "split+extract ms per corpus (worst)",
      value: Math.max(...all),
      unit: "ms",
      details,
    },
    {
      bench: "extract",
      metric: "split+extract throughput",
      value: mb / (median(all) / 1000),
      unit: "MB/s",
      details,
    },
    {
      bench: "extract",
      metric: "split+extract throughput, CPU time",
      value: mb / (median(cpu) / 1000),
      unit: "MB/s",
      details,
    },
    {
      bench: "extract",
      // The fastest run is the least disturbed by other work on a shared machine.
      metric: "split+extract throughput, CPU time, best run",
      value: mb / (Math.min(...cpu) / 1000),
      unit: "MB/s",
      details,
    },
    {
      bench: "extract",
      metric: "split only ms per corpus (median)",
      value: median(split),
      unit: "ms",
      details,
    },
    {
      bench: "extract",
      metric: "clean only ms per corpus (median)",
      value: median(clean),
      unit: "ms",
      details,
    },
  ];
}
