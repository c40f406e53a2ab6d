/**
 * Turns an annotated draft of an evaluation document into its text and its labels
 * (test/fixtures/extraction-eval/<half>/<name>.txt and .labels.json). A draft is the document with
 * each figure written as {{words|measure value [/subgroup] [@claimant]}}, and a first line
 * `%genre <genre>`. Values: 613 (exact), ~200 (about), >=100 (at least), >100 (more than),
 * <=1000 (up to), <1000 (less than), 500-1000 (a range). The claimant defaults to the publisher.
 *
 *   npx tsx scripts/eval/annotate.ts draft.txt test/fixtures/extraction-eval/dev/wire-01
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { EvalFigure, EvalLabels } from "./eval-set.js";

const MARK = /\{\{([^|{}]+)\|([^{}]+)\}\}/g;

function parseValue(v: string): Pick<EvalFigure, "min" | "max" | "hedge"> {
  const n = (s: string) => {
    const x = Number(s.replace(/,/g, ""));
    if (!Number.isFinite(x)) throw new Error(`bad number ${s}`);
    return x;
  };
  let m: RegExpExecArray | null = /^(\d[\d,.]*)-(\d[\d,.]*)$/.exec(v);
  if (m) return { min: n(m[1]!), max: n(m[2]!), hedge: "range" };
  m = /^(~|>=|>|<=|<)?(\d[\d,.]*)$/.exec(v);
  if (!m) throw new Error(`bad value ${v}`);
  const x = n(m[2]!);
  switch (m[1]) {
    case "~":
      return { min: x, max: x, hedge: "approx" };
    case ">=":
      return { min: x, max: null, hedge: "at_least" };
    case ">":
      return { min: x, max: null, hedge: "more_than" };
    case "<=":
      return { min: null, max: x, hedge: "at_most" };
    case "<":
      return { min: null, max: x, hedge: "less_than" };
    default:
      return { min: x, max: x, hedge: "exact" };
  }
}

function parseSpec(spec: string): Omit<EvalFigure, "start" | "end" | "quote"> {
  const at = spec.indexOf("@");
  const claimant = at >= 0 ? spec.slice(at + 1).trim() : "publisher";
  const words = (at >= 0 ? spec.slice(0, at) : spec).trim().split(/\s+/);
  const [measure, value, group] = words;
  if (!measure || !value) throw new Error(`bad label ${spec}`);
  const subgroup = group?.startsWith("/") ? group.slice(1) : null;
  return { measure, ...parseValue(value), subgroup, claimant };
}

export function annotate(draft: string, file: string): { text: string; labels: EvalLabels } {
  const firstBreak = draft.indexOf("\n");
  const genre = /^%genre (\S+)/.exec(draft.slice(0, firstBreak))?.[1];
  if (!genre) throw new Error(`${file}: the first line must be %genre <genre>`);
  const body = draft.slice(firstBreak + 1);
  let text = "";
  let last = 0;
  const figures: EvalFigure[] = [];
  for (const m of body.matchAll(MARK)) {
    text += body.slice(last, m.index);
    const start = text.length;
    text += m[1]!;
    figures.push({ start, end: text.length, quote: m[1]!, ...parseSpec(m[2]!) });
    last = m.index + m[0].length;
  }
  text += body.slice(last);
  if (/\{\{|\}\}/.test(text)) throw new Error(`${file}: an unclosed {{ … }} is left`);
  return { text, labels: { file, genre, figures } };
}

const [draftPath, outStem] = process.argv.slice(2);
if (draftPath && outStem) {
  const name = outStem.split("/").pop()!;
  const { text, labels } = annotate(readFileSync(draftPath, "utf8"), `${name}.txt`);
  writeFileSync(`${outStem}.txt`, text);
  writeFileSync(`${outStem}.labels.json`, `${JSON.stringify(labels, null, 1)}\n`);
  console.log(`${outStem}: ${labels.figures.length} figures`);
}
