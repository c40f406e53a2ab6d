/** Reading a number at a token, in digits ("1,275") or in words ("six hundred and thirteen"). */
import type { Token } from "./tokens.js";
import { WordSet } from "./word-sets.js";

const UNITS: ReadonlyMap<string, number> = new Map([
  ["zero", 0],
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["thirteen", 13],
  ["fourteen", 14],
  ["fifteen", 15],
  ["sixteen", 16],
  ["seventeen", 17],
  ["eighteen", 18],
  ["nineteen", 19],
]);
const TENS: ReadonlyMap<string, number> = new Map([
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["sixty", 60],
  ["seventy", 70],
  ["eighty", 80],
  ["ninety", 90],
]);
const SCALES: ReadonlyMap<string, number> = new Map([
  ["hundred", 100],
  ["thousand", 1000],
  ["million", 1_000_000],
  ["billion", 1_000_000_000],
]);

/** Every number word by its value: a unit, a ten or a scale. */
const WORD_VALUE: ReadonlyMap<string, number> = new Map([...UNITS, ...TENS, ...SCALES]);

/**
 * The value of a number written as one word ("seven", "forty", "million") or as a ten and a unit
 * joined by a hyphen ("sixty-five"), or undefined: the grammar's words, for rules that ask whether
 * a word is a number without reading one from tokens.
 */
export function numberWordValue(word: string): number | undefined {
  const value = WORD_VALUE.get(word);
  if (value !== undefined || !word.includes("-")) return value;
  const [ten, unit, more] = word.split("-");
  const t = TENS.get(ten!);
  const u = UNITS.get(unit ?? "");
  return more === undefined && t !== undefined && u !== undefined && u > 0 && u < 10
    ? t + u
    : undefined;
}

/** The value of a scale word ("hundred", "thousand", "million", "billion"), or undefined. */
export function scaleValue(word: string): number | undefined {
  return SCALES.get(word);
}

/** Words a number in words can begin with: most tokens are rejected by one lookup. */
const STARTS = new WordSet([...UNITS.keys(), ...TENS.keys(), "a", "half"]);

export interface NumberRead {
  readonly value: number;
  /** Index of the first and one past the last token of the number. */
  readonly from: number;
  readonly to: number;
  readonly words: boolean;
  /** "sixty-odd", "40-odd": the number is a round approximation. */
  readonly odd?: boolean;
  /** "300-plus": the number is a lower bound. */
  readonly plus?: boolean;
}

function small(t: Token | undefined): number | null {
  if (t?.kind !== "word") return null;
  return UNITS.get(t.lower) ?? TENS.get(t.lower) ?? null;
}

/** Whether a number may begin at `t`: a cheap test that rules out nearly every token. */
export function mayStartNumber(t: Token): boolean {
  return t.kind === "number" || (t.kind === "word" && STARTS.hasToken(t));
}

/** Reads a number beginning at tokens[i], or returns null. */
export function readNumber(tokens: readonly Token[], i: number): NumberRead | null {
  const r = readBare(tokens, i);
  // "sixty-odd", "40-odd", "300-plus": a hyphenated "odd" makes the number approximate, a
  // hyphenated "plus" a lower bound; either belongs to the number.
  const dash = r ? tokens[r.to] : undefined;
  const odd = r ? tokens[r.to + 1] : undefined;
  if (
    r &&
    dash?.text === "-" &&
    (odd?.lower === "odd" || odd?.lower === "plus") &&
    dash.start === tokens[r.to - 1]!.end &&
    odd.start === dash.end
  )
    return odd.lower === "odd"
      ? { ...r, to: r.to + 2, odd: true }
      : { ...r, to: r.to + 2, plus: true };
  return r;
}

function readBare(tokens: readonly Token[], i: number): NumberRead | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === "number") {
    // "2.4 million": a decimal is a count only with a scale after it.
    const dot = tokens[i + 1];
    const frac = tokens[i + 2];
    const big = tokens[i + 3];
    if (
      dot?.text === "." &&
      frac?.kind === "number" &&
      t.end === dot.start &&
      dot.end === frac.start &&
      big?.kind === "word" &&
      (big.lower === "million" || big.lower === "billion")
    ) {
      const value = Math.round(
        Number(`${t.text.replace(/,/g, "")}.${frac.text}`) * SCALES.get(big.lower)!,
      );
      return { value, from: i, to: i + 4, words: false };
    }
    // (Most numbers have no thousands separator to take out.)
    let value = Number(t.text.indexOf(",") < 0 ? t.text : t.text.replace(/,/g, ""));
    if (!Number.isSafeInteger(value)) return null;
    // "12 000 people", "1 250 000 refugees": groups of three digits set off by one space (a thin
    // or non-breaking one in print) are one number — only before a word, and not in a row of
    // numbers (a table's "64 110 31").
    if (t.text.length <= 3 && tokens[i - 1]?.kind !== "number") {
      let to = i + 1;
      while (spacedGroup(tokens, to)) to++;
      if (to > i + 1 && tokens[to]?.kind === "word") {
        for (let k = i + 1; k < to; k++) value = value * 1000 + Number(tokens[k]!.text);
        return { value, from: i, to, words: false };
      }
    }
    // "5 thousand"; but never "200 hundred", a slip for 200.
    const scale = tokens[i + 1]?.kind === "word" ? SCALES.get(tokens[i + 1]!.lower) : undefined;
    if (scale && value < 100 && !isGlued(tokens, i))
      return { value: value * scale, from: i, to: i + 2, words: false };
    return { value, from: i, to: i + 1, words: false };
  }
  if (t.kind !== "word" || !STARTS.hasToken(t)) return null;
  // "half a million": half of the scale.
  if (t.lower === "half" && tokens[i + 1]?.lower === "a" && SCALES.get(tokens[i + 2]?.lower ?? ""))
    return { value: SCALES.get(tokens[i + 2]!.lower)! / 2, from: i, to: i + 3, words: true };
  // "one and a half million", "two and a half thousand": the half is the scale's.
  if (
    tokens[i + 1]?.lower === "and" &&
    tokens[i + 2]?.lower === "a" &&
    tokens[i + 3]?.lower === "half" &&
    SCALES.get(tokens[i + 4]?.lower ?? "")
  ) {
    const whole = t.lower === "a" ? 1 : small(t);
    if (whole !== null)
      return {
        value: (whole + 0.5) * SCALES.get(tokens[i + 4]!.lower)!,
        from: i,
        to: i + 5,
        words: true,
      };
  }
  // "a million and a half": the same, the half after the scale.
  if (
    (t.lower === "a" || t.lower === "one") &&
    SCALES.get(tokens[i + 1]?.lower ?? "") &&
    tokens[i + 2]?.lower === "and" &&
    tokens[i + 3]?.lower === "a" &&
    tokens[i + 4]?.lower === "half"
  )
    return { value: 1.5 * SCALES.get(tokens[i + 1]!.lower)!, from: i, to: i + 5, words: true };
  // "a quarter of a million", "three quarters of a million", "a third of a million": a share of
  // the scale, one number (not "a million" alone).
  const share = FRACTIONS.get(tokens[i + 1]?.lower ?? "");
  if (
    share !== undefined &&
    tokens[i + 2]?.lower === "of" &&
    tokens[i + 3]?.lower === "a" &&
    SCALES.get(tokens[i + 4]?.lower ?? "")
  ) {
    const count = t.lower === "a" ? 1 : small(t);
    if (count !== null && count < share)
      return {
        value: Math.round((SCALES.get(tokens[i + 4]!.lower)! * count) / share),
        from: i,
        to: i + 5,
        words: true,
      };
  }
  // "half a dozen", "a half-dozen", "a half dozen": six, not the "a dozen" inside them.
  const halfDozen = halfADozen(tokens, i);
  if (halfDozen > 0) return { value: 6, from: i, to: halfDozen, words: true };
  // "a dozen", "two dozen": twelve each ("dozens" is no count).
  if (tokens[i + 1]?.lower === "dozen" && (t.lower === "a" || small(t) !== null))
    return { value: 12 * (t.lower === "a" ? 1 : small(t)!), from: i, to: i + 2, words: true };
  // "a score of villagers", "two score prisoners": twenty each — only before the words of what
  // is counted, never before a number ("a score of 3" is a result); "scores" is no count.
  if (tokens[i + 1]?.lower === "score" && (t.lower === "a" || small(t) !== null)) {
    const next = tokens[i + 2];
    const counted = next?.lower === "of" ? tokens[i + 3] : next;
    if (counted?.kind === "word" && small(counted) === null)
      return { value: 20 * (t.lower === "a" ? 1 : small(t)!), from: i, to: i + 2, words: true };
  }
  // "a thousand", "a hundred" count as one thousand, one hundred.
  if ((t.lower === "a" || t.lower === "one") && tokens[i + 1] && SCALES.get(tokens[i + 1]!.lower)) {
    const rest = readWords(tokens, i + 1, 1);
    return rest ? { ...rest, from: i } : null;
  }
  return readWords(tokens, i, 0);
}

/** One past "half a dozen" / "a half-dozen" / "a half dozen" beginning at tokens[i], or 0. */
function halfADozen(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  if (t.lower === "half")
    return tokens[i + 1]?.lower === "a" && tokens[i + 2]?.lower === "dozen" ? i + 3 : 0;
  if (t.lower !== "a" || tokens[i + 1]?.lower !== "half") return 0;
  if (tokens[i + 2]?.lower === "dozen") return i + 3;
  return tokens[i + 2]?.text === "-" && tokens[i + 3]?.lower === "dozen" ? i + 4 : 0;
}

/** A group of three digits one space after the number before it ("12 000"). */
function spacedGroup(tokens: readonly Token[], k: number): boolean {
  const g = tokens[k];
  const before = tokens[k - 1];
  return (
    g?.kind === "number" &&
    g.text.length === 3 &&
    before?.kind === "number" &&
    g.start === before.end + 1 &&
    THREE_DIGITS.test(g.text)
  );
}
const THREE_DIGITS = /^\d{3}$/;
/** The shares of a scale ("a quarter of a million"), by their denominator. */
const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ["quarter", 4],
  ["quarters", 4],
  ["third", 3],
  ["thirds", 3],
]);

function isGlued(tokens: readonly Token[], i: number): boolean {
  return tokens[i + 1]!.start === tokens[i]!.end;
}

function readWords(tokens: readonly Token[], i: number, seed: number): NumberRead | null {
  let total = 0;
  let current = seed;
  let j = i;
  let any = false;
  while (j < tokens.length) {
    const t = tokens[j]!;
    const s = small(t);
    if (s !== null) {
      current += s;
      any = true;
      j++;
      // "ninety-six": a hyphen joins tens and units.
      const next = small(tokens[j + 1]);
      if (tokens[j]?.text === "-" && next !== null && next < 10 && s >= 20) {
        current += next;
        j += 2;
      }
      continue;
    }
    const scale = t.kind === "word" ? SCALES.get(t.lower) : undefined;
    if (scale && (any || seed > 0)) {
      current = Math.max(current, 1) * scale;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
      any = true;
      j++;
      // "six hundred and thirteen": "and" continues only into more number words.
      if (tokens[j]?.lower === "and" && small(tokens[j + 1]) !== null) j++;
      continue;
    }
    break;
  }
  if (!any) return null;
  return { value: total + current, from: i, to: j, words: true };
}
