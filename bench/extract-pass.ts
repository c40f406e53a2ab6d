/**
 * The work the extract bench times, shared by the bench and the processes it starts: the texts
 * (the corpus when ../shared/corpus is there, every document of the extraction evaluation set,
 * the fixture texts), one pass over them (split + clean + extract, extraction cleaning first),
 * and the timing of passes after a warm-up.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractClaims } from "../src/core/extract/index.js";
import { splitCompilation } from "../src/core/split/index.js";

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

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Milliseconds of this process's CPU time: on a machine shared with other work, wall time
 * counts the waiting too; CPU time is what one core spends. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export interface Runs {
  readonly wall: number[];
  readonly cpu: number[];
}

/** Wall and CPU milliseconds of each timed run of fn, after the warm-up. */
export function timeRuns(fn: () => void): Runs {
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

/** The bench's sets of texts, each by name (a set not found is empty). */
export function benchSets(): { name: string; texts: string[] }[] {
  return SETS.map((s) => ({ name: s.name, texts: readSet(s.dirs) }));
}

/** One pass over `texts`: split, then clean and extract. */
export const wholePass = (texts: readonly string[]) => () => {
  for (const text of texts) {
    splitCompilation(text);
    extractClaims(text);
  }
};

export { RUNS };
