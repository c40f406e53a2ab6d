/**
 * Figure claims: counts of people (or bodies, or families) with what happened to them, bounds,
 * hedge and subgroup. Numbers that are years, dates, times, ages, distances, labels (article 4,
 * the 366th) or units are not figures and are passed over.
 */
import { type Hedge, type Measure, makeFigure } from "../model/claim.js";
import {
  bounds,
  findHead,
  hedgeBefore,
  isNotCount,
  isYearLike,
  readNumbers,
} from "./count-shape.js";
import { clauseAround, phraseAt, phraseEndingBefore } from "./figure-context.js";
import { minimumAfter, siblingRanges, tightWordBefore } from "./figure-extras.js";
import { chooseMeasure } from "./figure-measure.js";
import type { FoundFigure } from "./found-figure.js";
import type { NumberRead } from "./number-words.js";
import type { Token } from "./tokens.js";

export type { FoundFigure } from "./found-figure.js";

const ELLIPTIC_VERBS = new Set([
  "were",
  "was",
  "are",
  "is",
  "have",
  "had",
  "may",
  "might",
  "could",
  "would",
  "escaped",
  "remain",
  "remains",
  "remained",
  "died",
  "perished",
  "killed",
  "wounded",
  "imprisoned",
  "missing",
  "dead",
  "injured",
  "captured",
  "murdered",
  "froze",
  "survived",
]);
const LIST_OPENERS = ["including", "among them", "of whom", "of them", "among whom", "("];
/** How many earlier figures "of these N" may refer back to. */
const RECENT = 20;
const SETTLEMENT_OF = ["town of", "village of", "city of", "settlement of"];

/** Every figure in the token stream of a (cleaned) text. */
export function findFigures(tokens: readonly Token[]): FoundFigure[] {
  const reads = readNumbers(tokens);
  const digitAt = new Set<number>();
  for (const r of reads) {
    // "his group of 80": a number inside an of-phrase does not end the clause around another.
    if (
      tokens[r.from - 1]?.lower === "of" &&
      !/^(these|those)$/.test(tokens[r.from - 2]?.lower ?? "")
    )
      continue;
    if (!r.words || r.value >= 10) for (let k = r.from; k < r.to; k++) digitAt.add(k);
  }
  const found: FoundFigure[] = [];
  const bareRanges: { r: NumberRead; hi: NumberRead; found: number }[] = [];
  const recent: { value: number; measure: Measure; at: number }[] = [];
  let parent: { measure: Measure; sentence: number; end: number } | null = null;
  let lastListEnd = -1;
  for (let n = 0; n < reads.length; n++) {
    const r = reads[n]!;
    let hi = r;
    const sep = tokens[r.to];
    const second = reads[n + 1];
    const between = tokens[r.from - 1]?.lower === "between" && sep?.lower === "and";
    if (
      second &&
      second.from === r.to + 1 &&
      second.value > r.value &&
      (sep?.text === "-" || sep?.text === "–" || sep?.lower === "to" || between)
    ) {
      hi = second;
      n++;
    }
    const last = hi.to - 1;
    if (isNotCount(tokens, r, last) || (hi !== r && isNotCount(tokens, hi, last))) continue;
    let head = findHead(tokens, hi.to);
    if (isYearLike(tokens, hi) && (!head || head.index > hi.to + 1)) continue;
    if (r.words && r.value < 10 && !head) continue;
    const sentence = tokens[r.from]!.sentence;
    const clause = clauseAround(tokens, r.from, hi.to, (k) => digitAt.has(k));
    const prevTok = tokens[r.from - 1];
    const listOpen = phraseEndingBefore(tokens, r.from, LIST_OPENERS) !== null;
    const chained =
      lastListEnd >= 0 && r.from - lastListEnd <= 3 && /^(,|and)$/.test(prevTok?.lower ?? "");
    // "including 106 women": a member of the set just counted, even across a sentence break.
    const near =
      parent !== null &&
      (parent.sentence === sentence
        ? r.from - parent.end <= 6
        : listOpen && tokens[r.from]!.start - tokens[parent.end]!.end < 300);
    const inList = parent !== null && near && (listOpen || chained);
    const hedged = hi !== r ? null : hedgeBefore(tokens, r.from);
    const hedgedFrom = hedged?.from ?? r.from;
    // "Of these 184 people": the same count again, with the measure it had.
    const anaphor =
      /^(these|those|the)$/.test(tokens[r.from - 1]?.lower ?? "") &&
      tokens[r.from - 2]?.lower === "of"
        ? recent.find((x) => x.value === r.value && tokens[r.from]!.start - x.at < 2000)
        : undefined;
    // "At least another 31": the count of the same things as the figure before.
    if (!head && tokens[r.from - 1]?.lower === "another" && found.length > 0) {
      const unit = found[found.length - 1]!.fields.unit;
      head = { index: last, subgroup: null, unit };
    }
    // "estimated the deaths at 100", "500-1,000 may have died": the count stands alone.
    const elliptic =
      ELLIPTIC_VERBS.has(tokens[hi.to]?.lower ?? "") || tokens[hedgedFrom - 1]?.lower === "at";
    const inherited = inList ? parent!.measure : (anaphor?.measure ?? null);
    const settlement = phraseEndingBefore(tokens, hedgedFrom, SETTLEMENT_OF) !== null;
    // A number without a noun is a count only when something around it says so; checked before
    // the measure search so that runs of bare numbers cost little.
    if (
      !head &&
      !(inList || elliptic || anaphor || settlement || tightWordBefore(tokens, hedgedFrom))
    ) {
      if (hi !== r) bareRanges.push({ r, hi, found: found.length });
      continue;
    }
    const choice = chooseMeasure({ tokens, r, hi, head, clause, hedgedFrom, inherited });
    if (!head && !choice.cued && !inList && !elliptic && !settlement && !anaphor) continue;
    let measure = choice.measure;
    if (head?.unit === "families" && measure === "killed") measure = "families_destroyed";
    // A small count with nothing happening to it is narrative ("one woman screamed").
    if (
      ((measure === "other" && !anaphor) || (!choice.cued && r.value < 2)) &&
      r.value < 10 &&
      hi === r
    )
      continue;
    let hedge: Hedge = hi !== r ? "range" : (hedged?.hedge ?? "exact");
    const endTok = head ? Math.max(head.index, last) : last;
    // "N or more", "his figure of 600 … was a minimum": a lower bound stated after the count.
    if (
      hi === r &&
      hedge === "exact" &&
      (phraseAt(tokens, hi.to, "or more") || minimumAfter(tokens, endTok + 1))
    )
      hedge = "at_least";
    const fields = makeFigure({
      measure,
      ...bounds(hedge, r.value, hi.value),
      hedge,
      subgroup: head?.subgroup ?? null,
      unit: head?.unit ?? "people",
    });
    const startTok = hedged ? hedged.from : between ? r.from - 1 : r.from;
    found.push({ start: tokens[startTok]!.start, end: tokens[endTok]!.end, fields });
    recent.unshift({ value: r.value, measure, at: tokens[r.from]!.start });
    if (recent.length > RECENT) recent.pop();
    if (inList) {
      lastListEnd = endTok;
      parent = { ...parent!, end: endTok };
    } else {
      parent = { measure, sentence, end: endTok };
      lastListEnd = anaphor ? endTok : -1;
    }
  }
  return [...found, ...siblingRanges(tokens, bareRanges, found)].sort((a, b) => a.start - b.start);
}
