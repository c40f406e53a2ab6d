/**
 * An estimate of what a vocabulary change does on text the rules were not written for: every
 * development figure the rules read blind as `other` while its label names a measure
 * (scripts/eval/measure-classifier/blind-rules.json), and whether the vocabulary now has a cue of
 * that measure in the figure's sentence — the nearest cue word or phrase, counted in tokens from
 * the figure (cues of the scene-setting measures only right next to it, as the grammar reads
 * them). Compared with the vocabulary of another git revision (`--base`, default main).
 *
 * This is a reading of the words, not of the grammar: a cue present is what the grammar would
 * need, not proof it would use it. It is optimistic besides: the development half was read while
 * the vocabulary grew, so words its documents use were added for them (the base column says how
 * many already have a cue). The honest estimate is a batch of new documents scored before and
 * after (BENCHMARKS.md, issue 10, tenth round).
 *
 *   npx tsx scripts/vocabulary/blind-cues.ts [--base main] [--list]
 *
 * `--list` prints each figure whose nearest cue the change alters (development half only).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { cleanText } from "../../src/core/clean/clean-text.js";
import * as current from "../../src/core/extract/lexicon.js";
import { type Token, tokenize } from "../../src/core/extract/tokens.js";
import { loadHalf } from "../eval/eval-set.js";

type Lexicon = Pick<typeof current, "MEASURE_CUES" | "NEAR_ONLY">;
type BlindFigure = [number, number, number | null, number | null, string];

const root = fileURLToPath(new URL("../../", import.meta.url));
const at = process.argv.indexOf("--base");
const base = at > 0 ? process.argv[at + 1]! : "main";
const list = process.argv.includes("--list");

/** The lexicon compiled from another revision's vocabulary (its files in a temporary folder). */
async function lexiconAt(rev: string): Promise<Lexicon> {
  const dir = mkdtempSync(join(tmpdir(), "casefile-vocabulary-"));
  try {
    mkdirSync(join(dir, "vocabulary"));
    for (const file of [
      "lexicon.ts",
      "vocabulary/english.ts",
      "vocabulary/inflect.ts",
      "vocabulary/vocabulary.ts",
    ]) {
      const text = execFileSync("git", ["show", `${rev}:src/core/extract/${file}`], {
        cwd: root,
        encoding: "utf8",
        maxBuffer: 1 << 24,
      });
      writeFileSync(join(dir, file), text);
    }
    return (await import(pathToFileURL(join(dir, "lexicon.ts")).href)) as Lexicon;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The measure of the cue nearest the tokens [from, to) within their sentence, or null. */
function nearestCue(lex: Lexicon, tokens: readonly Token[], from: number, to: number) {
  const sentence = tokens[from]!.sentence;
  const phrases = lex.MEASURE_CUES.flatMap(([measure, cues]) =>
    cues.map((c) => ({ measure, words: c.split(" ") })),
  );
  let best: { measure: string; distance: number; length: number } | null = null;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.sentence !== sentence || (k >= from && k < to)) continue;
    const distance = k < from ? from - k : k - to + 1;
    for (const { measure, words } of phrases) {
      if (lex.NEAR_ONLY.has(measure) && distance > 2) continue;
      if (!words.every((w, i) => tokens[k + i]?.lower === w)) continue;
      // Nearer wins; at the same place the longer phrase; then the earlier measure (trust).
      if (
        !best ||
        distance < best.distance ||
        (distance === best.distance && words.length > best.length)
      )
        best = { measure, distance, length: words.length };
    }
  }
  return best?.measure ?? null;
}

const blind = JSON.parse(
  readFileSync(join(root, "scripts/eval/measure-classifier/blind-rules.json"), "utf8"),
) as Record<string, { figures: BlindFigure[] }>;
const before = await lexiconAt(base);
const rows = new Map<string, { n: number; base: number; now: number; any: number }>();
for (const doc of loadHalf("dev")) {
  const read = blind[doc.name];
  if (!read) continue;
  // Read as extraction reads it: cleaned (lines of a paragraph joined), offsets mapped back.
  const cleaned = cleanText(doc.text);
  const tokens = tokenize(cleaned.text);
  for (const [start, end, , , measure] of read.figures) {
    if (measure !== "other") continue;
    const label = doc.labels.figures.find((f) => f.start < end && start < f.end);
    if (!label || label.measure === "other") continue;
    const from = tokens.findIndex((t) => t.end > cleaned.fromOriginal(start));
    let to = from;
    while (to < tokens.length && tokens[to]!.start < cleaned.fromOriginal(end)) to++;
    const was = nearestCue(before, tokens, from, to);
    const now = nearestCue(current, tokens, from, to);
    const row = rows.get(label.measure) ?? { n: 0, base: 0, now: 0, any: 0 };
    row.n++;
    if (was === label.measure) row.base++;
    if (now === label.measure) row.now++;
    if (now !== null) row.any++;
    rows.set(label.measure, row);
    if (list && (was !== now || process.argv.includes("--all"))) {
      const context = doc.text.slice(Math.max(0, start - 60), end + 60).replace(/\s+/g, " ");
      console.log(`${doc.name}: ${label.measure}: ${was} -> ${now} | ${context}`);
    }
  }
}
console.log(
  `\nblind "X -> other" errors of the development half; nearest cue of X in the sentence`,
);
console.log("| labelled | figures | base vocabulary | this vocabulary | any cue now |");
console.log("| --- | ---: | ---: | ---: | ---: |");
const all = { n: 0, base: 0, now: 0, any: 0 };
for (const [measure, r] of [...rows].sort((a, b) => b[1].n - a[1].n)) {
  console.log(`| ${measure} | ${r.n} | ${r.base} | ${r.now} | ${r.any} |`);
  all.n += r.n;
  all.base += r.base;
  all.now += r.now;
  all.any += r.any;
}
console.log(`| all | ${all.n} | ${all.base} | ${all.now} | ${all.any} |`);
