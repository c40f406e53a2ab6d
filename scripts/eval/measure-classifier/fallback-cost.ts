/**
 * What the learned measure fallback costs extraction: split + clean + extract over the bench's
 * texts (corpus, both halves of the evaluation set, fixture texts), passes with the fallback off
 * and on interleaved in one process (A, B, A, B …, the order flipped every pair), CPU time per
 * pass; and the fallback's own calls, counted and timed one by one.
 *
 *   npx tsx scripts/eval/measure-classifier/fallback-cost.ts [PAIRS]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractClaims } from "../../../src/core/extract/index.js";
import {
  ENGLISH_FALLBACK,
  type MeasureFallback,
} from "../../../src/core/extract/measure-fallback.js";
import { splitCompilation } from "../../../src/core/split/index.js";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const texts = [
  "../../../../shared/corpus/",
  "../../../test/fixtures/extraction-eval/dev/",
  "../../../test/fixtures/extraction-eval/test/",
  "../../../test/fixtures/texts/",
].flatMap((d) =>
  existsSync(here(d))
    ? readdirSync(here(d))
        .filter((f) => f.endsWith(".txt"))
        .sort()
        .map((f) => readFileSync(join(here(d), f), "utf8"))
    : [],
);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const pass = (fallback: MeasureFallback | null) => {
  const c0 = cpuMs();
  for (const t of texts) {
    splitCompilation(t);
    extractClaims(t, { measureFallback: fallback });
  }
  return cpuMs() - c0;
};
const PAIRS = Number(process.argv[2] ?? 20);
for (let i = 0; i < 6; i++) pass(i % 2 ? ENGLISH_FALLBACK : null);
const off: number[] = [];
const on: number[] = [];
for (let i = 0; i < PAIRS; i++) {
  if (i % 2) {
    on.push(pass(ENGLISH_FALLBACK));
    off.push(pass(null));
  } else {
    off.push(pass(null));
    on.push(pass(ENGLISH_FALLBACK));
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mbs = (ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(2);
console.log(`${texts.length} texts, ${(bytes / 1e6).toFixed(3)} MB, ${PAIRS} pairs`);
console.log(
  `fallback off: median ${median(off).toFixed(1)} ms (${mbs(median(off))} MB/s), best ${Math.min(...off).toFixed(1)} ms`,
);
console.log(
  `fallback on:  median ${median(on).toFixed(1)} ms (${mbs(median(on))} MB/s), best ${Math.min(...on).toFixed(1)} ms`,
);
// The fallback's own calls, each timed (hrtime around the call only).
let calls = 0;
let figures = 0;
const each: number[] = [];
for (let r = 0; r < 5; r++)
  for (const t of texts) {
    const claims = extractClaims(t, {
      measureFallback: (text, start, end, context) => {
        const t0 = process.hrtime.bigint();
        const m = ENGLISH_FALLBACK(text, start, end, context);
        each.push(Number(process.hrtime.bigint() - t0) / 1000);
        return m;
      },
    });
    if (r === 0) figures += claims.filter((c) => c.kind === "figure").length;
  }
calls = each.length / 5;
console.log(
  `${calls} fallback calls per pass over ${figures} figures; per call median ${median(each).toFixed(1)} µs, mean ${(each.reduce((a, b) => a + b, 0) / each.length).toFixed(1)} µs`,
);
