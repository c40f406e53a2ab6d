/**
 * The one pass over a held count's clause (readHolding): its fate (killed, trace lost), a release
 * in its own predicate, the holding's purpose, the holder named after it, a place that keeps
 * them — gathered into one module-level record rather than one scan per question, so that the
 * policy (held-and-remains.ts) reads each clause once and allocates nothing per figure.
 */
import type { Measure } from "../model/claim.js";
import { boundToAnother } from "./cue-binding.js";
import { holderNamedAt, MOVING } from "./held-holder.js";
import {
  type CuesAt,
  type HeldOrRemainsQuery,
  NEGATIONS,
  PREDICATE_REACH,
  predicateEnd,
  VERB_OPENERS,
} from "./held-query.js";
import { LET_OR_SET, leftOut, letGoAt } from "./held-release.js";
import type { Token } from "./tokens.js";
import { WordSet } from "./word-sets.js";

/** Verb forms of killing (the cue lists also hold nouns: "killings", "the dead"). */
const KILLED_VERB = /(ed|shot|slain|died)$/;

const SHIELDS = new Set(["shields", "shield"]);

/** Words after "as" that name the holding's purpose ("held as hostages"). */
const HOSTAGE_WORDS = new Set(["hostages", "hostage"]);

/**
 * What a held count's clause says of it, read in one pass over the clause (readHolding) rather
 * than one scan per question. Module-level and overwritten by each call: nothing is allocated
 * per figure.
 */
export const holding = {
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
  /**
   * The clause names a state's purpose for the holding ("taken away for questioning", "led away
   * for interrogation", "held for screening"): the procedure of police or soldiers, who hold
   * `detained` people, as a ransom names hostage-taking.
   */
  statePurpose: false,
  /** The holder named after the count ("held by the group", "in the custody of the army"). */
  holderAfter: null as Measure | null,
  /** The predicate keeps them in a place ("were kept in overnight", "are still detained there"). */
  keptIn: false,
  /**
   * The predicate lets them go, but the count is of those the release left ("all but about 200
   * had been released", "except 12"): still held.
   */
  leftHeld: false,
  /**
   * The count is the subject of an act of protest in its own predicate ("about 300 detainees
   * refused food for eleven days", "some 300 prisoners had taken part in the outbreak"): what
   * they did, not who they are.
   */
  protested: false,
};

/**
 * Fills `holding` for the count of `q`: one pass from the purpose's reach to the clause's. With
 * no `cuesAt` (a count no cue decided: its predicate's cues were read by the grammar already) the
 * cue memo is not asked, and no fate is read but a lost trace no cue list holds.
 */
export function readHolding(q: HeldOrRemainsQuery, cuesAt: CuesAt | null): void {
  const { tokens, head } = q;
  const from = head ? head.index + 1 : q.after;
  const predicateTo = predicateEnd(q, from);
  const holderTo = Math.min(q.clause.to, from + PREDICATE_REACH);
  const purposeFrom = Math.max(q.clause.from, q.hedgedFrom - PREDICATE_REACH);
  // (After the count, only its own predicate names its purpose: "140 of its members held by the
  // authorities, and a ransom" — the ransom is demanded for others; "twelve of us hostage" is
  // read right after the count.)
  const purposeTo = Math.min(
    q.clause.to,
    q.after + PREDICATE_REACH,
    Math.max(predicateTo, q.after + 3),
  );
  let killed = false;
  const wholeOfPart =
    tokens[q.hedgedFrom - 1]?.lower === "of" ||
    (tokens[q.hedgedFrom - 2]?.lower === "of" && tokens[q.hedgedFrom - 1]?.lower === "the");
  let lostTrace = false;
  let letGo: boolean | null = null;
  let purpose = false;
  let statePurpose = false;
  let holder: Measure | null = null;
  // ("Soldiers took 60 men from the village to an army camp": the verb may stand before the count.)
  let moved = MOVING.has(tokens[q.hedgedFrom - 1]?.lower ?? "");
  let keptIn = false;
  let protested = false;
  // (Only an act the count itself does: a passive, a relative clause or a clause of reason
  // before it makes it someone else's, or the cause of a holding — "86 persons were arrested for
  // taking part in the disorders" are detained.)
  let ownAct = true;
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
        // ("held as human shields": people held to deter an attack are held to force a demand.)
        (w === "as" &&
          tokens[k + 1]?.lower === "human" &&
          SHIELDS.has(tokens[k + 2]?.lower ?? "")) ||
        // ("soldiers took twelve of us hostage": the holding named as hostage-taking.)
        (HOSTAGE_WORDS.has(w) && k >= from && k <= from + 2) ||
        // ("are held in exchange for imprisoned fighters", "taken as bargaining chips": held to
        // force an exchange, a demand by the convention — after the count only, where the
        // exchange is theirs.)
        (k >= from && w === "exchange" && tokens[k - 1]!.lower === "in") ||
        (k >= from && w === "bargaining" && tokens[k + 1]?.lower === "chips");
    if (!statePurpose && k >= from && k < purposeTo)
      statePurpose = w === "for" && STATE_PROCEDURES.hasToken(tokens[k + 1]);
    if (k < from) continue;
    if (k < predicateTo) {
      // ("Some 30 hostages died in captivity": the verb right after the count's noun is its own —
      // not the whole's of a part, "6,940 of the 15,000 prisoners died", which is the part's.)
      const opened =
        ((k === from && !wholeOfPart) || (k > from && VERB_OPENERS.has(tokens[k - 1]!.lower))) &&
        KILLED_VERB.test(w);
      // ("eleven of those entered in the register cannot now be traced": no cue list holds it.)
      // (Nor "could not be accounted for", "have never been accounted for": the negated form of
      // "unaccounted for", which the cue lists hold.)
      lostTrace ||=
        ((w === "traced" || (w === "accounted" && tokens[k + 1]?.lower === "for")) &&
          notBefore(tokens, from, k)) ||
        // ("of whom nothing has been heard since", "of them there is no word", "last seen in
        // police custody": the trace lost, said with "nothing", "no word" or "last seen".)
        (w === "heard" && nothingBefore(tokens, from, k)) ||
        (w === "word" && tokens[k - 1]!.lower === "no") ||
        // (The count's own predicate, "were last seen"; not a noun it is identified as, "seven
        // of them as men last seen in the camp", remains whose trace is found.)
        (w === "seen" && tokens[k - 1]!.lower === "last" && WERE_WAS.has(tokens[k - 2]!.lower));
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
      if (ownAct && !protested) {
        if (NOT_OWN_ACT.hasToken(tokens[k])) ownAct = false;
        else protested = protestAt(tokens, k);
      }
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
  holding.statePurpose = statePurpose;
  holding.holderAfter = holder;
  holding.keptIn = keptIn;
  holding.leftHeld = letGo === true && leftOut(tokens, q.hedgedFrom);
  holding.protested = protested;
}

/** A state's procedures people are held for ("for questioning", "for screening"). */
const STATE_PROCEDURES = new WordSet([
  "questioning",
  "interrogation",
  "interrogations",
  "screening",
  "investigation",
  "investigations",
  "identification",
  "verification",
  "processing",
  "identity",
]);

/** Words after which a verb of protest is not the count's own act (see readHolding's ownAct). */
const NOT_OWN_ACT = new WordSet([
  "who",
  "which",
  "that",
  "were",
  "was",
  "been",
  "being",
  "be",
  "for",
  "after",
  "because",
  "when",
  "before",
  "while",
]);

/** Verbs whose object names what the people refused ("refused food", "refusing meals"). */
const REFUSING = new WordSet(["refused", "refusing", "refuse", "refuses"]);

/** What people on hunger strike refuse. */
const FOOD = new WordSet(["food", "meals", "rations", "to"]);

/** "took part", "taking part", "have taken part". */
const TAKE_FORMS = new WordSet(["took", "taken", "taking", "take", "takes"]);

/** Verbs of protest a count of people held may itself do. */
const PROTEST_VERBS = new WordSet([
  "rioted",
  "mutinied",
  "rebelled",
  "revolted",
  "protested",
  "demonstrated",
]);

/** Acts of protest joined, staged or gone on ("joined the strike", "went on hunger strike"). */
const PROTEST_ACTS = new WordSet([
  "strike",
  "riot",
  "revolt",
  "rising",
  "uprising",
  "mutiny",
  "protest",
  "protests",
  "outbreak",
  "demonstration",
  "hunger",
  "sit",
]);

/** Verbs that join, stage or start an act of protest named within two words after them. */
const JOINING = new WordSet([
  "joined",
  "join",
  "staged",
  "stage",
  "launched",
  "began",
  "begun",
  "started",
  "went",
  "gone",
  "declared",
  "mounted",
]);

/**
 * Whether token k opens an act of protest the count does: refusing food or orders ("refused
 * food", "refused to put to sea"), taking part ("had taken part in the outbreak"), a verb of
 * protest ("rioted"), or joining, staging or going on one ("joined the strike", "went on hunger
 * strike") — protesters, strikers and crowds are `participants` (the eval set's convention),
 * whoever holds them.
 */
function protestAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (REFUSING.hasToken(t)) return FOOD.hasToken(tokens[k + 1]);
  if (TAKE_FORMS.hasToken(t)) return tokens[k + 1]?.lower === "part";
  if (PROTEST_VERBS.hasToken(t)) return true;
  if (!JOINING.hasToken(t)) return false;
  for (let j = k + 1; j <= k + 3; j++) if (PROTEST_ACTS.hasToken(tokens[j])) return true;
  return false;
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
export function hospitalBefore(q: HeldOrRemainsQuery): boolean {
  const { tokens } = q;
  const sentence = tokens[q.hedgedFrom]!.sentence;
  for (let k = q.hedgedFrom - 1; k >= Math.max(0, q.hedgedFrom - 30); k--) {
    if (tokens[k]!.sentence !== sentence) return false;
    if (HOSPITAL_WORDS.has(tokens[k]!.lower)) return true;
  }
  return false;
}

const WERE_WAS = new Set(["were", "was", "been", "are", "is"]);

/** Whether "nothing" or "no one" stands in the three words before token k ("nothing has been heard"). */
function nothingBefore(tokens: readonly Token[], from: number, k: number): boolean {
  for (let j = k - 1; j >= Math.max(from, k - 3); j--) {
    const w = tokens[j]!.lower;
    if (w === "nothing" || (w === "one" && tokens[j - 1]?.lower === "no")) return true;
  }
  return false;
}

/** Whether a negation stands in the three words before token k ("cannot now be traced"). */
function notBefore(tokens: readonly Token[], from: number, k: number): boolean {
  for (let j = k - 1; j >= Math.max(from, k - 3); j--) {
    const w = tokens[j]!.lower;
    if (w === "cannot" || NEGATIONS.has(w)) return true;
  }
  return false;
}
