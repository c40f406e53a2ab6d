/**
 * A subgroup named as a count's predicate: "fourteen of the dead were children", "Eight of the
 * dead were police officers", "Sixty-one of the skeletons were those of children". Asked by the
 * figure walk (figures.ts) after the count's own noun and the measure phrase named none.
 */
import type { Subgroup } from "../model/claim.js";
import { CAPITALISED_WORD } from "../text/word-shapes.js";
import { phraseAt } from "./figure-context.js";
import { membersOf } from "./figure-roles.js";
import { HEADS } from "./lexicon.js";
import { mayStartNumber } from "./number-words.js";
import type { Token } from "./tokens.js";

const WERE_WAS_ARE = new Set(["were", "was", "are"]);
/** Words that deny or doubt the predicate's noun rather than qualify it ("were not children"). */
const NOT_A_QUALIFIER = new Set(["not", "no", "never", "neither", "nor", "allegedly", "said"]);

/** "fourteen of the dead were children": a subgroup named as the count's predicate. */
export function predicateSubgroup(tokens: readonly Token[], at: number): Subgroup | null {
  if (!WERE_WAS_ARE.has(tokens[at]?.lower ?? "")) return null;
  // "… were African labourers": a capitalised adjective may stand before the noun.
  let k = at + 1;
  // ("… were those of children": the remains of, counted as the people they were.)
  if (phraseAt(tokens, k, "those of") > 0) k += 2;
  const named = k;
  while (
    k < named + 2 &&
    CAPITALISED_WORD.test(tokens[k]?.text ?? "") &&
    !HEADS.has(tokens[k]!.lower)
  )
    k++;
  // "… were police officers", "… were unaccompanied children": one word may qualify the noun
  // (as a count's own noun may have one before it), not one that denies it.
  if (
    !HEADS.has(tokens[k]?.lower ?? "") &&
    tokens[k]?.kind === "word" &&
    !NOT_A_QUALIFIER.has(tokens[k]!.lower) &&
    HEADS.has(tokens[k + 1]?.lower ?? "")
  )
    k++;
  const group = HEADS.get(tokens[k]?.lower ?? "")?.subgroup ?? membersOf(tokens, k);
  // "… were men, women and children" names no one subgroup.
  // ("… were young people below 25" names people, not a subgroup.)
  const more = tokens[k + 1]?.lower ?? "";
  // ("… were soldiers and the rest civilians" names the part's subgroup all the same.)
  if (phraseAt(tokens, k + 1, "and the rest") > 0) return group;
  // ("… were African labourers and two were shift bosses", "… were children, two of them
  // infants": "and" or a comma before a number opens the next count, not a list of nouns.)
  const after = tokens[k + 2];
  if ((more === "and" || more === ",") && after !== undefined && mayStartNumber(after))
    return group;
  if (more === "," || more === "and" || more === "or" || HEADS.has(more)) return null;
  return group;
}
