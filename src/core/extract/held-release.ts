/**
 * What ends a holding, read in the count's own predicate or right before it: people released,
 * let go, freed on bail, sent home, handed to kin or to the Red Cross, who came back or escaped,
 * are counted `other` (the eval set's conventions); people sought and not held are `other` too,
 * people brought to trial `detained`. A stage of its own because the same words decide a count
 * whatever holder or purpose the clause names: what became of them outranks how they were held.
 */
import { phraseAt } from "./figure-context.js";
import { HELD_NOUNS } from "./held-holder.js";
import {
  BEFORE_VERB,
  type CuesAt,
  type HeldOrRemainsQuery,
  HOLDING_PLACES,
  NEGATIONS,
  predicateEnd,
  RELEASE_FILLERS,
  VERB_OPENERS,
} from "./held-query.js";
import type { Token } from "./tokens.js";

/** Verbs of release that, right before a count, say what became of it ("freed 1,100 captives"). */
const RELEASE_VERBS = new Set([
  "released",
  "freed",
  "exchanged",
  "swapped",
  "releases",
  "frees",
  // (Only of people already read as held: "troops rescued 27 hostages"; rescued miners survived.)
  "rescued",
  "liberated",
]);

/** Words by which a release covers only part of a count ("had mostly been freed"): still held. */
const PART_ONLY = new Set(["mostly", "largely", "partly", "partially"]);

/** Words right before a count that a later "go" or "free" completes ("let 40 go", "set 12 free"). */
export const LET_OR_SET = new Set(["let", "set"]);

/**
 * Phrases of coming back or getting out, as the count's own verb ("twelve returned", "five came
 * home", "two escaped").
 */
const CAME_BACK = [
  "returned",
  "came home",
  "came back",
  "come home",
  "come back",
  "got home",
  "escaped",
  "slipped away",
  "got away",
  // (An escape said as a feat or as a way out: "managed to escape", "broke out of the jail".)
  "managed to escape",
  "made their escape",
  "broke out",
];

/** Verbs of taking people that show they were held before they came back. */
const TAKING_WORDS = new Set(["taken", "took", "captured", "seized", "abducted", "kidnapped"]);

/** Words between a count and its own verb ("of them", "later", "had"). */
const BEFORE_OWN_VERB = new Set([
  "of",
  "them",
  "those",
  "these",
  "whom",
  "have",
  "has",
  "had",
  "later",
  "eventually",
  "since",
  "all",
  "only",
  "been",
]);

/** Words between a participle of taking and the count's own verb ("abducted in March"). */
const TAKEN_PHRASE_REACH = 4;

/**
 * `other` when people taken came back or got out: "Of those taken, twelve returned within a
 * month", "four of them died there and five came home", "where five were killed and two
 * escaped" — a return from captivity is a release and an escape from it is counted as one (the
 * eval set's conventions: "Only six came back", people who escaped are `other`). Only where the
 * sentence or the one before it took, held or let go of them before the count, or a participle
 * of taking stands between the count and its verb ("two of the girls abducted in March
 * escaped"): people who fled and came back home, or escaped a fire or a massacre, are another
 * story (`survivors`).
 */
export function cameBack(q: HeldOrRemainsQuery, cuesAt: CuesAt): boolean {
  const { tokens } = q;
  let k = q.head ? q.head.index + 1 : q.after;
  while (BEFORE_OWN_VERB.has(tokens[k]?.lower ?? "")) k++;
  if (TAKING_WORDS.has(tokens[k]?.lower ?? "")) {
    // (Within the count's own clause: "Of the 276 girls abducted, 57 escaped" — the escape after
    // the comma is the part's, not the whole's.)
    for (const stop = k + TAKEN_PHRASE_REACH; k < stop; k++) {
      if (tokens[k]?.kind === "punct") return false;
      if (cameBackAt(tokens, k)) return true;
    }
    return false;
  }
  if (!cameBackAt(tokens, k) && !fledHolding(tokens, k)) return false;
  // ("Only 12 returned alive from the camp": the place they came back from held them.)
  if (fromHolding(tokens, k)) return true;
  // ("Twelve prisoners escaped on Friday", "three hostages got away": the count's own noun says
  // they were held, as a taking in its sentence does.)
  if (q.head && HELD_NOUNS.has(tokens[q.head.index]!.lower)) return true;
  // (Or in the sentence before: "The garrison surrendered in June. About 800 of the men returned
  // in 1918" — not "Not one has returned", which counts no one.)
  if (NEGATIONS.has(tokens[q.hedgedFrom - 1]?.lower ?? "")) return false;
  const sentence = tokens[q.hedgedFrom]!.sentence;
  for (let j = q.hedgedFrom - 1; j >= Math.max(0, q.hedgedFrom - 30); j--) {
    if (tokens[j]!.sentence < sentence - 1) return false;
    // ("Of those taken": taking is no cue of its own, for it is said of things as well; "Six
    // were released …; four escaped": people let go were held.)
    if (TAKING_WORDS.has(tokens[j]!.lower) || RELEASE_VERBS.has(tokens[j]!.lower)) return true;
    const cues = cuesAt(tokens, j, null);
    if (cues.includes("hostage") || cues.includes("detained")) return true;
  }
  return false;
}

/**
 * Whether the count's own verb is an escape with another verb joined by "or" ("escaped or were
 * let go", "escaped or have been released"): what the other verb says of them is asked next.
 */
export function escapedOr(q: HeldOrRemainsQuery): boolean {
  const { tokens } = q;
  let k = q.head ? q.head.index + 1 : q.after;
  while (BEFORE_OWN_VERB.has(tokens[k]?.lower ?? "")) k++;
  return tokens[k]?.lower === "escaped" && tokens[k + 1]?.lower === "or";
}

/** Camps: they shelter people as well as hold them ("returned from the camps to their villages"). */
const CAMPS = new Set(["camp", "camps"]);

/**
 * Whether the words after a phrase of coming back at `k` name a holding it came back from
 * ("came home from prison", "came back from forced labour", "returned alive from the camp"):
 * "from" within four words, before any punctuation, then the place within three. A camp counts
 * only after "alive", which says it was a place people died in: people who "returned from the
 * camps to their villages" may have sheltered there, and came home.
 */
function fromHolding(tokens: readonly Token[], k: number): boolean {
  let alive = false;
  for (let j = k + 1; j <= k + 5; j++) {
    const t = tokens[j];
    if (t?.kind !== "word") return false;
    if (t.lower === "alive") alive = true;
    if (t.lower !== "from") continue;
    for (let m = j + 1; m <= j + 3; m++) {
      const w = tokens[m];
      if (w?.kind !== "word") return false;
      if (HOLDING_PLACES.has(w.lower)) return alive || !CAMPS.has(w.lower);
    }
    return false;
  }
  return false;
}

/**
 * "fled the prison", "fled from the jail": a flight out of a holding (not a camp, which shelters
 * people who flee as well as holds them) is an escape; "fled the town" is displacement.
 */
function fledHolding(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.lower !== "fled") return false;
  for (let j = k + 1; j <= k + 3; j++) {
    const w = tokens[j];
    if (w?.kind !== "word") return false;
    if (HOLDING_PLACES.has(w.lower)) return !CAMPS.has(w.lower);
  }
  return false;
}

/** Whether a phrase of coming back or getting out starts at token k. */
function cameBackAt(tokens: readonly Token[], k: number): boolean {
  for (const phrase of CAME_BACK) if (phraseAt(tokens, k, phrase) > 0) return true;
  return false;
}

/** Verbs of looking for people not yet held, before the count ("police were hunting 90"). */
const SEEKING_VERBS = new Set(["hunting", "seeking", "searching", "looking", "pursuing"]);

/** Words of people wanted, not held, after the count's copula ("4,000 were being sought"). */
const SOUGHT_WORDS = new Set(["sought", "wanted", "hunted", "large"]);

/** `other` when the people are looked for, not held: "4,000 were being sought". */
export function soughtNotHeld(q: HeldOrRemainsQuery): boolean {
  const { tokens } = q;
  for (let k = q.hedgedFrom - 1; k >= Math.max(q.clause.from, q.hedgedFrom - 3); k--) {
    if (SEEKING_VERBS.has(tokens[k]!.lower)) return true;
    if (!RELEASE_FILLERS.has(tokens[k]!.lower) && tokens[k]!.lower !== "for") break;
  }
  const from = q.head ? q.head.index + 1 : q.after;
  for (let k = from; k < Math.min(predicateEnd(q, from), from + 5); k++) {
    const w = tokens[k]!.lower;
    // ("remain at large", "were being sought", "are wanted")
    if (SOUGHT_WORDS.has(w) && (w !== "large" || tokens[k - 1]?.lower === "at")) return true;
  }
  return false;
}

/** Verbs of bringing to trial: the people tried are `detained` (the eval set's convention). */
const TRIAL_VERBS = new Set(["tried", "prosecuted", "convicted", "indicted", "arraigned"]);

/** "A district court tried 23 gendarmes", "23 were later convicted": a trial governs the count. */
export function broughtToTrial(q: HeldOrRemainsQuery): boolean {
  const { tokens } = q;
  for (let k = q.hedgedFrom - 1; k >= Math.max(q.clause.from, q.hedgedFrom - 3); k--) {
    if (TRIAL_VERBS.has(tokens[k]!.lower)) return true;
    if (!RELEASE_FILLERS.has(tokens[k]!.lower)) break;
  }
  // (Passive only after the count: "23 tried to flee" is another verb.)
  let k = q.head ? q.head.index + 1 : q.after;
  let copula = false;
  while (BEFORE_VERB.has(tokens[k]?.lower ?? "")) {
    copula ||= tokens[k]!.lower === "were" || tokens[k]!.lower === "been";
    k++;
  }
  if (copula && TRIAL_VERBS.has(tokens[k]?.lower ?? "")) return true;
  // ("23 face trial for the killings", "stood trial", "went on trial", "are on death row": the
  // trial or its sentence said with a noun, the people in it held by the convention.)
  const w = tokens[k]?.lower ?? "";
  if (FACE_STAND.has(w)) return tokens[k + 1]?.lower === "trial";
  if ((w === "went" || w === "go" || w === "goes") && tokens[k + 1]?.lower === "on")
    return tokens[k + 2]?.lower === "trial";
  return w === "on" && tokens[k + 1]?.lower === "death" && tokens[k + 2]?.lower === "row";
}

/** Verbs that take "trial" as their object for the accused ("face trial", "stood trial"). */
const FACE_STAND = new Set([
  "face",
  "faces",
  "faced",
  "facing",
  "stand",
  "stands",
  "stood",
  "standing",
]);

/** `other` when a release verb governs the count ("released a group of 30 detainees"). */
export function releasedBefore(q: HeldOrRemainsQuery): boolean {
  const { tokens } = q;
  for (let k = q.hedgedFrom - 1; k >= Math.max(q.clause.from, q.hedgedFrom - 5); k--) {
    const w = tokens[k]!.lower;
    if (RELEASE_VERBS.has(w)) {
      // "have not released 40": those are still held.
      for (let j = k - 1; j >= Math.max(0, k - 3); j--)
        if (NEGATIONS.has(tokens[j]!.lower)) return false;
      return true;
    }
    if (!RELEASE_FILLERS.has(w)) return false;
  }
  return false;
}

/** Verbs of letting people held go, as the count's own verb ("were later released on bail"). */
const LET_GO = new Set([
  "released",
  "freed",
  "rescued",
  "liberated",
  "exchanged",
  "swapped",
  "bailed",
  "pardoned",
  "amnestied",
  "acquitted",
  "paroled",
]);

/** "all but 14 have been released", "except 9": the count is of those a release left held. */
export function leftOut(tokens: readonly Token[], hedgedFrom: number): boolean {
  const before = tokens[hedgedFrom - 1]?.lower;
  return before === "except" || (before === "but" && tokens[hedgedFrom - 2]?.lower === "all");
}

/** Verbs after which "out" says that people held got out of the holding. */
const CAME_OR_BROUGHT = new Set(["came", "come", "brought"]);

/** "on strike" at token k. */
function onStrike(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.lower === "on" && tokens[k + 1]?.lower === "strike";
}

/** Whether token k lets the people go (true), says it did not (false), or is no such verb. */
export function letGoAt(
  tokens: readonly Token[],
  from: number,
  k: number,
  letBefore: boolean,
): boolean | null {
  const w = tokens[k]!.lower;
  const before = tokens[k - 1]!.lower;
  const verb =
    (LET_GO.has(w) && (VERB_OPENERS.has(before) || before === "since")) ||
    (w === "bail" && (before === "granted" || before === "on")) ||
    ((w === "go" || w === "free") && (LET_OR_SET.has(before) || letBefore)) ||
    (w === "out" && before === "let") ||
    // ("the remaining 77 hostages had been brought out", "Twenty-eight of the guards held hostage
    // came out unhurt", "were brought home safe": coming out of a holding is a release, the eval
    // set's convention; "came out on strike" is no way out of one.)
    (w === "out" && CAME_OR_BROUGHT.has(before) && !onStrike(tokens, k + 1)) ||
    (w === "home" && before === "brought") ||
    // ("walked free", "were allowed to go home", "were returned to their families": a release
    // said by what they may now do or whom they went back to.)
    (w === "free" && FREE_AFTER.has(before)) ||
    // ("have regained their freedom", "won their freedom", "were granted an amnesty", "were let
    // off with a warning", "were brought to safety", "were repatriated after the war".)
    (w === "freedom" && FREEDOM_VERBS.has(tokens[k - 2]?.lower ?? "")) ||
    (w === "granted" && grantedRelease(tokens, k)) ||
    (w === "off" && before === "let") ||
    (w === "safety" && before === "to" && TO_SAFETY.has(tokens[k - 2]?.lower ?? "")) ||
    (w === "repatriated" && VERB_OPENERS.has(before)) ||
    (w === "allowed" &&
      tokens[k + 1]?.lower === "to" &&
      GO_LEAVE.has(tokens[k + 2]?.lower ?? "")) ||
    (w === "returned" && VERB_OPENERS.has(before) && handedToOthers(tokens, k)) ||
    (w === "sent" && VERB_OPENERS.has(before) && sentHome(tokens, k)) ||
    (w === "handed" && VERB_OPENERS.has(before) && handedToOthers(tokens, k));
  if (!verb) return null;
  for (let j = k - 1; j >= Math.max(from, k - 4); j--)
    if (NEGATIONS.has(tokens[j]!.lower) || PART_ONLY.has(tokens[j]!.lower)) return false;
  return true;
}

/** Words before "free" that make it a release ("walked free", "are now free", "were free"). */
const FREE_AFTER = new Set(["walked", "now", "are", "were", "again"]);

/** Verbs before "their freedom" that give it back ("regained", "won", "were given"). */
const FREEDOM_VERBS = new Set(["regained", "won", "given", "granted", "recovered"]);

/** Verbs that bring people held to safety: a rescue, which the convention counts as a release. */
const TO_SAFETY = new Set(["brought", "led", "taken", "carried", "escorted", "flown"]);

/** What a release is granted as ("granted an amnesty", "granted a pardon", "granted release"). */
const GRANTS = new Set(["amnesty", "amnesties", "pardon", "pardons", "clemency", "release"]);

/** "were granted an amnesty", "granted a pardon", "granted release": a release by grant. */
function grantedRelease(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]?.lower ?? "";
  if (GRANTS.has(next)) return true;
  return (next === "an" || next === "a") && GRANTS.has(tokens[k + 2]?.lower ?? "");
}

/** What people let go are allowed to do ("allowed to go home", "allowed to leave"). */
const GO_LEAVE = new Set(["go", "leave", "return"]);

/** Words after "sent back to" before the place ("sent back to their home villages"). */
const SENT_REACH = 4;

/**
 * "52 of them had been sent home", "were sent back to their villages": people held who are sent
 * home or back are let go; "sent back to prison", "to the camp" are held again.
 */
function sentHome(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]?.lower;
  if (next === "home") return true;
  if (next !== "back") return false;
  const to = Math.min(tokens.length, k + 3 + SENT_REACH);
  for (let j = k + 2; j < to && tokens[j]!.kind === "word"; j++)
    if (HOLDING_PLACES.has(tokens[j]!.lower)) return false;
  return true;
}

/** Those to whom people held are handed when they are let go: kin, the Red Cross, envoys. */
const RELEASED_TO = new Set([
  "families",
  "family",
  "relatives",
  "parents",
  "kin",
  "cross",
  "crescent",
  "icrc",
  "unhcr",
  "embassy",
  "embassies",
  "consul",
  "consulate",
  "mediators",
  "envoys",
]);

const OVER_OR_BACK = new Set(["over", "back"]);

/** Words between "handed (over) to" and to whom ("to the International Committee of the Red Cross"). */
const HANDED_REACH = 6;

/**
 * "38 were handed over to the Red Cross", "were born in detention and handed to other
 * families": people handed to kin, to a relief body or to envoys are let go — a release (the
 * eval set's convention: people released are `other`). Handed to anyone else ("to the police",
 * "to the rebels", "to the camp's commander") they are still held.
 */
function handedToOthers(tokens: readonly Token[], k: number): boolean {
  // ("handed over to", "handed back to".)
  let j = OVER_OR_BACK.has(tokens[k + 1]?.lower ?? "") ? k + 2 : k + 1;
  if (tokens[j]?.lower !== "to") return false;
  const to = Math.min(tokens.length, j + 1 + HANDED_REACH);
  for (j++; j < to && tokens[j]!.kind === "word"; j++)
    if (RELEASED_TO.has(tokens[j]!.lower)) return true;
  return false;
}
