/**
 * Runs the extractor of an older checkout (argv[2]: a folder holding its src/) on development
 * documents named on stdin, and prints their figures as JSON: the blind readings of
 * blind-readings.ts. The rules alone: the learned fallback (ninth round) is switched off — it
 * answers `other` everywhere, as the grammar does where it finds no cue — so that a document
 * added after the fallback landed is read blind as rules, like every one before it (older
 * extractors take no options and ignore it).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EVAL_DIR } from "../eval-set.js";

interface OldFigure {
  readonly kind: string;
  readonly start: number;
  readonly end: number;
  readonly min: number | null;
  readonly max: number | null;
  readonly measure: string;
}

const dir = process.argv[2];
if (!dir) throw new Error("usage: old-extractor.ts FOLDER < names");
const names = readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
const old = (await import(join(dir, "src/core/extract/index.ts"))) as {
  extractClaims: (text: string, options?: { measureFallback: () => string }) => OldFigure[];
};
const out: Record<string, [number, number, number | null, number | null, string][]> = {};
for (const name of names) {
  const text = readFileSync(join(EVAL_DIR, "dev", `${name}.txt`), "utf8");
  out[name] = old
    .extractClaims(text, { measureFallback: () => "other" })
    .filter((c) => c.kind === "figure")
    .map((c) => [c.start, c.end, c.min, c.max, c.measure]);
}
console.log(JSON.stringify(out));
