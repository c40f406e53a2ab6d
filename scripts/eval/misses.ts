/**
 * Lists the development half's missed figures by shape, so that recall is raised by general
 * constructions rather than document by document. A label counts as missed when the rules of
 * blind-rules.json (each document as the rules read it before it was added) or the current rules
 * found no figure over its span with its bounds. For each: the sentence, whether the current
 * rules find it now, and a rough class of its shape (see `classify`). The test half is never
 * read.
 *
 *   npx tsx scripts/eval/misses.ts            all misses, grouped by class
 *   npx tsx scripts/eval/misses.ts --now      only those the current rules still miss
 *   npx tsx scripts/eval/misses.ts --counts   the counts by class alone
 *   … --skip a,b                               leaves out the named documents (a fresh batch,
 *                                              scored blind with --only and never read)
 */
import { readFileSync } from "node:fs";
import { HEADS } from "../../src/core/extract/lexicon.js";
import type { Measure } from "../../src/core/model/claim.js";
import { type EvalDocument, type EvalFigure, loadHalf } from "./eval-set.js";
import { pairFigures, scoreDocument } from "./score.js";

type BlindFigure = [number, number, number | null, number | null, Measure];
const blind = JSON.parse(
  readFileSync(new URL("./measure-classifier/blind-rules.json", import.meta.url), "utf8"),
) as Record<string, { rules: string; figures: BlindFigure[] }>;

interface Miss {
  readonly doc: string;
  readonly gold: EvalFigure;
  readonly blindMissed: boolean;
  readonly nowMissed: boolean;
  /** What the current rules proposed over the span instead (other bounds), if anything. */
  readonly instead: string | null;
  readonly cls: string;
  readonly sentence: string;
}

const DIGIT = /\d/;
const WORD_NUMBER =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen|dozens|hundreds|thousands)\b/i;

/** The sentence around a span: back to the last full stop or line break, on to the next. */
function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !/[.!?\n]/.test(text[a - 1]!) && start - a < 300) a--;
  let b = end;
  while (b < text.length && !/[.!?\n]/.test(text[b]!) && b - end < 300) b++;
  return text
    .slice(a, Math.min(text.length, b + 1))
    .replace(/\s+/g, " ")
    .trim();
}

/** Words before a count by which a source gives it ("said", "put … at", "spoke of"). */
const SOURCE_BEFORE =
  /\b(said|says|say|told|estimated?|estimates|put|puts|counted|counts?|claim(s|ed)?|reported|reports|spoke of|speak of|speaks of|admit(s|ted)?|recognises|according to|gave|lists?|listed|documented|acknowledg\w+|recorded|records|names of|at)\s*["“]?\s*$/;
/** Words after a count that name its source ("by the Front's count", "(per a rights group)"). */
const SOURCE_AFTER =
  /^\s*,?\s*(by [\w' ]{0,30}(count|reckoning|estimates?|tally)|\((per|according|government|police))/;

/**
 * A rough class of a missed label's shape, from its words and what stands around it, tried in
 * this order: a structured line (table row, infobox, list item), a part after its whole, an
 * anaphor, another source's count, bounds or a range, a count in words, an age, a noun the
 * vocabulary lacks, a verb left out, a bare number.
 */
function classify(text: string, g: EvalFigure, instead: string | null): string {
  if (instead) return "bounds read otherwise";
  const lineStart = text.lastIndexOf("\n", g.start - 1) + 1;
  const lineEnd = text.indexOf("\n", g.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const before = text.slice(Math.max(lineStart, g.start - 40), g.start).toLowerCase();
  const after = text.slice(g.end, g.end + 40).toLowerCase();
  const q = g.quote.toLowerCase();
  const numbersOnLine = line.match(/\d[\d,.]*/g)?.length ?? 0;
  if (
    /[|\t]/.test(line) ||
    /^\s*[-•*·]/.test(line) ||
    /:\s*$/.test(before) ||
    (numbersOnLine >= 3 && line.length < 80)
  )
    return "structured line (table row, infobox, list item)";
  if (
    /(of whom|of them|among them|among whom|including|of these|of those)\s*$/.test(before) ||
    /^\s*of (them|whom|these|those|the|their|our)\b/.test(after) ||
    /^of the [\d,]+/.test(before.slice(-20).trim())
  )
    return "part of a whole (of whom 14, nine of them)";
  if (/\b(the|these|those|our|its|their)\s*$/.test(before) && /^[\d,]+$/.test(q.trim()))
    return "anaphora (the 180)";
  if (SOURCE_BEFORE.test(before) || SOURCE_AFTER.test(after))
    return "another source's count (X said / put it at / spoke of N)";
  if (/between|no more than|up to|\bor\b|[–-]\s*\d|\+|\bto\b/.test(q)) return "bounds or a range";
  if (!DIGIT.test(q) && WORD_NUMBER.test(q)) return "count in words";
  if (/\b(aged|under|years? old|year-olds?|age)\b/.test(`${q} ${after.slice(0, 20)}`))
    return "age subgroup";
  const noun = q.match(/(\p{L}+)\s*$/u)?.[1];
  if (noun && !DIGIT.test(noun) && !HEADS.has(noun) && !WORD_NUMBER.test(noun))
    return "a people noun the vocabulary lacks";
  if (/(,|\band|;)\s*$/.test(before)) return "verb left out after a joiner (and 12 of wounds)";
  return "bare number, other shape";
}

function missesOf(doc: EvalDocument): Miss[] {
  const now = scoreDocument(doc);
  const read = blind[doc.name];
  const blindMissed = read
    ? pairFigures(
        doc,
        read.figures.map(([start, end, min, max, measure]) => ({ start, end, min, max, measure })),
      ).missed
    : [];
  const golds = new Set([...blindMissed, ...now.missed]);
  const predicted = [...now.pairs.map((p) => p.predicted), ...now.spurious];
  return doc.labels.figures
    .filter((g) => golds.has(g))
    .map((g) => {
      const over = predicted.find((p) => p.start < g.end && g.start < p.end);
      const nowMissed = now.missed.includes(g);
      const instead = nowMissed && over ? `"${over.text}" ${over.min}-${over.max}` : null;
      return {
        doc: doc.name,
        gold: g,
        blindMissed: blindMissed.includes(g),
        nowMissed,
        instead,
        cls: classify(doc.text, g, instead),
        sentence: sentenceAround(doc.text, g.start, g.end),
      };
    });
}

const onlyNow = process.argv.includes("--now");
const countsOnly = process.argv.includes("--counts");
const skipAt = process.argv.indexOf("--skip");
const skip = new Set(skipAt >= 0 ? (process.argv[skipAt + 1] ?? "").split(",") : []);
const misses = loadHalf("dev")
  .filter((d) => !skip.has(d.name))
  .flatMap(missesOf)
  .filter((m) => !onlyNow || m.nowMissed);
const byClass = new Map<string, Miss[]>();
for (const m of misses) byClass.set(m.cls, [...(byClass.get(m.cls) ?? []), m]);
const classes = [...byClass].sort((a, b) => b[1].length - a[1].length);
const blindCount = misses.filter((m) => m.blindMissed).length;
const nowCount = misses.filter((m) => m.nowMissed).length;
console.log(
  `${misses.length} labels missed: ${blindCount} blind, ${nowCount} by the current rules`,
);
for (const [cls, ms] of classes) {
  const still = ms.filter((m) => m.nowMissed).length;
  console.log(`\n## ${cls}: ${ms.length} (${still} still missed)`);
  if (countsOnly) continue;
  for (const m of ms) {
    const g = m.gold;
    const state = m.nowMissed ? (m.instead ? `NOW ${m.instead}` : "NOW missed") : "now found";
    console.log(
      `- [${state}] ${m.doc}: "${g.quote}" ${g.measure} ${g.min}-${g.max} ${g.subgroup ?? ""}\n    ${m.sentence}`,
    );
  }
}
