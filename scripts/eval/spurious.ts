/**
 * Lists the development half's spurious figures — proposals that match no label — with their
 * context and a rough class, both as the current rules read each document and as the rules read it
 * just before it was added (measure-classifier/blind-rules.json): precision is to be fixed by
 * general shapes seen on unseen text, not by one document. The test half is never read.
 *
 *   npx tsx scripts/eval/spurious.ts [--blind | --current] [--only a,b] [--summary]
 */
import { readFileSync } from "node:fs";
import type { Measure } from "../../src/core/model/claim.js";
import { loadHalf } from "./eval-set.js";
import { pairFigures, scoreDocument } from "./score.js";

type Reading = "current" | "blind";
interface Proposal {
  readonly start: number;
  readonly end: number;
  readonly min: number | null;
  readonly max: number | null;
  readonly measure: Measure;
}

/** Rough classes, the first that matches the context wins: a hint for grouping by hand. */
const CLASSES: [string, RegExp][] = [
  [
    "proceeding",
    /\b(?:interview|testif|witness|gave evidence|heard|respondent|sample|methodolog|accused|defendant|exhibit|judge|session)/i,
  ],
  ["furniture", /\b(?:published|updated|contents|read more|related|a\.m\.|p\.m\.|GMT|share)\b/i],
  ["year", /(?<![\d,])(?:1[89]|20)\d\d(?![\d,])/],
  ["age-or-time", /\b(?:aged?|years? old|between \w+ and \w+|o'clock)\b/i],
];
const classOf = (context: string) => CLASSES.find(([, re]) => re.test(context))?.[0] ?? "other";

const onlyAt = process.argv.indexOf("--only");
const only = onlyAt >= 0 ? new Set((process.argv[onlyAt + 1] ?? "").split(",")) : null;
const wanted: Reading[] = process.argv.includes("--blind")
  ? ["blind"]
  : process.argv.includes("--current")
    ? ["current"]
    : ["current", "blind"];
const blind = JSON.parse(
  readFileSync(new URL("./measure-classifier/blind-rules.json", import.meta.url), "utf8"),
) as Record<string, { figures: [number, number, number | null, number | null, Measure][] }>;

const counts = new Map<string, number>();
const summary = process.argv.includes("--summary");
for (const doc of loadHalf("dev")) {
  if (only && !only.has(doc.name)) continue;
  const readings: [Reading, readonly Proposal[]][] = [];
  if (wanted.includes("current")) readings.push(["current", scoreDocument(doc).spurious]);
  const old = blind[doc.name];
  if (wanted.includes("blind") && old) {
    const proposals = old.figures.map(([start, end, min, max, measure]) => ({
      start,
      end,
      min,
      max,
      measure,
    }));
    readings.push(["blind", pairFigures(doc, proposals).spurious]);
  }
  for (const [reading, spurious] of readings)
    for (const s of spurious) {
      const context = doc.text
        .slice(Math.max(0, s.start - 70), s.end + 40)
        .replace(/\s+/g, " ")
        .trim();
      const kind = classOf(context);
      counts.set(`${reading} ${kind}`, (counts.get(`${reading} ${kind}`) ?? 0) + 1);
      if (!summary)
        console.log(
          `${reading}\t${kind}\t${doc.name}\t"${doc.text.slice(s.start, s.end)}" ${s.measure} | ${context}`,
        );
    }
}
for (const [c, n] of [...counts].sort((a, b) => a[0].localeCompare(b[0])))
  console.log(`# ${c}: ${n}`);
