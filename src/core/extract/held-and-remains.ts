/**
 * People held and remains: the measures the cue order confuses most on text it was not tuned on
 * (hostage read as detained and back, the missing read as held, a release read as a holding,
 * identified remains read as found or buried). The cue grammar (figure-measure.ts) reads the
 * nearest word; here the same count is decided by what the eval set's conventions say decides
 * it, in one place:
 *
 * - Held people. A count of people held is decided by (1) what became of them, in the count's
 *   own predicate: taken "and shot", "were killed while in custody" are `killed`; "never seen
 *   again", "no news of them", "whereabouts unknown" `missing`, whatever took them; (2) a
 *   release that governs the count ("released 30 detainees", "exchanged only 212 detainees",
 *   "were handed over to the Red Cross" — to kin, a relief body or envoys, not to a holder;
 *   "were sent home"): `other`, however small the count (the grammar keeps it, as it keeps a
 *   capacity), as are people sought and not held ("4,000 were being sought"); (3) the purpose of
 *   the holding ("for ransom", "as hostages"): `hostage`; (4) the holder named by "by", "in the
 *   hands of" or "in the custody of": a state (police, soldiers, the army, the authorities, a
 *   court) holds `detained` people, anyone else (an armed group, rebels, kidnappers) `hostage`s;
 *   rebels or militiamen "taken prisoner" are held by a state. People brought to trial ("a court
 *   tried 23 gendarmes") are `detained`, by the eval set's convention. What is not decided here
 *   stays as the cue grammar read it.
 * - Remains. A count of remains follows the stage its verb names, not the place it names:
 *   "identified 98 of them" and post-mortem examinations "on all 14 deceased" are
 *   `forensic_examined`; "have been found in clandestine graves" were recovered
 *   (`bodies_recovered`), the graves being where they lay, not a burial count; "were reburied"
 *   `buried`. (Bodies counted where they lay stay the toll, `killed`: the grammar reads that.)
 *
 * A few decisions are taken early, where the cue grammar's order of trust places them (it calls
 * the predicates below by name: an exchange, an abduction and holding, a release or a taking
 * right before the count, dead bodies recovered); the rest run once per figure after it, on the
 * few the grammar gave one of these measures, with a bounded scan of the figure's clause and no
 * allocation. Table columns headed by such words are read here too (heldOrRemainsColumn).
 */
import type { Measure, Unit } from "../model/claim.js";
import { boundToAnother } from "./cue-binding.js";
import { phraseAt } from "./figure-context.js";
import type { Head } from "./figure-measure.js";
import type { Token } from "./tokens.js";

/** The cue measures token k starts (figure-measure.ts's reading, passed in: no import cycle). */
export type CuesAt = (tokens: readonly Token[], k: number, head: Head | null) => readonly Measure[];

export interface HeldOrRemainsQuery {
  readonly tokens: readonly Token[];
  /** First token of the count with its hedge, and the token after its number. */
  readonly hedgedFrom: number;
  readonly after: number;
  /** The count's noun, if any ("detainees", "bodies"). */
  readonly head: Head | null;
  readonly clause: { readonly from: number; readonly to: number };
  /** True for a member or a repetition of another count: only its own predicate is read. */
  readonly inherited: boolean;
  /** True when the grammar's `other` is no cue's decision (none found, or none chosen). */
  readonly undecided: boolean;
}

/** How far past the count its own predicate is read, in tokens. */
const PREDICATE_REACH = 14;

// ---- Early decisions, where the cue order places them (figure-measure.ts chooseByCues) ------

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

/** "gunmen took 276 schoolgirls from the school": people taken from a place were seized. */
export function takenFrom(tokens: readonly Token[], hedgedFrom: number, head: number): boolean {
  return (
    TOOK_TAKE_TAKES_TAKING.has(tokens[hedgedFrom - 1]?.lower ?? "") &&
    FROM_OR_AWAY.has(tokens[head + 1]?.lower ?? "")
  );
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

// ---- Held people ----------------------------------------------------------------------------

/**
 * Holders that are a state: the people they hold are detained (arrested, interned, in custody).
 * "units" and "forces" are a state's unless a word before them names others ("rebel forces"):
 * the first holder word after "by" decides.
 */
const STATE_HOLDERS = new Set([
  "police",
  "policemen",
  "gendarmes",
  "gendarmerie",
  "soldiers",
  "troops",
  "army",
  "military",
  "navy",
  "marines",
  "authorities",
  "government",
  "regime",
  "state",
  "security",
  "officers",
  "units",
  "forces",
  "guards",
  "court",
  "courts",
  "prison",
  "prisons",
  "ministry",
  "immigration",
  "coastguard",
  "customs",
]);
/** Holders that are not a state: the people they hold are hostages (convention in the eval set). */
const OTHER_HOLDERS = new Set([
  "rebel",
  "rebels",
  "insurgents",
  "insurgent",
  "guerrillas",
  "guerrilla",
  "gunmen",
  "kidnappers",
  "abductors",
  "captors",
  "militants",
  "militia",
  "militias",
  "militiamen",
  "bandits",
  "pirates",
  "smugglers",
  "traffickers",
  "group",
  "groups",
  "gang",
  "gangs",
  "band",
  "attackers",
  "raiders",
  "fighters",
  "jihadists",
  "terrorists",
  "hijackers",
  "separatists",
]);
/**
 * The measure of people held by the holder token j names: a state's `detained`, anyone else's
 * `hostage`; "armed" names others unless a state's noun follows ("armed men", not "armed police").
 */
function holderAt(tokens: readonly Token[], j: number): Measure | null {
  const h = tokens[j]!.lower;
  if (OTHER_HOLDERS.has(h)) return "hostage";
  if (STATE_HOLDERS.has(h)) return "detained";
  if (h === "armed" && !STATE_HOLDERS.has(tokens[j + 1]?.lower ?? "")) return "hostage";
  return null;
}
/** Nouns of people a state holds, and of people others hold ("prisoners" may be either's). */
const DETAINED_NOUNS = new Set(["detainees", "detainee", "inmates", "internees", "convicts"]);
const HOSTAGE_NOUNS = new Set(["hostages", "hostage", "captives", "abductees"]);
/** Words between "by" and the holder's noun ("by the armed group", "by plain - clothes units"). */
const HOLDER_REACH = 4;
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
/** Words a release verb may stand before the count across ("released a group of 30"). */
const RELEASE_FILLERS = new Set([
  "a",
  "the",
  "all",
  "only",
  "some",
  "another",
  "further",
  "group",
  "total",
  "of",
  "at",
  "least",
  "about",
  "around",
  "nearly",
  "almost",
  "over",
  "more",
  "than",
]);
const NEGATIONS = new Set(["not", "never", "n't", "yet"]);
/** Words by which a release covers only part of a count ("had mostly been freed"): still held. */
const PART_ONLY = new Set(["mostly", "largely", "partly", "partially"]);
/** Words right before a count that a later "go" or "free" completes ("let 40 go", "set 12 free"). */
const LET_OR_SET = new Set(["let", "set"]);

/**
 * Where the count's own predicate ends: at a comma, a semicolon, a colon, the sentence's end, or
 * another count ("and 30 were later freed"). A number after a preposition or a name is a date
 * or a place ("on 24 July", "Room 3"), not a count, and the predicate reads on past it — the
 * clause the grammar reads stops at every number. So does a count joined to this one by "and"
 * before any verb ("40 inmates and 3 guards were killed", "seven guards and two nurses … were let
 * go": one predicate for both) and the whole of a part ("twelve of those 46 were … shot").
 */
function predicateEnd(q: HeldOrRemainsQuery, from: number): number {
  const { tokens } = q;
  const sentence = tokens[q.hedgedFrom]!.sentence;
  const to = Math.min(tokens.length, from + PREDICATE_REACH);
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || t.text === ";" || t.text === ":") return k;
    // ("about 200 of them, who were taken away in lorries and killed": a relative clause after
    // the comma is the count's own predicate.)
    if (t.text === ",") {
      if (tokens[k + 1]?.lower === "who") continue;
      // ("11 hostages, among them all four of the staff, were let out": members named between
      // commas are no predicate; the count's own follows them.)
      if (MEMBERS_OPENERS.has(tokens[k + 1]?.lower ?? "")) {
        let j = k + 2;
        while (j < to && tokens[j]!.text !== "," && tokens[j]!.sentence === sentence) j++;
        if (j < to && tokens[j]!.text === ",") {
          k = j;
          continue;
        }
      }
      return k;
    }
    // ("… and that at least two have been shot": a count in words, too, has a predicate of its own.)
    if (t.kind === "number" || (t.kind === "word" && COUNT_WORDS.has(t.lower))) {
      const before = tokens[k - 1]!;
      if (
        !(
          DATE_OR_PLACE_LINKS.has(before.lower) ||
          before.text !== before.lower ||
          (k - 1 === from && before.lower === "and" && nounAfter(tokens, k + 1)) ||
          (THOSE_THESE_THE.has(before.lower) && tokens[k - 2]?.lower === "of")
        )
      )
        return k;
    }
  }
  return to;
}
/** Numbers in words that may open another count in the predicate ("one" is mostly a pronoun). */
const COUNT_WORDS = new Set([
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "twenty",
  "thirty",
  "forty",
  "fifty",
  "hundreds",
  "dozens",
]);
const DATE_OR_PLACE_LINKS = new Set(["on", "in", "at", "since", "until", "by", "of", "from"]);
const THOSE_THESE_THE = new Set(["those", "these", "the"]);
const MEMBERS_OPENERS = new Set(["among", "including"]);
/** Whether token k may be a count's noun ("3 guards"), not its own verb ("12 disappeared"). */
function nounAfter(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.kind === "word" && !t.lower.endsWith("ed");
}

/** Verb forms of killing (the cue lists also hold nouns: "killings", "the dead"). */
const KILLED_VERB = /(ed|shot|slain|died)$/;
/** What may stand right before a verb of the count's own predicate ("and shot", "were killed"). */
const VERB_OPENERS = new Set(["and", "were", "was", "been", "later", "then", "subsequently"]);

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
]);

/** Words between a participle of taking and the count's own verb ("abducted in March"). */
const TAKEN_PHRASE_REACH = 4;

/**
 * `other` when people taken came back or got out: "Of those taken, twelve returned within a
 * month", "four of them died there and five came home", "where five were killed and two
 * escaped" — a return from captivity is a release and an escape from it is counted as one (the
 * eval set's conventions: "Only six came back", people who escaped are `other`). Only where the
 * sentence took, held or let go of them before the count, or a participle of taking stands
 * between the count and its verb ("two of the girls abducted in March escaped"): people who fled
 * and came back home, or escaped a fire or a massacre, are another story (`survivors`).
 */
function cameBack(q: HeldOrRemainsQuery, cuesAt: CuesAt): boolean {
  const { tokens } = q;
  let k = q.head ? q.head.index + 1 : q.after;
  while (BEFORE_OWN_VERB.has(tokens[k]?.lower ?? "")) k++;
  if (TAKING_WORDS.has(tokens[k]?.lower ?? "")) {
    for (const stop = k + TAKEN_PHRASE_REACH; k < stop; k++) if (cameBackAt(tokens, k)) return true;
    return false;
  }
  if (!cameBackAt(tokens, k)) return false;
  const sentence = tokens[q.hedgedFrom]!.sentence;
  for (let j = q.hedgedFrom - 1; j >= Math.max(0, q.hedgedFrom - 30); j--) {
    if (tokens[j]!.sentence !== sentence) return false;
    // ("Of those taken": taking is no cue of its own, for it is said of things as well; "Six
    // were released …; four escaped": people let go were held.)
    if (TAKING_WORDS.has(tokens[j]!.lower) || RELEASE_VERBS.has(tokens[j]!.lower)) return true;
    const cues = cuesAt(tokens, j, null);
    if (cues.includes("hostage") || cues.includes("detained")) return true;
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
function soughtNotHeld(q: HeldOrRemainsQuery): boolean {
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
function broughtToTrial(q: HeldOrRemainsQuery): boolean {
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
  return copula && TRIAL_VERBS.has(tokens[k]?.lower ?? "");
}

/** `other` when a release verb governs the count ("released a group of 30 detainees"). */
function releasedBefore(q: HeldOrRemainsQuery): boolean {
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

/** Verbs of holding that take the people held as their object ("the militia is holding 40"). */
const HOLDING_VERB_FORMS = new Set([
  "held",
  "holding",
  "hold",
  "holds",
  "kept",
  "keeping",
  "captured",
  "seized",
  "detained",
  "abducted",
  "kidnapped",
  "arrested",
]);
/** Verbs of taking people away, with the particle that makes them so ("took away", "rounded up"). */
const TAKING_AWAY = new Set([
  "took",
  "take",
  "takes",
  "taking",
  "dragged",
  "led",
  "carried",
  "marched",
  "hauled",
  "bundled",
  "rounded",
  "picked",
  "whisked",
]);
const AWAY_OFF_UP = new Set(["away", "off", "up"]);
/** Auxiliaries and adverbs between a holder and its verb ("police have reportedly arrested"). */
const HOLDER_AUXILIARIES = new Set([
  "has",
  "have",
  "had",
  "is",
  "are",
  "was",
  "were",
  "been",
  "still",
  "now",
  "reportedly",
  "also",
  "then",
  "later",
]);

/** The holder named as the subject of a verb of holding right before the count, or null. */
function holderBefore(q: HeldOrRemainsQuery): Measure | null {
  const { tokens } = q;
  let k = q.hedgedFrom - 1;
  while (k > q.clause.from && RELEASE_FILLERS.has(tokens[k]!.lower)) k--;
  // ("the police took away 41 men", "soldiers rounded up about 400": a taking names its taker;
  // "the soldiers took about twenty men from the market" as well, the particle after the count.)
  if (AWAY_OFF_UP.has(tokens[k]?.lower ?? "") && TAKING_AWAY.has(tokens[k - 1]?.lower ?? "")) k--;
  else if (
    !HOLDING_VERB_FORMS.has(tokens[k]?.lower ?? "") &&
    !TAKING_AWAY.has(tokens[k]?.lower ?? "")
  )
    return null;
  k--;
  while (k > q.clause.from && HOLDER_AUXILIARIES.has(tokens[k]!.lower)) k--;
  // ("Armed men from the hills have seized 40": the holder's noun a few words back.)
  for (let j = k; j >= Math.max(q.clause.from, k - HOLDER_REACH); j--) {
    const holder = holderAt(tokens, j);
    if (holder !== null) return holder;
    if (tokens[j]!.kind !== "word" && tokens[j]!.text !== "-") return subjectHolder(q, j);
  }
  return subjectHolder(q, Math.max(q.clause.from, k - HOLDER_REACH) - 1);
}

/** How far back in its sentence the subject of a verb of holding is looked for. */
const SUBJECT_REACH = 24;

/**
 * The holder named as the subject of the sentence, further back ("Gunmen who hijacked a bus on
 * a mountain highway … were still holding 23 people"): the nearest holder's noun before k.
 */
function subjectHolder(q: HeldOrRemainsQuery, k: number): Measure | null {
  const { tokens } = q;
  const sentence = tokens[q.hedgedFrom]!.sentence;
  for (let j = k; j >= Math.max(0, q.hedgedFrom - SUBJECT_REACH); j--) {
    if (tokens[j]!.sentence !== sentence) return null;
    // ("Police said the men were still holding 23": a source, not the holder.)
    if (SAYING.has(tokens[j + 1]!.lower)) continue;
    const holder = holderAt(tokens, j);
    if (holder !== null) return holder;
  }
  return null;
}
const SAYING = new Set(["said", "say", "says", "told", "reported", "claimed", "announced"]);

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

/** Words after "as" that name the holding's purpose ("held as hostages"). */
const HOSTAGE_WORDS = new Set(["hostages", "hostage"]);

/**
 * What a held count's clause says of it, read in one pass over the clause (readHolding) rather
 * than one scan per question. Module-level and overwritten by each call: nothing is allocated
 * per figure.
 */
const holding = {
  /**
   * The count's own predicate ends in a killing: "some 150 men were taken from Room 3 and
   * shot", "24 of the persons taken away were killed while in the custody of the Army" — the
   * fate outranks the holding that came before it.
   */
  killed: false,
  /**
   * The count's own predicate says they were not seen again or not heard of ("another 40 were
   * taken away in buses on 24 July and never seen again"). (The predicate ends at a comma: "980
   * were dragged away as hostages, and the fate of 114 of them is unknown" says the 114 are
   * missing, not the 980.)
   */
  lostTrace: false,
  /**
   * The count's own predicate lets them go: "were arrested and released the same day", "have
   * since been freed", "were granted bail" — people released are counted `other` (the eval
   * set's convention); "have not been released" are still held.
   */
  letGo: false,
  /** The clause names the holding's purpose: ransom, holding "as hostages", taking "N hostage". */
  purpose: false,
  /** The holder named after the count ("held by the group", "in the custody of the army"). */
  holderAfter: null as Measure | null,
  /** The predicate keeps them in a place ("were kept in overnight", "are still detained there"). */
  keptIn: false,
};

/**
 * Fills `holding` for the count of `q`: one pass from the purpose's reach to the clause's. With
 * no `cuesAt` (a count no cue decided: its predicate's cues were read by the grammar already) the
 * cue memo is not asked, and no fate is read but a lost trace no cue list holds.
 */
function readHolding(q: HeldOrRemainsQuery, cuesAt: CuesAt | null): void {
  const { tokens, head } = q;
  const from = head ? head.index + 1 : q.after;
  const predicateTo = predicateEnd(q, from);
  const holderTo = Math.min(q.clause.to, from + PREDICATE_REACH);
  const purposeFrom = Math.max(q.clause.from, q.hedgedFrom - PREDICATE_REACH);
  const purposeTo = Math.min(q.clause.to, q.after + PREDICATE_REACH);
  let killed = false;
  let lostTrace = false;
  let letGo: boolean | null = null;
  let purpose = false;
  let holder: Measure | null = null;
  // ("Soldiers took 60 men from the village to an army camp": the verb may stand before the count.)
  let moved = MOVING.has(tokens[q.hedgedFrom - 1]?.lower ?? "");
  let keptIn = false;
  // ("let 19 of their captives go": the release opens before the count and ends after it.)
  const letBefore = LET_OR_SET.has(tokens[q.hedgedFrom - 1]?.lower ?? "");
  const to = Math.max(predicateTo, holderTo, purposeTo);
  for (let k = Math.min(purposeFrom, from); k < to; k++) {
    const w = tokens[k]!.lower;
    if (!purpose && k >= purposeFrom && k < purposeTo)
      purpose =
        w === "ransom" ||
        w === "ransoms" ||
        (w === "as" && HOSTAGE_WORDS.has(tokens[k + 1]?.lower ?? "")) ||
        // ("soldiers took twelve of us hostage": the holding named as hostage-taking.)
        (HOSTAGE_WORDS.has(w) && k >= from && k <= from + 2);
    if (k < from) continue;
    if (k < predicateTo) {
      const opened = k > from && VERB_OPENERS.has(tokens[k - 1]!.lower) && KILLED_VERB.test(w);
      // ("eleven of those entered in the register cannot now be traced": no cue list holds it.)
      lostTrace ||= w === "traced" && notBefore(tokens, from, k);
      if (cuesAt !== null && (!lostTrace || (!killed && opened))) {
        const cues = cuesAt(tokens, k, head);
        lostTrace ||= cues.includes("missing");
        // ("beat 40 prisoners and executed 12 more": a verb with a count of its own is that
        // count's, cue-binding.ts.)
        killed ||=
          opened &&
          cues.includes("killed") &&
          !boundToAnother(tokens, k, k + 1, q.hedgedFrom, from);
      }
      if (letGo === null && (k > from || letBefore)) letGo = letGoAt(tokens, from, k, letBefore);
      keptIn ||= KEPT.has(w) && IN_THERE.has(tokens[k + 1]?.lower ?? "");
    }
    if (holder === null && k < holderTo) {
      moved ||= MOVING.has(w);
      holder = holderNamedAt(tokens, k, holderTo, moved);
    }
  }
  holding.killed = killed;
  holding.lostTrace = lostTrace;
  holding.letGo = letGo === true && !leftOut(tokens, q.hedgedFrom);
  holding.purpose = purpose;
  holding.holderAfter = holder;
  holding.keptIn = keptIn;
}

const KEPT = new Set(["kept", "detained", "held"]);
const IN_THERE = new Set(["in", "there", "overnight"]);
/** Words of a hospital that keeps people in: those kept are its patients, not detainees. */
const HOSPITAL_WORDS = new Set(["hospital", "hospitals", "clinic", "clinics", "infirmary", "ward"]);

/**
 * "52 were treated in hospital, of whom nine are still detained there", "412 were treated at
 * the city's hospitals; 23 were kept in overnight": people a hospital keeps are wounded (the
 * eval set's convention for the hurt), so a hospital named before the count decides it.
 */
function hospitalBefore(q: HeldOrRemainsQuery): boolean {
  const { tokens } = q;
  const sentence = tokens[q.hedgedFrom]!.sentence;
  for (let k = q.hedgedFrom - 1; k >= Math.max(0, q.hedgedFrom - 30); k--) {
    if (tokens[k]!.sentence !== sentence) return false;
    if (HOSPITAL_WORDS.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/** "all but 14 have been released", "except 9": the count is of those a release left held. */
function leftOut(tokens: readonly Token[], hedgedFrom: number): boolean {
  const before = tokens[hedgedFrom - 1]?.lower;
  return before === "except" || (before === "but" && tokens[hedgedFrom - 2]?.lower === "all");
}

/** Whether a negation stands in the three words before token k ("cannot now be traced"). */
function notBefore(tokens: readonly Token[], from: number, k: number): boolean {
  for (let j = k - 1; j >= Math.max(from, k - 3); j--) {
    const w = tokens[j]!.lower;
    if (w === "cannot" || NEGATIONS.has(w)) return true;
  }
  return false;
}

/** Whether token k lets the people go (true), says it did not (false), or is no such verb. */
function letGoAt(
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
    (w === "sent" && VERB_OPENERS.has(before) && sentHome(tokens, k)) ||
    (w === "handed" && VERB_OPENERS.has(before) && handedToOthers(tokens, k));
  if (!verb) return null;
  for (let j = k - 1; j >= Math.max(from, k - 4); j--)
    if (NEGATIONS.has(tokens[j]!.lower) || PART_ONLY.has(tokens[j]!.lower)) return false;
  return true;
}

/** Places of holding that people may be sent back to ("sent back to prison"): no release. */
const HOLDING_PLACES = new Set([
  "prison",
  "prisons",
  "jail",
  "jails",
  "gaol",
  "camp",
  "camps",
  "cell",
  "cells",
  "custody",
  "detention",
  "barracks",
]);
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

/** Verbs of moving people, after which "to" names where they were taken ("to the police station"). */
const MOVING = new Set([
  "taken",
  "took",
  "led",
  "dragged",
  "carried",
  "brought",
  "transferred",
  "moved",
  "sent",
  "driven",
  "marched",
  "transported",
  "handed",
]);

/**
 * The holder named at token k: "by the group", "in the hands of rebels", or, after a verb of
 * moving them, the place or people they were taken to ("taken from their homes to the police
 * station"); null if none.
 */
function holderNamedAt(
  tokens: readonly Token[],
  k: number,
  to: number,
  moved: boolean,
): Measure | null {
  const w = tokens[k]!.lower;
  if (w !== "by" && !(w === "to" && moved)) {
    if (!((w === "hands" || w === "custody") && tokens[k + 1]?.lower === "of")) return null;
    k++;
  }
  for (let j = k + 1; j <= Math.min(to - 1, k + HOLDER_REACH); j++) {
    const holder = holderAt(tokens, j);
    if (holder !== null) return holder;
    if (tokens[j]!.kind !== "word" && tokens[j]!.text !== "-") break;
  }
  return null;
}

// ---- Remains --------------------------------------------------------------------------------

/** Nouns of the dead whose count a forensic word before it may govern ("on all 14 deceased"). */
const DEAD_NOUNS = new Set([
  "deceased",
  "dead",
  "bodies",
  "body",
  "corpses",
  "remains",
  "skeletons",
  "victims",
]);
/** Words that say remains are the subject ("the exhumed", "graves", "forensic teams"). */
const REMAINS_WORDS = new Set([
  "bodies",
  "corpses",
  "remains",
  "skeletons",
  "graves",
  "grave",
  "exhumed",
  "exhumation",
  "exhumations",
  "forensic",
  "dna",
  "mortem",
]);
/** The verbs of identification, the forensic stage no cue list holds ("identified as" names). */
const IDENTIFY_VERBS = new Set(["identified", "identify", "identifies"]);
/** The stages a remains count's own verb may name, right after its copula. */
const STAGE_VERBS = new Map<string, Measure>([
  ["found", "bodies_recovered"],
  ["recovered", "bodies_recovered"],
  ["retrieved", "bodies_recovered"],
  ["exhumed", "bodies_recovered"],
  ["unearthed", "bodies_recovered"],
  ["discovered", "bodies_recovered"],
  ["identified", "forensic_examined"],
  ["examined", "forensic_examined"],
  ["autopsied", "forensic_examined"],
  ["buried", "buried"],
  ["reburied", "buried"],
  ["interred", "buried"],
  ["reinterred", "buried"],
]);
/** Auxiliaries and adverbs between a count (or "N of them") and its verb. */
const BEFORE_VERB = new Set([
  "of",
  "them",
  "these",
  "those",
  "have",
  "has",
  "had",
  "been",
  "were",
  "was",
  "are",
  "is",
  "be",
  "since",
  "now",
  "so",
  "far",
  "later",
  "then",
  "all",
  "already",
  "subsequently",
  "eventually",
  "also",
  "positively",
]);
/** Prepositions by which a forensic word before the count governs it ("examinations on 48"). */
const FORENSIC_LINKS = new Set(["on", "of", "to", "for"]);

/** Whether the count's sentence names remains (else a stage verb may be said of the living). */
function remainsNamed(q: HeldOrRemainsQuery): boolean {
  const { tokens } = q;
  const sentence = tokens[q.hedgedFrom]!.sentence;
  for (let k = q.hedgedFrom - 1; k >= Math.max(0, q.hedgedFrom - 30); k--) {
    if (tokens[k]!.sentence !== sentence) break;
    if (REMAINS_WORDS.has(tokens[k]!.lower)) return true;
  }
  for (let k = q.after; k < Math.min(tokens.length, q.after + 20); k++) {
    if (tokens[k]!.sentence !== sentence) break;
    if (REMAINS_WORDS.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/** "identified 98 of them", "has identified about 600": identification governs the count. */
function identifiedBefore(q: HeldOrRemainsQuery): boolean {
  const { tokens } = q;
  for (let k = q.hedgedFrom - 1; k >= Math.max(q.clause.from, q.hedgedFrom - 3); k--) {
    if (IDENTIFY_VERBS.has(tokens[k]!.lower)) return tokens[k + 1]?.lower !== "as";
    if (!RELEASE_FILLERS.has(tokens[k]!.lower)) return false;
  }
  return false;
}

/**
 * The stage a verb right before the count names, across "the remains of" or "the bodies of"
 * ("exhumed the remains of 97 individuals", "buried 22 of the victims"); identification is
 * read by identifiedBefore.
 */
function stageBefore(q: HeldOrRemainsQuery): Measure | null {
  const { tokens } = q;
  let k = q.hedgedFrom - 1;
  if (
    tokens[k]?.lower === "of" &&
    (tokens[k - 1]?.lower === "remains" || tokens[k - 1]?.lower === "bodies")
  )
    k -= tokens[k - 2]?.lower === "the" ? 3 : 2;
  for (const stop = Math.max(q.clause.from, k - 3); k >= stop; k--) {
    const stage = STAGE_VERBS.get(tokens[k]!.lower);
    if (stage) return stage === "forensic_examined" ? null : stage;
    if (!RELEASE_FILLERS.has(tokens[k]!.lower)) return null;
  }
  return null;
}

/** Words by which a grave or a pit holds the bodies counted ("a pit containing 28 bodies"). */
const CONTAINING = new Set(["containing", "contained", "holding", "with"]);

/**
 * "investigators found a pit near the town containing 28 bodies": bodies counted as what a
 * grave holds take the stage of the verb said of the grave (found, exhumed, unearthed).
 */
function graveContaining(q: HeldOrRemainsQuery): Measure | null {
  const { tokens } = q;
  let k = q.hedgedFrom - 1;
  while (k > q.clause.from && RELEASE_FILLERS.has(tokens[k]!.lower)) k--;
  if (!CONTAINING.has(tokens[k]?.lower ?? "")) return null;
  const sentence = tokens[q.hedgedFrom]!.sentence;
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
    if (tokens[j]!.sentence !== sentence || tokens[j]!.text === ";") return null;
    const stage = STAGE_VERBS.get(tokens[j]!.lower);
    if (stage) return stage;
  }
  return null;
}

/** The stage the count's own verb names, right after its copula ("have since been found"). */
function stageAfter(q: HeldOrRemainsQuery): Measure | null {
  const { tokens } = q;
  let k = q.head ? q.head.index + 1 : q.after;
  const to = Math.min(q.clause.to, k + 8);
  let copula = false;
  while (k < to && BEFORE_VERB.has(tokens[k]!.lower)) {
    copula ||= tokens[k]!.lower === "been" || tokens[k]!.lower === "were";
    k++;
  }
  if (!copula || k >= to) return null;
  const stage = STAGE_VERBS.get(tokens[k]!.lower);
  // ("were identified as students" names them; it is no forensic work.)
  if (stage === "forensic_examined" && tokens[k + 1]?.lower === "as") return null;
  return stage ?? null;
}

/** "post-mortem examinations were carried out on all 14 deceased": a forensic word governs. */
function forensicGoverns(q: HeldOrRemainsQuery, cuesAt: CuesAt): boolean {
  const { tokens } = q;
  // ("all 14 deceased": the noun of the dead may be read as the count's measure, not its head.)
  const noun = q.head ? q.head.index : q.after;
  if (!(q.head?.unit === "bodies" || DEAD_NOUNS.has(tokens[noun]?.lower ?? ""))) return false;
  let k = q.hedgedFrom - 1;
  while (k > q.clause.from && (tokens[k]!.lower === "all" || tokens[k]!.lower === "the")) k--;
  if (!FORENSIC_LINKS.has(tokens[k]?.lower ?? "")) return false;
  for (let j = k - 1; j >= Math.max(q.clause.from, k - 8); j--) {
    // ("the forensic team exhumed the remains of 31 persons": the nearest verb or noun of a
    // stage governs the count; a forensic word further back only names who did it.)
    if (STAGE_VERBS.has(tokens[j]!.lower) || tokens[j]!.lower === "remains") return false;
    if (cuesAt(q.tokens, j, q.head).includes("forensic_examined")) return true;
  }
  return false;
}

// ---- The decision ---------------------------------------------------------------------------

const HELD: ReadonlySet<Measure> = new Set(["hostage", "detained"]);
const REMAINS: ReadonlySet<Measure> = new Set([
  "bodies_recovered",
  "forensic_examined",
  "buried",
  "killed",
  "mutilated",
]);

/**
 * The measure of a count the cue grammar read as `chosen`, decided by the policy above for
 * people held and for remains; null when the policy does not decide it (the cues stand).
 */
export function heldOrRemains(
  q: HeldOrRemainsQuery,
  chosen: Measure,
  cuesAt: CuesAt,
): Measure | null {
  const bodies = q.head?.unit === "bodies";
  // (However small: "four of them died there and five came home" — the figure grammar keeps an
  // `other` the policy decides, which says what became of people held, figure-measure.ts.)
  if (
    (HELD.has(chosen) || chosen === "killed" || chosen === "survivors" || q.undecided) &&
    !bodies &&
    cameBack(q, cuesAt)
  )
    return "other";
  if (chosen === "survivors") return null;
  // ("Sixty-two were tried for mutiny and murder": the charge names a killing, the count the
  // people brought to trial, who are detained by the eval set's convention.)
  if (chosen === "killed" && !bodies && !q.inherited && broughtToTrial(q)) return "detained";
  if (HELD.has(chosen)) {
    readHolding(q, cuesAt);
    if (holding.killed) return "killed";
    if (holding.lostTrace) return "missing";
    // (For a part or a repetition too, "210 of them were let go", "All 224 had been released":
    // the release is its own predicate; "the 7,000 arrested had mostly been freed" are still
    // held.)
    if (holding.letGo) return "other";
    if (chosen === "detained" && holding.keptIn && hospitalBefore(q)) return "wounded";
    if (q.inherited) return null;
    if (releasedBefore(q) || (chosen === "detained" && soughtNotHeld(q))) return "other";
    // (Whoever holds them: a holding to force a demand is hostage-taking, by the convention.)
    if (holding.purpose) return chosen === "hostage" ? null : "hostage";
    const holder = holding.holderAfter ?? holderBefore(q);
    if (holder !== null) return holder;
    // "the 1,050 rebels taken prisoner": armed men who are not a state's are held by one.
    if (chosen === "hostage" && q.head && OTHER_HOLDERS.has(q.tokens[q.head.index]!.lower))
      return "detained";
    // ("around 70 detainees were taken away in two buses": with no holder named, the noun says
    // who held them; the verb of taking says only that they were moved.)
    const noun = q.head ? q.tokens[q.head.index]!.lower : "";
    if (chosen === "hostage" && DETAINED_NOUNS.has(noun)) return "detained";
    if (chosen === "detained" && HOSTAGE_NOUNS.has(noun)) return "hostage";
    return null;
  }
  if (chosen === "other" && !q.undecided) {
    // A release the cues read ("five were freed after a ransom was paid"): said to be one, so
    // that the grammar keeps it however small (chooseMeasure asks only of small counts).
    readHolding(q, null);
    return holding.letGo ? "other" : null;
  }
  if (chosen === "other" && q.undecided) {
    // A part of people held that no cue decided: "After questioning, 210 of them were let go",
    // "eleven of those entered in the register cannot now be traced".
    readHolding(q, null);
    if (holding.lostTrace) return "missing";
    if (holding.letGo) return "other";
    // ("the kidnappers are demanding a ransom for 25 schoolchildren": held for a ransom.)
    if (holding.purpose) return "hostage";
  }
  if (chosen === "other" && q.undecided && !q.inherited) {
    if (broughtToTrial(q)) return "detained";
    // ("…; 2,500 are being sought": decided, so that it does not count as the arrests before.)
    if (soughtNotHeld(q)) return "other";
  }
  // (An `other` for want of any cue may be a stage no cue list holds: "identified 187 of them".)
  if (REMAINS.has(chosen) || (chosen === "other" && q.undecided)) {
    // A word that governs the count is its own, even for a part or a repetition of another
    // count ("recovered 200 bodies and identified 193 of them").
    // (Identification is forensic only of remains: "the investigation had identified 46 persons
    // killed" established who they were.)
    if ((identifiedBefore(q) && (bodies || remainsNamed(q))) || forensicGoverns(q, cuesAt))
      return "forensic_examined";
    const before = stageBefore(q);
    // ("exhumed the remains of 97 individuals"; "the parish had buried 22 of the victims": a
    // burial said of the dead is theirs, a finding may be of the living.)
    if (before !== null && (bodies || (before === "buried" && chosen === "killed"))) return before;
    // ("recovered 40 bodies, and 31 of them were identified": a part's own stage is its own.)
    if (q.inherited) {
      const own = bodies || remainsNamed(q) ? stageAfter(q) : null;
      return own !== null && own !== chosen ? own : null;
    }
    if ((chosen === "killed" || chosen === "other") && !bodies) return null;
    if (!(bodies || remainsNamed(q))) return null;
    return stageAfter(q) ?? (bodies ? graveContaining(q) : null);
  }
  return null;
}

// ---- Table columns --------------------------------------------------------------------------

/** "Still held", "Still detained", "Remaining": a column of those a release left. */
const STILL_HELD = /^\s*(still\s+(held|detained|in\s+captivity)|remain(ing)?\b)/i;
/** "Identified", "Identified by DNA", "Of whom identified": a column of identification. */
const IDENTIFIED = /\bidentified\b/i;
const REMAINS_STAGES: ReadonlySet<Measure> = new Set([
  "bodies_recovered",
  "forensic_examined",
  "buried",
]);

/**
 * The measure of a table's column whose header names a holding or a stage the way a verb does,
 * from the other columns of its header row; null when the header's own words stand. "Taken
 * hostage | Released | Still held": those still held keep the measure of the holding (the eval
 * set's convention). "Exhumed | Identified | Reburied": identification beside other stages of
 * remains is forensic work (alone, "identified" may only say who they were).
 */
export function heldOrRemainsColumn(
  name: string,
  columns: readonly { readonly measure: Measure | null }[],
): Measure | null {
  if (STILL_HELD.test(name)) {
    const holding = columns.find((c) => c.measure === "hostage" || c.measure === "detained");
    return holding?.measure ?? null;
  }
  if (IDENTIFIED.test(name) && columns.some((c) => c.measure && REMAINS_STAGES.has(c.measure)))
    return "forensic_examined";
  return null;
}
