/**
 * The held-people and remains decisions the cue grammar takes early, where its order of trust
 * places them (measure-by-cues.ts chooseByCues calls them by name): an exchange, an abduction
 * and holding, a member killed while held, a release or a taking right before the count, dead
 * bodies recovered. Apart from the policy proper (held-and-remains.ts), which runs after the cue
 * grammar, because they decide before any other cue is asked.
 */
import type { Measure, Unit } from "../model/claim.js";
import { holderAt, holderOfTakingAt } from "./held-holder.js";
import { FORCED_INTO } from "./held-query.js";
import type { Token } from "./tokens.js";
import { WordSet } from "./word-sets.js";

const EXCHANGE_VERBS = new Set(["exchanged", "exchange", "swapped", "traded", "ransomed"]);

const TOOK_TAKE_TAKES_TAKING = new Set(["took", "take", "takes", "taking"]);

const FROM_OR_AWAY = new Set(["from", "away"]);

/** "exchanged for 3 Armenians": the count is the other side of an exchange (`other`). */
export function exchangedFor(tokens: readonly Token[], from: number, hedgedFrom: number): boolean {
  if (tokens[hedgedFrom - 1]?.lower !== "for") return false;
  for (let k = Math.max(from, hedgedFrom - 8); k < hedgedFrom; k++)
    if (EXCHANGE_VERBS.has(tokens[k]!.lower)) return true;
  return false;
}

/** "were abducted and held": holding after an abduction continues it (`hostage`). */
export function heldAfterTaking(verbCues: readonly Measure[]): boolean {
  return verbCues.length === 2 && verbCues.includes("hostage") && verbCues.includes("detained");
}

/** Participles that say where people are held when "in" or "at" follows ("were held in camps"). */
const HELD_IN = new WordSet([
  "held",
  "interned",
  "imprisoned",
  "detained",
  "jailed",
  "incarcerated",
  "kept",
]);

const IN_AT_INSIDE = new WordSet(["in", "at", "inside"]);

/** How far past the copula the participle of holding is looked for. */
const HELD_IN_REACH = 4;

/**
 * "Some 3,000 men were interned in camps", "were held in camps", "were imprisoned in camps": a
 * holding and the place it happens in, whose word (a camp, a centre, a compound) is a cue of
 * shelter — the verb says what happened to them, the place only where, so the count is held
 * there (`detained`; the policy then reads the holder), not two measures joined ("were killed or
 * displaced" stays `other`). The copula's cues are exactly a holding and displacement, and a
 * participle of holding right before "in" or "at" follows the copula at `from`.
 */
export function heldInPlace(
  tokens: readonly Token[],
  from: number,
  to: number,
  verbCues: readonly Measure[],
): boolean {
  if (verbCues.length !== 2 || !verbCues.includes("detained") || !verbCues.includes("displaced"))
    return false;
  for (let k = from; k < Math.min(to, from + HELD_IN_REACH + 1); k++)
    if (HELD_IN.hasToken(tokens[k]) && IN_AT_INSIDE.hasToken(tokens[k + 1])) return true;
  return false;
}

/**
 * "Forty were handed over; two of them had been killed in captivity": a member's own
 * predicate that kills it while held (cues `killed` and a holding) names its fate, as the count's
 * own predicate does (holding.killed), whatever its whole became.
 */
export function killedWhileHeld(verbCues: readonly Measure[]): boolean {
  return (
    verbCues.length === 2 &&
    verbCues.includes("killed") &&
    (verbCues.includes("hostage") || verbCues.includes("detained"))
  );
}

/** "has freed 1,100 captives": a release right before the count says what became of them. */
export function releasedRightBefore(before: Measure | null, gap: number): boolean {
  return before === "other" && gap === 0;
}

/**
 * Verbs that take people by force only when a holder does it: "the Governor's police have dragged
 * 418 of our members from their homes", "soldiers pulled more than 90 young men out of the
 * shelters", "troops had taken about 60 men from among the prisoners" — rescuers pull people out
 * of rubble and off roofs too, so the holder must be named before the verb.
 */
const TAKEN_BY_A_HOLDER = new Set(["taken", "dragged", "pulled", "hauled"]);

/**
 * Verbs of leading or carrying people, which take them only with the particle "away" or "off"
 * after the count, as "took … away" does ("the attackers led 22 men away at gunpoint", "raiders
 * carried 60 women off into the hills", "the rebels marched 40 villagers off"): read split as
 * "led away" and "carried off" are read whole (the vocabulary's cues of a taking), and only where
 * a holder is named before the verb — "police led 300 guests out of the hotel" is a rescue.
 */
const LED_AWAY_BY_A_HOLDER = new Set([
  "led",
  "carried",
  "marched",
  "bundled",
  "hustled",
  "whisked",
]);

/** Words after "off" that make it a preposition ("took 40 off the roof"), not the verb's particle. */
const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "their",
  "his",
  "her",
  "its",
  "our",
  "this",
  "that",
]);

/**
 * "gunmen took 276 schoolgirls from the school": people taken from a place were seized (the held
 * policy then asks who holds them). Read before the count's noun ("their homes", "the shelters"
 * say where they were taken from, not that they fled).
 */
export function takenFrom(tokens: readonly Token[], hedgedFrom: number, head: number): boolean {
  const verb = tokens[hedgedFrom - 1]?.lower ?? "";
  if (FORCED_INTO.has(verb)) return forcedInto(tokens, hedgedFrom, head);
  const after = tokens[head + 1]?.lower ?? "";
  const awayOrOff =
    after === "away" || (after === "off" && !DETERMINERS.has(tokens[head + 2]?.lower ?? ""));
  const fromOrOut =
    FROM_OR_AWAY.has(after) || (after === "out" && tokens[head + 2]?.lower === "of");
  if (!fromOrOut && !awayOrOff) return false;
  if (TOOK_TAKE_TAKES_TAKING.has(verb)) return true;
  return (
    ((fromOrOut && TAKEN_BY_A_HOLDER.has(verb)) || (awayOrOff && LED_AWAY_BY_A_HOLDER.has(verb))) &&
    !RESCUED.has(tokens[head]!.lower) &&
    !rescueAfter(tokens, head + 2) &&
    holderOfTakingAt(tokens, hedgedFrom - 1) !== null
  );
}

const INTO_OR_ONTO = new Set(["into", "onto"]);

/**
 * "police loaded 63 women into vans", "police loaded more than 300 people onto lorries", "gunmen
 * bundled 12 workers and a driver into a car": people a holder forces into a vehicle or a room
 * are taken, whatever their noun (the policy then asks who holds them); not the wounded or the
 * dead loaded into ambulances, nor people brought to safety.
 */
function forcedInto(tokens: readonly Token[], hedgedFrom: number, head: number): boolean {
  let at = head + 1;
  // ("12 workers and a driver into …": a noun or two more joined to the count's.)
  if (tokens[at]?.lower === "and")
    while (at < head + 4 && tokens[at + 1]?.kind === "word" && !INTO_OR_ONTO.has(tokens[at]!.lower))
      at++;
  return (
    INTO_OR_ONTO.has(tokens[at]?.lower ?? "") &&
    !RESCUED.has(tokens[head]!.lower) &&
    !rescueAfter(tokens, at + 1) &&
    holderOfTakingAt(tokens, hedgedFrom - 1) !== null
  );
}

/** Nouns of people (or bodies) a holder's forces bring out in a rescue, not a taking. */
const RESCUED = new Set([
  "survivors",
  "bodies",
  "corpses",
  "wounded",
  "injured",
  "casualties",
  "victims",
  "dead",
]);

/**
 * Words of a disaster or of safety in the few words after "from" / "out of": soldiers and police
 * rescue too ("Soldiers pulled 40 people out of the flooded houses", "the army had taken 5,000
 * residents from the flooded districts to higher ground").
 */
const RESCUE_WORDS = new Set([
  "rubble",
  "wreckage",
  "debris",
  "ruins",
  "water",
  "waters",
  "river",
  "sea",
  "flood",
  "floods",
  "flooded",
  "floodwaters",
  "collapsed",
  "burning",
  "fire",
  "flames",
  "mud",
  "safety",
  "safe",
  "higher",
  "hospital",
]);

/** How many words after "from" a word of rescue is looked for. */
const RESCUE_REACH = 8;

/** Whether a word of a disaster or of safety follows, in the count's sentence, within reach. */
function rescueAfter(tokens: readonly Token[], k: number): boolean {
  const sentence = tokens[k - 1]?.sentence;
  for (let j = k; j < Math.min(tokens.length, k + RESCUE_REACH); j++) {
    if (tokens[j]!.sentence !== sentence) return false;
    if (RESCUE_WORDS.has(tokens[j]!.lower)) return true;
  }
  return false;
}

/**
 * "recovered the bodies of three dead children": bodies are dead already; the verb before "the
 * bodies of" says what became of them (`bodies_recovered`).
 */
export function deadBodiesRecovered(
  unit: Unit | null,
  onHead: Measure | null,
  before: Measure | null,
): boolean {
  return unit === "bodies" && onHead === "killed" && before === "bodies_recovered";
}

/** Words between a count and "in the hands of" ("are still", "have been", "remain"). */
const BEFORE_IN_HANDS = new WordSet([
  "are",
  "were",
  "is",
  "was",
  "remain",
  "remained",
  "remains",
  "still",
  "now",
  "being",
  "been",
  "have",
  "has",
  "had",
  "reportedly",
  "believed",
  "to",
  "be",
  // ("fell into the hands of the rebels", "had fallen into rebel hands")
  "fell",
  "fallen",
]);

/** Words between "the hands of" and the holder's noun ("of the armed group"). */
const HANDS_HOLDER_REACH = 4;

const IN_INTO = new WordSet(["in", "into"]);

const PRISONERS_OF = new WordSet([
  "prisoners",
  "prisoner",
  "captives",
  "captive",
  "hostages",
  "hostage",
]);

/** How many words "in" may stand after the count's noun ("are still believed to be in …"). */
const IN_HANDS_REACH = 6;

/**
 * "Some 30 passengers are still in the hands of the kidnappers", "remain in rebel hands", "were in
 * the hands of the army for a month", "fell into the hands of the rebels": a count whose own
 * predicate puts it in someone's hands is held by them — `detained` in a state's, `hostage` in an
 * armed group's, as the holder lists name them — where the words after "in" read as a stay or
 * nothing. Null when the predicate says no such thing, or the hands are no holder's the lists know
 * ("in the hands of doctors", "of God"). `from` is the token after the count or its noun.
 */
export function inHandsOf(tokens: readonly Token[], from: number, to: number): Measure | null {
  let k = from;
  while (k < Math.min(to, from + IN_HANDS_REACH) && BEFORE_IN_HANDS.hasToken(tokens[k])) k++;
  // ("are prisoners of the rebels", "captives of the gang": held by whose prisoners they are.)
  if (k > from && PRISONERS_OF.hasToken(tokens[k]) && tokens[k + 1]?.lower === "of")
    return holderWithin(tokens, k + 2, to);
  if (k === from || !IN_INTO.hasToken(tokens[k])) return null;
  // ("in rebel hands", "in government hands")
  if (tokens[k + 2]?.lower === "hands" && tokens[k + 1]?.lower !== "the")
    return holderAt(tokens, k + 1);
  if (tokens[k + 1]?.lower !== "the" || tokens[k + 2]?.lower !== "hands") return null;
  if (tokens[k + 3]?.lower !== "of") return null;
  return holderWithin(tokens, k + 4, to);
}

/** The first holder named in the few words from `from` ("of the armed group"), or null. */
function holderWithin(tokens: readonly Token[], from: number, to: number): Measure | null {
  for (let j = from; j < Math.min(to, from + HANDS_HOLDER_REACH); j++) {
    const holder = holderAt(tokens, j);
    if (holder !== null) return holder;
  }
  return null;
}
