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
 * them by name: an exchange, an abduction and holding, a release or a taking right before the
 * count, dead bodies recovered); the rest run once per figure after it, on the few the grammar
 * gave one of these measures, with a bounded scan of the figure's clause and no allocation.
 * Table columns headed by such words are read here too (heldOrRemainsColumn).
 *
 * This file holds the decision, in the order above; each stage it asks is a file of its own:
 * held-query.ts (the query, the count's own predicate, the words the stages share),
 * held-early-decisions.ts (the early decisions), held-clause.ts (the one pass over a held
 * count's clause), held-release.ts (what ends a holding: release, return, escape, hand-over;
 * people sought or tried), held-holder.ts (who holds them), remains-stage.ts (the stage of
 * remains).
 */
import type { Measure } from "../model/claim.js";
import { holding, hospitalBefore, readHolding } from "./held-clause.js";
import {
  captured,
  DETAINED_NOUNS,
  deportedAsPunishment,
  fightersTakenWith,
  HELD_NOUNS,
  HOSTAGE_NOUNS,
  holderBefore,
  holderEarlier,
  holderOfTakingAt,
  keptBy,
  OTHER_HOLDERS,
  takenToHolding,
} from "./held-holder.js";
import type { CuesAt, HeldOrRemainsQuery } from "./held-query.js";
import {
  broughtToTrial,
  cameBack,
  escapedOr,
  releasedBefore,
  soughtNotHeld,
} from "./held-release.js";
import {
  forensicGoverns,
  graveContaining,
  identifiedAfter,
  identifiedBefore,
  remainsNamed,
  remainsNamedNear,
  stageAfter,
  stageBefore,
} from "./remains-stage.js";

const HELD: ReadonlySet<Measure> = new Set(["hostage", "detained"]);

/** Nouns of people held, whose own act outranks what the noun says (see heldOrRemains). */
const HELD_PEOPLE = new Set([...HELD_NOUNS, "strikers"]);

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
  // (A crowd or a place's people moved to a camp or a prison are held there: "Some 1,700
  // officers and men of the garrison were marched to government prison camps".)
  // ("keeping roughly 100 on board": a verb of keeping before the count, its holder named.)
  if (chosen === "population" || chosen === "participants") return takenToHolding(q) ?? keptBy(q);
  // ("86 leaders were deported to the southern islands": a punishment, detained by the
  // convention; a people deported from its homes stays displaced.)
  if (chosen === "displaced") return deportedAsPunishment(q) ? "detained" : null;
  const bodies = q.head?.unit === "bodies";
  // (However small: "four of them died there and five came home" — the figure grammar keeps an
  // `other` the policy decides, which says what became of people held, figure-measure.ts.)
  if (
    (HELD.has(chosen) || chosen === "killed" || chosen === "survivors" || q.undecided) &&
    !bodies &&
    cameBack(q, cuesAt)
  )
    return "other";
  if (chosen === "survivors") {
    if (bodies) return null;
    // ("Nineteen of the porters escaped or were let go": a release beside the escape says they
    // were held, as "escaped or were released" does with a cue of its own.)
    if (escapedOr(q)) {
      readHolding(q, null);
      if (holding.letGo) return "other";
    }
    // ("about 1,600 survivors were transferred to another camp": survivors of a killing, held.)
    return takenToHolding(q);
  }
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
    // ("about 300 detainees refused food for eleven days", "some 300 prisoners had taken part in
    // the outbreak": what people held did outranks the noun that says who they are, as a killing
    // does; protesters are `participants`, the eval set's convention. Only for a noun of people
    // held: "40 people took part in the riot and were arrested" are detained.)
    if (holding.protested && q.head && HELD_PEOPLE.has(q.tokens[q.head.index]!.lower))
      return "participants";
    if (chosen === "detained" && holding.keptIn && hospitalBefore(q)) return "wounded";
    if (q.inherited) return null;
    if (releasedBefore(q) || (chosen === "detained" && soughtNotHeld(q))) return "other";
    // (Whoever holds them: a holding to force a demand is hostage-taking, by the convention.)
    if (holding.purpose) return chosen === "hostage" ? null : "hostage";
    const holder = holding.holderAfter ?? holderBefore(q);
    if (holder !== null) return holder;
    // ("Some 45 villagers were taken away for questioning": with no holder named, the procedure
    // is a state's — police or soldiers question and screen the people they hold.)
    if (chosen === "hostage" && holding.statePurpose) return "detained";
    // "the 1,050 rebels taken prisoner": armed men who are not a state's are held by one.
    if (chosen === "hostage" && q.head && OTHER_HOLDERS.has(q.tokens[q.head.index]!.lower))
      return "detained";
    // ("29 of the attackers had been killed and three captured alive": more of them, likewise;
    // "c. 3,400 captured", "120 were taken prisoner": a capture with no holder named is one in
    // the fighting, by the side that holds its prisoners.)
    if (chosen === "hostage" && (fightersTakenWith(q) || captured(q))) return "detained";
    // ("around 70 detainees were taken away in two buses": with no holder named, the noun says
    // who held them; the verb of taking says only that they were moved.)
    const noun = q.head ? q.tokens[q.head.index]!.lower : "";
    if (chosen === "hostage" && DETAINED_NOUNS.has(noun)) return "detained";
    if (chosen === "detained" && HOSTAGE_NOUNS.has(noun)) return "hostage";
    // ("Soldiers gathered the men of the village. Nineteen were taken away in two trucks.": a
    // state that gathered them earlier took them; only a state's, for the people others gather
    // are often the ones they hold, and the nouns "hostages", "captives" say more.)
    if (chosen === "hostage" && !HOSTAGE_NOUNS.has(noun) && holderEarlier(q) === "detained")
      return "detained";
    return null;
  }
  if (chosen === "other" && !q.undecided) {
    // A release the cues read ("five were freed after a ransom was paid"): said to be one, so
    // that the grammar keeps it however small (chooseMeasure asks only of small counts).
    readHolding(q, null);
    if (holding.leftHeld) return heldBeforeRelease(q, cuesAt);
    return holding.letGo ? "other" : null;
  }
  if (chosen === "other" && q.undecided) {
    // A part of people held that no cue decided: "After questioning, 210 of them were let go",
    // "eleven of those entered in the register cannot now be traced".
    readHolding(q, null);
    if (holding.lostTrace) return "missing";
    if (holding.letGo) return "other";
    if (holding.leftHeld) return heldBeforeRelease(q, cuesAt);
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
    // ("exhumed the remains of 131 individuals … . Ninety-eight of them had been identified",
    // "33 were identified by relatives": the count's own identification, of remains named in its
    // sentence or the one before — with none named, "41 of the dead had been identified by
    // evening" says who the dead were.)
    if (identifiedAfter(q) && (bodies || remainsNamedNear(q))) return "forensic_examined";
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

/** How far back in its sentence the holding before "all but N … released" is looked for. */
const HOLDING_REACH = 40;

/**
 * The measure of those a release left held ("about 4,000 people had been arrested … and that all
 * but about 200 had been released", "the gunmen seized 40 passengers; all but 12 were later
 * freed"): the holding their sentence names before them — its holder if one is named, else the
 * nearest word of holding — or null if it names none ("all but three of the trapped miners were
 * rescued" were held by no one). The eval set's convention: those still held after a partial
 * release keep the measure of the holding.
 */
function heldBeforeRelease(q: HeldOrRemainsQuery, cuesAt: CuesAt): Measure | null {
  const { tokens } = q;
  const holder = holderOfTakingAt(tokens, q.hedgedFrom - 1);
  if (holder !== null) return holder;
  const sentence = tokens[q.hedgedFrom]!.sentence;
  for (let k = q.hedgedFrom - 1; k >= Math.max(0, q.hedgedFrom - HOLDING_REACH); k--) {
    if (tokens[k]!.sentence !== sentence) return null;
    // ("All the hostages except 12 were freed": the noun of people held says who holds them.)
    const w = tokens[k]!.lower;
    if (HOSTAGE_NOUNS.has(w)) return "hostage";
    if (DETAINED_NOUNS.has(w)) return "detained";
    const cues = cuesAt(tokens, k, null);
    if (cues.includes("hostage")) return "hostage";
    if (cues.includes("detained")) return "detained";
  }
  return null;
}

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
