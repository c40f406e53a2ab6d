/**
 * Whether two records agree on a field, as a reviewer needs to see it: the same words, the same
 * name in another alphabet or spelling (Həsənov / Гасанов), birth years a year or two apart, or
 * different. A reviewer decides; this only says where to look.
 */
import { foldText } from "../../../core/names/fold.js";
import { phoneticKey } from "../../../core/names/phonetic.js";

export type Agreement = "same" | "spelling" | "near" | "differs" | "one";

const YEAR_FIELDS = new Set(["birth_year", "birth_date", "age"]);

const yearOf = (value: string) => {
  const m = /\b(1[89]\d\d|20\d\d)\b/.exec(value) ?? /^\s*(\d{1,3})\s*$/.exec(value);
  return m ? Number(m[1]) : null;
};

export function agreement(field: string, a: string | undefined, b: string | undefined): Agreement {
  if (!a || !b) return "one";
  if (a.trim().toLowerCase() === b.trim().toLowerCase()) return "same";
  if (YEAR_FIELDS.has(field)) {
    const [ya, yb] = [yearOf(a), yearOf(b)];
    return ya !== null && yb !== null && Math.abs(ya - yb) <= 2 ? "near" : "differs";
  }
  // The fold meets spellings of one alphabet's letters; the phonetic key meets sounds that
  // alphabets write apart (Azerbaijani h, Russian г), as the linkage's own comparison does.
  const words = (v: string) => foldText(v).split(" ");
  const sound = (v: string) => words(v).map(phoneticKey).join(" ");
  return foldText(a) === foldText(b) || sound(a) === sound(b) ? "spelling" : "differs";
}

/**
 * A probability as a percentage that never rounds up to certainty: 0.99996 is "99.99%", not
 * "100%", so two strong pairs that differ are seen to differ.
 */
export function percentOf(p: number): string {
  if (p >= 1) return "100";
  // A candidate far below the threshold is not "0.0%": the model gave it some chance.
  if (p > 0 && p < 0.001) return "< 0.1";
  const digits = p >= 0.99 ? 2 : 1;
  const scale = 10 ** digits;
  return (Math.floor(p * 100 * scale) / scale).toFixed(digits);
}
