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

/** Nouns of an armed unit, whose strength a count of men gives. */
const ARMED_UNITS = new Set([
  "force",
  "column",
  "platoon",
  "battalion",
  "patrol",
  "squad",
  "detachment",
  "brigade",
  "regiment",
  "garrison",
  "contingent",
  "squadron",
]);
/** Nouns of an armed body whose losses are its fighters: its units, and an army by name. */
const ARMED_BODIES = new Set([...ARMED_UNITS, "army", "troops", "forces"]);
/** Words a body's losses may run through before the count: "lost 212 killed and more than 400". */
const IN_A_LOSS = new Set([
  "killed",
  "dead",
  "wounded",
  "and",
  ",",
  "more",
  "than",
  "about",
  "some",
  "over",
  "nearly",
  "at",
  "least",
  "another",
]);
/** How far back from the count the verb of the loss may stand, in tokens. */
const LOSS_REACH = 8;

/**
 * The subgroup of a count's noun, `subgroup`, unless it counts the men of an armed unit: "a rebel
 * force of about 3,500 men", "a Home Guard platoon of some 35 men", "the 7th Police Regiment
 * (c. 450 men)" are fighters by their unit (combatants), as "armed men" are by their adjective —
 * or, with no people named, the losses of an armed body: "The garrison lost 212 killed and more
 * than 400 wounded", "the battle cost the Protection Force 26 dead" (combatants: a body's losses
 * are its fighters, as a war infobox's "Casualties and losses" are).
 */
export function ofArmedUnit(
  tokens: readonly Token[],
  hedgedFrom: number,
  subgroup: Subgroup | null,
): Subgroup | null {
  if (subgroup === null) return lossesOfArmedBody(tokens, hedgedFrom) ? "combatants" : null;
  if (subgroup !== "men") return subgroup;
  const w = tokens[hedgedFrom - 1]?.lower;
  return (w === "of" || w === "(") && ARMED_UNITS.has(tokens[hedgedFrom - 2]?.lower ?? "")
    ? "combatants"
    : subgroup;
}

/**
 * "The garrison lost 212 killed", "… and more than 400 wounded" (past the loss's first count),
 * "cost the Protection Force 26 dead": an armed body's noun right before "lost" (past "had"), or
 * right before the count after "cost"; a few token lookups for a count with no people named.
 */
function lossesOfArmedBody(tokens: readonly Token[], hedgedFrom: number): boolean {
  const sentence = tokens[hedgedFrom]?.sentence;
  let k = hedgedFrom - 1;
  // ("cost the Protection Force 26 dead")
  if (ARMED_BODIES.has(tokens[k]?.lower ?? "")) {
    for (let j = k - 1; j >= Math.max(0, k - 4); j--) if (tokens[j]!.lower === "cost") return true;
    return false;
  }
  while (
    k > 0 &&
    hedgedFrom - k < LOSS_REACH &&
    tokens[k]!.sentence === sentence &&
    (tokens[k]!.kind === "number" || IN_A_LOSS.has(tokens[k]!.lower))
  )
    k--;
  if (tokens[k]?.lower !== "lost") return false;
  let s = k - 1;
  if (tokens[s]?.lower === "had" || tokens[s]?.lower === "have") s--;
  // ("The rebels lost 40 killed": a fighters' noun says it as a unit's does.)
  const w = tokens[s]?.lower ?? "";
  return ARMED_BODIES.has(w) || HEADS.get(w)?.subgroup === "combatants";
}
