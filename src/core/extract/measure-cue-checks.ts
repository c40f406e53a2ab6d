/**
 * The questions the cue order (measure-by-cues.ts) asks of the words around a cue before it
 * trusts it: a capacity ("built to hold 500"), a death after care, "alive" after a verb of
 * capture or return, "with" an injury, a settlement's people, a shelter that holds people, a
 * cue bound to another number, a coordinated count's cue, a cue elsewhere in the sentence. A
 * stage of its own so that the order reads as an order: each test is named where it is asked
 * and written once here.
 */
import type { Measure, Subgroup } from "../model/claim.js";
import { boundToAnother } from "./cue-binding.js";
import { HEADS, WORD_MEASURE } from "./lexicon.js";
import {
  COMMA_OR_AND,
  type Cue,
  cueLength,
  cuesAnyHead,
  cuesAt,
  farCueAt,
  type Head,
  THEM_WHOM_THESE_THOSE,
} from "./measure-cues.js";
import { mayStartNumber } from "./number-words.js";
import type { Token } from "./tokens.js";
import { WordSet } from "./word-sets.js";

// Word lists and patterns this stage asks of tokens: each built once, found by its name
// (text/word-shapes.ts says why).
const AND_OR_COMMA = new Set(["and", "or", ","]);
const AND_OR_OR = new Set(["and", "or"]);
const CAPACITY_ADJECTIVES = new Set([
  "built",
  "designed",
  "meant",
  "licensed",
  "able",
  "intended",
  "equipped",
]);
const CAPACITY_PURPOSES = new Set(["built", "designed", "meant", "intended", "planned"]);
const DETENTION_NOUNS = new Set(["detention", "prison", "prisons", "internment", "jail", "jails"]);
const HOLD_CARRY_HOUSE_ACCOMMODATE_TAKE = new Set([
  "hold",
  "carry",
  "house",
  "accommodate",
  "take",
]);
/** Nouns of an injury a count may be "with" ("with gunshot wounds", "with broken limbs"). */
const INJURIES = new Set([
  "wounds",
  "wound",
  "injuries",
  "injury",
  "burns",
  "fractures",
  "limbs",
  "ribs",
  "bones",
  "lacerations",
]);
const HOLDING_VERBS = new Set(["hold", "holds", "held", "house", "houses", "housed", "holding"]);
const NOW_STILL_CURRENTLY = new Set(["now", "still", "currently"]);
const PUT_ESTIMATED_PLACED = new Set(["put", "estimated", "placed"]);
/** Places that shelter people: "the Kefa camp, home to 14,000" are displaced, not at home. */
const SHELTERS = new Set([
  "camp",
  "camps",
  "shelter",
  "shelters",
  "centre",
  "center",
  // (Twelfth round: the plurals, and the sites and compounds people are moved to.)
  "centres",
  "centers",
  "site",
  "sites",
  "compound",
  "compounds",
]);

/** Forms of a verb of holding after a modal ("could hold", "could not have held"). */
const HOLDING_FORMS = new WordSet([
  "hold",
  "held",
  "house",
  "housed",
  "accommodate",
  "accommodated",
  "take",
  "taken",
  "carry",
  "carried",
]);
/** Modals that make a verb of holding a capacity ("the hall could hold 500"). */
const MODALS = new WordSet(["could", "can", "cannot", "would", "might"]);
/** Words between a modal and its verb of holding ("could not have held", "can only take"). */
const MODAL_FILLERS = new WordSet(["not", "have", "only", "never", "barely", "easily"]);
const NOT_OR_NEVER = new WordSet(["not", "never"]);
/**
 * "halls that could not have held more than 300 persons": a capacity denied beyond a number is
 * a bound from above — a "not" or "never" between the modal and its verb of holding, before the
 * count's hedge at `hedgedFrom`.
 */
export function capacityDenied(tokens: readonly Token[], hedgedFrom: number): boolean {
  if (!HOLDING_FORMS.hasToken(tokens[hedgedFrom - 1])) return false;
  for (let k = hedgedFrom - 2; k > hedgedFrom - 5 && MODAL_FILLERS.hasToken(tokens[k]); k--)
    if (NOT_OR_NEVER.hasToken(tokens[k])) return true;
  return false;
}

/** Nouns of a place's capacity before "for" ("a room for thirty", "room for no more than 400"). */
const ROOM_OR_SPACE = new WordSet(["room", "space", "places", "beds"]);

/**
 * "built to hold 600 people", "licensed to carry 650", "a cell built for eight": a capacity
 * before the count (or its hedge) at `hedgedFrom`, which is no measure of the event. The year
 * it was built in may stand between ("Built in 1931 to hold 900 prisoners", "a prison built in
 * 1964 for 600 prisoners"). A modal of holding is a capacity too ("halls that could not have held
 * more than 300 persons", "the cells can accommodate 120"), as is room for a count ("a room for
 * thirty", "a site with room for no more than 400").
 */
export function capacityBefore(tokens: readonly Token[], hedgedFrom: number): boolean {
  const before = tokens[hedgedFrom - 1];
  if (HOLDING_FORMS.hasToken(before)) {
    if (
      HOLD_CARRY_HOUSE_ACCOMMODATE_TAKE.has(before!.lower) &&
      tokens[hedgedFrom - 2]?.lower === "to" &&
      CAPACITY_ADJECTIVES.has(tokens[pastYear(tokens, hedgedFrom - 3)]?.lower ?? "")
    )
      return true;
    let k = hedgedFrom - 2;
    while (k > hedgedFrom - 5 && MODAL_FILLERS.hasToken(tokens[k])) k--;
    return MODALS.hasToken(tokens[k]);
  }
  if (before?.lower !== "for") return false;
  const purpose = tokens[pastYear(tokens, hedgedFrom - 2)];
  return CAPACITY_PURPOSES.has(purpose?.lower ?? "") || ROOM_OR_SPACE.hasToken(purpose);
}

/** The token before "in 1931" when one ends at k, else k itself. */
function pastYear(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  return t?.kind === "number" && t.text.length === 4 && tokens[k - 1]?.lower === "in" ? k - 2 : k;
}

/** Verbs of dying that end a stay in care ("admitted in April died within a week"). */
const DIED_VERBS = new Set(["died", "succumbed", "perished"]);

/**
 * "36 of the children admitted there in April died within a week": a cue of care said of the
 * count (a participle on its noun) is a stage its death at `k`'s predicate ended — within eight
 * words, before a comma or another count.
 */
export function diedAfterCare(tokens: readonly Token[], cue: Measure, k: number): boolean {
  if (cue !== "wounded") return false;
  for (let j = k + 1; j < k + 9; j++) {
    const t = tokens[j];
    if (!t || PREDICATE_BREAKS.has(t.text) || t.lower === "and" || mayStartNumber(t)) return false;
    if (DIED_VERBS.has(t.lower)) return true;
  }
  return false;
}

/** Verbs after which "alive" tells how people died or were not seen, not that they lived. */
// (And after a verb of capture: "20 soldiers were taken alive by the rebels" were seized, not
// saved; or of coming back: "returned alive from the camp" were released, as the policy for
// people held reads a return.)
export const NOT_SURVIVED_ALIVE = new Set([
  "buried",
  "burned",
  "burnt",
  "skinned",
  "boiled",
  "seen",
  "taken",
  "captured",
  "caught",
  "seized",
  "returned",
  "back",
  "home",
]);
/** Words that end a count's own predicate before "alive" is reached. */
const PREDICATE_BREAKS = new Set([",", ";", ":", ".", "?", "!"]);

/**
 * Whether the count's own predicate, from `at`, says its people came through alive ("were
 * carried out of the mud alive", "are known to have come out of the camp alive", "pulled 462
 * people alive from the sea"): within twelve words, before a comma or another count ("and 12
 * were …"), "alive" after any verb but one of dying ("burned alive") or of not being seen again.
 */
export function aliveAfter(tokens: readonly Token[], at: number): boolean {
  const sentence = tokens[at]?.sentence;
  for (let k = at; k < at + 12; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence || PREDICATE_BREAKS.has(t.text)) return false;
    if (k > at && AND_OR_OR.has(tokens[k - 1]!.lower) && mayStartNumber(t)) return false;
    if (t.lower === "alive") return !NOT_SURVIVED_ALIVE.has(tokens[k - 1]?.lower ?? "");
  }
  return false;
}

/**
 * Whether the words at `at` give the count its wounds: "with" and an injury within four words
 * ("with machete wounds", "with gunshot or pellet wounds", "with broken limbs"), after "of them"
 * or "survived" (those who lived through it with wounds are the wounded).
 */
export function injuredWith(tokens: readonly Token[], at: number): boolean {
  let k = at;
  // ("nearly 400 of them with untreated wounds": past the partitive.)
  if (tokens[k]?.lower === "of" && THEM_WHOM_THESE_THOSE.has(tokens[k + 1]?.lower ?? "")) k += 2;
  if (tokens[k]?.lower === "survived") k++;
  if (tokens[k]?.lower !== "with") return false;
  for (const end = k + 4; ++k <= end; ) {
    const t = tokens[k];
    if (!t || (t.kind !== "word" && t.text !== ",")) return false;
    if (INJURIES.has(t.lower)) return true;
  }
  return false;
}

/** Verbs by which a body is said to carry its wounds ("29 of them bore burn injuries"). */
const BORE_OR_HAD = new WordSet(["bore", "had", "showed", "carried", "bear", "show", "have"]);
/** Words between such a verb and the wounds ("had in addition incised or lacerated wounds"). */
const INJURY_REACH = 6;

/**
 * Whether the predicate at `at` says its subject bore wounds ("bore burn injuries of 90 per
 * cent", "had in addition incised or lacerated wounds", "had gunshot wounds"): said of bodies
 * or of the dead, the wounds are what killed them.
 */
export function boreInjuries(tokens: readonly Token[], at: number): boolean {
  if (!BORE_OR_HAD.hasToken(tokens[at])) return false;
  for (let k = at + 1; k <= at + INJURY_REACH; k++) {
    const t = tokens[k];
    if (t === undefined || (t.kind !== "word" && t.text !== "-")) return false;
    if (INJURIES.has(t.lower)) return true;
  }
  return false;
}

/** Nouns of the dead and their remains a part's "of them" may take up. */
const OF_THE_DEAD = new WordSet(["bodies", "remains", "corpses", "deceased", "dead"]);
/** How far back in its sentence the dead a partitive takes up may be named, in tokens. */
const DEAD_REACH = 30;

/**
 * Whether the count at [from, to) is a part of the dead that bore wounds: "N of them" with
 * wounds borne in its predicate ("twenty-nine of them bore burn injuries"), its sentence having
 * named bodies, remains or the dead before it ("thirty-three bodies were examined …", "exhumed
 * 63 bodies … and found that 57 of them had gunshot wounds").
 */
export function partOfTheDeadWounded(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[to]?.lower !== "of" || !THEM_WHOM_THESE_THOSE.has(tokens[to + 1]?.lower ?? ""))
    return false;
  if (!boreInjuries(tokens, to + 2)) return false;
  const sentence = tokens[from]!.sentence;
  for (let k = from - 1; k >= Math.max(0, from - DEAD_REACH); k--) {
    if (tokens[k]!.sentence !== sentence) return false;
    if (OF_THE_DEAD.hasToken(tokens[k])) return true;
  }
  return false;
}

const SAW_OR_SEEN = new Set(["saw", "seen", "see", "sees", "seeing"]);
const QUOTE_MARKS = new Set(['"', "“", "'", "‘"]);
/** Words between a passive's copula and "seen" ("were ever seen", "was later seen"). */
const BEFORE_SEEN = new Set(["ever", "later", "first", "all", "actually", "also"]);
const WERE_OR_WAS = new Set(["were", "was"]);

/**
 * Whether bodies counted at `head` were seen: a verb of seeing right before the count or its
 * opening quotation mark ("saw about 20 bodies", "described seeing 'about twenty' bodies"), or
 * a passive "seen" after the noun ("fewer than 100 bodies were ever seen by any witness").
 */
export function bodiesSeen(tokens: readonly Token[], hedgedFrom: number, head: number): boolean {
  const k = QUOTE_MARKS.has(tokens[hedgedFrom - 1]?.text ?? "") ? hedgedFrom - 2 : hedgedFrom - 1;
  if (SAW_OR_SEEN.has(tokens[k]?.lower ?? "")) return true;
  if (!WERE_OR_WAS.has(tokens[head + 1]?.lower ?? "")) return false;
  const seen = BEFORE_SEEN.has(tokens[head + 2]?.lower ?? "") ? head + 3 : head + 2;
  return tokens[seen]?.lower === "seen";
}

/** Verbs of losing someone, right before a count: "she lost eleven relatives". */
const LOSING = new Set(["lost", "lose", "loses", "losing"]);
/** Kin a family loses: the count's noun after a verb of losing. */
const KIN = new Set([
  "relatives",
  "relations",
  "kin",
  "kinsmen",
  "sons",
  "daughters",
  "children",
  "brothers",
  "sisters",
  "husbands",
  "wives",
  "grandchildren",
  "grandsons",
  "granddaughters",
  "cousins",
  "nephews",
  "nieces",
  "uncles",
  "aunts",
]);
const FAMILY_NOUNS = new Set(["family", "families", "household", "households", "clan"]);

/**
 * Whether the count is of kin someone lost: "she lost eleven relatives that day", "he had lost
 * eleven members of his family", "lost three of her children" — the dead of a family, not a
 * village's men taken away ("lost fourteen of its men", which the clause's other words read).
 */
export function lostKin(tokens: readonly Token[], hedgedFrom: number, head: Head): boolean {
  if (!LOSING.has(tokens[hedgedFrom - 1]?.lower ?? "")) return false;
  const noun = tokens[head.index]!.lower;
  if (KIN.has(noun)) return true;
  if (noun !== "members") return false;
  // "family members", "members of his family", "members of the same household".
  if (FAMILY_NOUNS.has(tokens[head.index - 1]?.lower ?? "")) return true;
  if (tokens[head.index + 1]?.lower !== "of") return false;
  for (let k = head.index + 2; k <= head.index + 4; k++)
    if (FAMILY_NOUNS.has(tokens[k]?.lower ?? "")) return true;
  return false;
}

/** Settlements whose possessive names their people ("the city's 100,000 Greeks"). */
const SETTLEMENT_OWNERS = new Set(
  [
    "city",
    "town",
    "village",
    "island",
    "country",
    "capital",
    "district",
    "province",
    "region",
  ].flatMap((w) => [`${w}'s`, `${w}’s`]),
);

/** "the city's", "the island’s": a settlement's possessive. */
export function settlementOwner(word: string): boolean {
  return SETTLEMENT_OWNERS.has(word);
}

/** A people noun that is no measure's and no role's ("workers", "Greeks", "inhabitants"). */
export function plainPeople(word: string): boolean {
  return !WORD_MEASURE.has(word) && !HEADS.get(word)?.role;
}

/** Whether the cue found for the count at [from, to) is bound to another number (cue-binding.ts). */
export function boundCue(tokens: readonly Token[], cue: Cue, from: number, to: number): boolean {
  const end = cue.index + cueLength(tokens, cue.index, cue.measure);
  return boundToAnother(tokens, cue.index, end, from, to);
}

/** Where ", that" or "and that" opens another clause in [from, to), or `to`. */
export function clauseJointAfter(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++)
    if (tokens[k]!.lower === "that" && COMMA_OR_AND.has(tokens[k - 1]!.lower)) return k - 1;
  return to;
}

/** "the Kefa camp, home to": a place that shelters people named right before the cue at `at`. */
export function shelterBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--)
    if (SHELTERS.has(tokens[k]!.lower)) return true;
  return false;
}

/** "The march … drew": a gathering's noun before the verb at `verb`, in the same clause. */
export function drawnBy(tokens: readonly Token[], verb: number, from: number): boolean {
  for (let k = verb - 1; k >= Math.max(from, verb - 8); k--)
    if (cuesAnyHead(tokens, k).includes("participants")) return true;
  return false;
}

/** "camps … now hold", "the shelters house": a shelter noun a few words before its verb of holding. */
export function shelterHolds(tokens: readonly Token[], at: number, from: number): boolean {
  const verb = NOW_STILL_CURRENTLY.has(tokens[at - 1]?.lower ?? "") ? at - 2 : at - 1;
  if (!HOLDING_VERBS.has(tokens[verb]?.lower ?? "")) return false;
  // ("built to hold 600 people" is a capacity, not the people held.)
  if (tokens[verb - 1]?.lower === "to") return false;
  let shelter = false;
  // ("the relief camps at Adok and Lira now hold": the camps a few names back.)
  for (let j = verb - 1; j >= Math.max(from, verb - 7); j--) {
    const w = tokens[j]!.lower;
    if (DETENTION_NOUNS.has(w)) return false;
    shelter ||= SHELTERS.has(w);
  }
  return shelter;
}

/** "(were) put at", "estimated by organisers at": the verb before "at" and the count, or -1. */
export function atVerb(tokens: readonly Token[], hedgedFrom: number): number {
  for (let k = hedgedFrom - 2; k >= Math.max(0, hedgedFrom - 6); k--) {
    if (PUT_ESTIMATED_PLACED.has(tokens[k]!.lower))
      return k === hedgedFrom - 2 || tokens[k + 1]?.lower === "by" ? k : -1;
    if (tokens[k]!.kind === "punct") return -1;
  }
  return -1;
}

/** The cue after a count coordinated with this one ("… and 2 soldiers killed"), if any. */
export function coordinatedCue(
  tokens: readonly Token[],
  at: number,
  head: Head | null,
): Measure | null {
  if (!AND_OR_OR.has(tokens[at]?.lower ?? "") || tokens[at + 1]?.lower === "that") return null;
  let k = at + 1;
  while (k < at + 4 && tokens[k]?.kind === "word" && tokens[k + 1]?.kind !== "punct") {
    if (tokens[k]!.kind === "number") break;
    k++;
  }
  if (tokens[k]?.kind !== "number") return null;
  for (let j = k + 1; j < k + 5 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind === "punct" || t.kind === "number") return null;
    const m = farCueAt(tokens, j, head);
    if (m) return m;
  }
  return null;
}

/** How far a sentence-wide cue may stand from the count, in tokens. */
const SENTENCE_REACH = 20;

/** The nearest cue in the count's sentence outside its clause (scene-setting measures excepted). */
/** A sentence-wide search that saw cues and chose none of them (sentenceCue). */
export const REFUSED = "refused";

export function sentenceCue(
  tokens: readonly Token[],
  from: number,
  to: number,
  head: Head | null,
): Measure | typeof REFUSED | null {
  const sentence = tokens[from]!.sentence;
  // A semicolon closes the search on its side: "…; only 9 escaped" is another clause's verb.
  let after = true;
  let before = true;
  let refused = false;
  for (let d = 1; d <= SENTENCE_REACH; d++) {
    // After the count, then before it (a side by index, not a pair built for every step).
    for (let side = 0; side < 2; side++) {
      const k = side === 0 ? to - 1 + d : from - d;
      const t = tokens[k];
      const onAfter = k >= to;
      if (!(onAfter ? after : before)) {
        // (A cue past the semicolon was refused, not missed.)
        refused ||= t?.sentence === sentence && farCueAt(tokens, k, head) !== undefined;
        continue;
      }
      if (t?.text === ";") {
        if (onAfter) after = false;
        else before = false;
        continue;
      }
      if (!t || t.sentence !== sentence) continue;
      const m = farCueAt(tokens, k, head);
      if (!m) continue;
      // ("200 lie wounded, and ninety were jailed": another number's cue is not this one's.)
      if (boundToAnother(tokens, k, k + cueLength(tokens, k, m), from, to)) continue;
      // "bodies of dead and wounded": two measures joined say no one of them.
      if (
        joinedToAnother(tokens, k + 1, k + 2, m, head) ||
        joinedToAnother(tokens, k - 1, k - 2, m, head)
      )
        return REFUSED;
      return m;
    }
  }
  return refused ? REFUSED : null;
}

/**
 * Whether a joint ("and", "or", a comma) at `joint` joins the cue `measure` to a cue of another
 * measure at `other`, its far side. (By index, no pair of sides built: this runs for every count
 * whose sentence holds a cue.)
 */
function joinedToAnother(
  tokens: readonly Token[],
  joint: number,
  other: number,
  measure: Measure,
  head: Head | null,
): boolean {
  if (!AND_OR_COMMA.has(tokens[joint]?.lower ?? "")) return false;
  const cues = cuesAt(tokens, other, head);
  for (let c = 0; c < cues.length; c++) if (cues[c] !== measure) return true;
  return false;
}

/**
 * "The bandits, some forty in number, …", "The garrison, 1,150 strong, …": a group's size right
 * after its count at `at` (the token after the number), in apposition to its noun.
 */
export function sizeAfter(tokens: readonly Token[], at: number): boolean {
  const w = tokens[at]?.lower;
  return w === "strong" || (w === "in" && tokens[at + 1]?.lower === "number");
}

/** Words between a count and "lost" in an orphan's ellipsis ("and about 1,400 who had lost one"). */
const WHO_AND_HAVING = new WordSet(["who", "had", "have", "has"]);
/** Nouns of parents lost, which an ellipsis "lost one", "lost both" leaves out when said before. */
const PARENT_NOUNS = new WordSet(["parent", "parents", "orphans", "orphaned"]);
/** How far back (in tokens) in its sentence the parents an ellipsis leaves out may be named. */
const PARENTS_REACH = 30;

/**
 * "Thirty-eight children lost both parents and about 150 lost one", "… who had lost both
 * parents, and about 1,400 who had lost one", "102 children lost a parent and 19 lost both": a
 * count of people who lost one parent or both, the noun left out after "one" or "both" because
 * the sentence named the parents before — of the people the count before them named ("children").
 * Null when the count ending at `at` is not followed by "lost one" or "lost both" that ends its
 * clause ("lost both legs" is no orphan's), or no parent is named before it in its sentence.
 */
export function orphanedAfter(
  tokens: readonly Token[],
  at: number,
): { measure: Measure; subgroup: Subgroup | null } | null {
  let k = at;
  while (k < at + 3 && WHO_AND_HAVING.hasToken(tokens[k])) k++;
  if (tokens[k]?.lower !== "lost") return null;
  const which = tokens[k + 1]?.lower;
  if (which !== "one" && which !== "both") return null;
  const next = tokens[k + 2];
  if (next !== undefined && next.kind !== "punct" && next.lower !== "and") return null;
  const sentence = tokens[at]!.sentence;
  let parents = false;
  let people = -1;
  for (let j = at - 1; j >= Math.max(0, at - PARENTS_REACH) && people < 0; j--) {
    const t = tokens[j]!;
    if (t.sentence !== sentence) break;
    if (!parents) parents = PARENT_NOUNS.hasToken(t);
    else if (HEADS.has(t.lower)) people = j;
  }
  if (!parents) return null;
  return {
    measure: which === "one" ? "orphaned_one" : "orphaned_both",
    // (The people the count before named, past the parents: "Thirty-eight children lost both".)
    subgroup: people < 0 ? null : (HEADS.get(tokens[people]!.lower)?.subgroup ?? null),
  };
}
