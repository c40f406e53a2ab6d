/**
 * Who holds the people a count counts: a state (police, soldiers, a court) holds `detained`
 * people, anyone else (an armed group, rebels, kidnappers) `hostage`s — the eval set's
 * convention that the holder, not the manner, decides. The holder is read where English names
 * it: after "by", "in the hands of", "in the custody of", after a verb of moving them ("taken to
 * the police station"), or as the subject of a verb of holding or taking right before the count
 * or further back in its sentence. A stage of its own because the policy asks it last, after
 * fate, release and purpose.
 */
import type { Measure } from "../model/claim.js";
import {
  FORCED_INTO,
  type HeldOrRemainsQuery,
  HOLDING_PLACES,
  predicateEnd,
  RELEASE_FILLERS,
  VERB_OPENERS,
} from "./held-query.js";
import { mayStartNumber } from "./number-words.js";
import type { Token } from "./tokens.js";
import { WordSet } from "./word-sets.js";

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
  // (The class completed from the language: a state's armed and policing bodies.)
  "constables",
  "constabulary",
  "troopers",
  "paratroopers",
  "commandos",
  "servicemen",
  "agents",
  "battalion",
  "brigade",
  "regiment",
  "garrison",
  "junta",
]);

/** Holders that are not a state: the people they hold are hostages (convention in the eval set). */
export const OTHER_HOLDERS = new Set([
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
  // (The class completed from the language: armed men who are no state's.)
  "tribesmen",
  "mercenaries",
  "paramilitaries",
  "irregulars",
  "partisans",
  "brigands",
  "outlaws",
  "marauders",
  "mutineers",
  "warlords",
  "extremists",
  "assailants",
]);

/**
 * The measure of people held by the holder token j names: a state's `detained`, anyone else's
 * `hostage`; "armed" names others unless a state's noun follows ("armed men", not "armed police").
 */
export function holderAt(tokens: readonly Token[], j: number): Measure | null {
  const h = tokens[j]!.lower;
  if (OTHER_HOLDERS.has(h)) return "hostage";
  if (STATE_HOLDERS.has(h)) return "detained";
  if (h === "armed" && !STATE_HOLDERS.has(tokens[j + 1]?.lower ?? "")) return "hostage";
  return null;
}

/** Nouns of people a state holds, and of people others hold ("prisoners" may be either's). */
export const DETAINED_NOUNS = new Set([
  "detainees",
  "detainee",
  "inmates",
  "internees",
  "convicts",
]);

export const HOSTAGE_NOUNS = new Set(["hostages", "hostage", "captives", "abductees"]);

/** Nouns of people held, whoever holds them ("prisoners" may be a state's or others'). */
export const HELD_NOUNS = new Set([...DETAINED_NOUNS, ...HOSTAGE_NOUNS, "prisoners", "prisoner"]);

/** Words between "by" and the holder's noun ("by the armed group", "by plain - clothes units"). */
const HOLDER_REACH = 4;

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
  "taken",
  "dragged",
  "pulled",
  "led",
  "carried",
  "marched",
  "hauled",
  "bundled",
  "rounded",
  "picked",
  "whisked",
  // (Verbs of forcing people into a vehicle or a room: "police loaded 63 women into vans".)
  ...FORCED_INTO,
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

/** Verbs of keeping people, whose object is held whatever its noun ("keeping roughly 100 on board"). */
const KEEPING = new Set(["holding", "held", "hold", "holds", "keeping", "kept", "keep", "keeps"]);

/**
 * The holder of a count a verb of keeping governs — "The hijackers released about 50
 * passengers …, keeping roughly 100 on board", "the gunmen kept 30 people in the hall" — where the
 * count's place or noun read as people on board or present (population): held by whom the
 * subject names; null with no verb of keeping right before the count, or no holder named.
 */
export function keptBy(q: HeldOrRemainsQuery): Measure | null {
  const { tokens } = q;
  let k = q.hedgedFrom - 1;
  while (k > q.clause.from && RELEASE_FILLERS.has(tokens[k]!.lower)) k--;
  return KEEPING.has(tokens[k]?.lower ?? "") ? holderBefore(q) : null;
}

/** The holder named as the subject of a verb of holding right before the count, or null. */
export function holderBefore(q: HeldOrRemainsQuery): Measure | null {
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
    // ("the security forces killed 41 bandits and captured 63 others": the bandits are what the
    // verb before acted on, the group the count is more of, not its holder.)
    if (countedBeforeAnd(tokens, j)) continue;
    const holder = holderAt(tokens, j);
    if (holder !== null) return holder;
    if (tokens[j]!.kind !== "word" && tokens[j]!.text !== "-") return subjectHolder(q, j);
  }
  return subjectHolder(q, Math.max(q.clause.from, k - HOLDER_REACH) - 1);
}

/**
 * Whether the holder's noun at token j is counted ("41 bandits", "29 of the attackers") and closes
 * a clause joined to the count's by "and" ("killed 41 bandits and captured 63 others"): people
 * the verb before acted on, not the subject of the holding.
 */
function countedBeforeAnd(tokens: readonly Token[], j: number): boolean {
  return tokens[j + 1]?.lower === "and" && holderAt(tokens, j) !== null && counted(tokens, j);
}

/** Whether a number counts the noun at token j ("41 bandits", "29 of the attackers"). */
function counted(tokens: readonly Token[], j: number): boolean {
  let n = j - 1;
  if (THE_THOSE.has(tokens[n]?.lower ?? "") && tokens[n - 1]?.lower === "of") n -= 2;
  const t = tokens[n];
  return t !== undefined && mayStartNumber(t) && t.lower !== "a" && t.lower !== "half";
}

const THE_THOSE = new Set(["the", "those"]);

/** How far back a clause joined to the count's by "and" is read for its counted group. */
const CONJUNCT_REACH = 8;

/**
 * Whether the count is more of an armed group counted in the clause joined to it by "and" — "29
 * of the attackers had been killed and three captured alive", "14 guerrillas were killed and 9
 * captured": fighters taken in the fighting are held by the side they fought, as "the 1,050
 * rebels taken prisoner" are (the count's own noun an armed group's).
 */
export function fightersTakenWith(q: HeldOrRemainsQuery): boolean {
  const { tokens } = q;
  const sentence = tokens[q.hedgedFrom]!.sentence;
  let joined = false;
  for (let j = q.hedgedFrom - 1; j >= Math.max(0, q.hedgedFrom - CONJUNCT_REACH); j--) {
    const t = tokens[j]!;
    if (t.sentence !== sentence || t.kind !== "word") return false;
    if (t.lower === "and") joined = true;
    else if (holderAt(tokens, j) !== null)
      return joined && OTHER_HOLDERS.has(t.lower) && counted(tokens, j);
  }
  return false;
}

/** Words after "taken" that make it a capture ("taken prisoner", "taken alive"). */
const PRISONER_OR_ALIVE = new Set(["prisoner", "prisoners", "alive"]);

/**
 * Whether a bare count's own verb is a capture — "c. 3,400 captured", "120 were taken prisoner",
 * "six were taken alive": the prisoners a side took in the fighting, which it holds (every such
 * count of the development half is labelled `detained`), unless a holder that is no state's is
 * named (asked first: "the rebels captured 35 soldiers" are hostages) or the taking's purpose is
 * a demand. So are fighters by their noun ("1,760 enemy soldiers have been captured"); a count
 * with a noun of people who are no fighters ("his wife and two children were taken prisoner", by
 * the attackers the sentence before) is left to the holder's words.
 */
export function captured(q: HeldOrRemainsQuery): boolean {
  const { tokens } = q;
  // ("120 were taken prisoner": the grammar may read "prisoner" as the count's noun; "1,760
  // enemy soldiers have been captured": fighters, whom a side takes in the fighting.)
  if (
    q.head !== null &&
    q.head.subgroup !== "combatants" &&
    !PRISONER_OR_ALIVE.has(tokens[q.head.index]!.lower)
  )
    return false;
  let k = q.hedgedFrom - 1;
  while (k > q.clause.from && RELEASE_FILLERS.has(tokens[k]!.lower)) k--;
  if (tokens[k]?.lower === "captured") return true;
  const end = predicateEnd(q, q.after);
  for (let j = q.after; j < end; j++) {
    const w = tokens[j]!.lower;
    if (w === "captured" || (PRISONER_OR_ALIVE.has(w) && tokens[j - 1]!.lower === "taken"))
      return true;
  }
  return false;
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

/**
 * The holder whose noun stands in the words before token k of its sentence, the subject of a
 * taking there ("the Governor's police have dragged 418 …"), or null; a source is no holder
 * ("Police said rescuers pulled …").
 */
export function holderOfTakingAt(tokens: readonly Token[], k: number): Measure | null {
  const sentence = tokens[k]!.sentence;
  for (let j = k - 1; j >= Math.max(0, k - SUBJECT_REACH); j--) {
    if (tokens[j]!.sentence !== sentence) return null;
    if (SAYING.has(tokens[j + 1]!.lower)) continue;
    const holder = holderAt(tokens, j);
    if (holder !== null) return holder;
  }
  return null;
}

/** How far back, into the sentence before the count's, a holder named earlier is looked for. */
const EARLIER_REACH = 40;

/** Verbs by which a holder gathers people before taking some of them away. */
const GATHERING = new Set([
  "gathered",
  "assembled",
  "rounded",
  "herded",
  "separated",
  "surrounded",
  "collected",
  "lined",
  "searched",
]);

/**
 * The holder who gathered people before the count, in its sentence or the one before, when the
 * count's own words name none ("Soldiers gathered the men of the village at dawn. Nineteen were
 * taken away in two trucks."; "the soldiers gathered the people in the chapel, separated about
 * 20 men and took them away"): the holder's noun as the subject of a verb of gathering.
 */
export function holderEarlier(q: HeldOrRemainsQuery): Measure | null {
  const { tokens } = q;
  const sentence = tokens[q.hedgedFrom]!.sentence;
  for (let j = q.hedgedFrom - 2; j >= Math.max(0, q.hedgedFrom - EARLIER_REACH); j--) {
    if (tokens[j]!.sentence < sentence - 1) return null;
    if (GATHERING.has(tokens[j + 1]!.lower)) {
      const holder = holderAt(tokens, j);
      if (holder !== null) return holder;
    }
  }
  return null;
}

const SAYING = new Set(["said", "say", "says", "told", "reported", "claimed", "announced"]);

/** Verbs of moving people, after which "to" names where they were taken ("to the police station"). */
export const MOVING = new Set([
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
export function holderNamedAt(
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

/** Particles between a verb of moving and "to" ("taken away to the camp"). */
const AWAY_OR_BACK = new Set(["away", "off", "back", "on"]);

/** Words between "to" and the place ("to the two camps", "to government prison camps"). */
const PLACE_REACH = 5;

/**
 * Words that make a camp one of shelter or care, not of holding ("a relief camp", "a tented camp
 * set up by the Red Cross", "the health centre"): people taken there are displaced or treated.
 */
const NOT_HELD_THERE = new Set([
  "relief",
  "refugee",
  "refugees",
  "displaced",
  "displacement",
  "idp",
  "tented",
  "tent",
  "tents",
  "aid",
  "cross",
  "crescent",
  "unhcr",
  "evacuation",
  "evacuees",
  "resettlement",
  "health",
  "medical",
  "holiday",
  "summer",
]);

/**
 * Who holds the people the count's own predicate moves to a place of holding — a camp, a prison,
 * a jail, barracks: "Some 1,700 officers and men of the garrison were marched to government
 * prison camps", "Nine men who were working in the fields were taken to the camp at …", "about
 * 1,600 survivors were transferred to another camp" — held there, whatever their noun or a cue
 * before said (a crowd, a place's people, survivors of a killing): `detained`, or `hostage` where
 * the place is named as others' ("to a rebel camp"); null when no such move is said. A camp of
 * relief or care ("moved to a tented camp", "a camp set up by the Red Cross", "taken to the
 * health centre") holds no one.
 */
export function takenToHolding(q: HeldOrRemainsQuery): Measure | null {
  const { tokens } = q;
  const from = q.head ? q.head.index + 1 : q.after;
  const end = predicateEnd(q, from);
  for (let k = from + 1; k < end; k++) {
    if (!MOVING.has(tokens[k]!.lower) || !VERB_OPENERS.has(tokens[k - 1]!.lower)) continue;
    let j = k + 1;
    if (AWAY_OR_BACK.has(tokens[j]?.lower ?? "")) j++;
    if (tokens[j]?.lower !== "to") return null;
    let holder: Measure = "detained";
    for (const stop = Math.min(end, j + 1 + PLACE_REACH); ++j < stop; ) {
      const w = tokens[j]!.lower;
      if (NOT_HELD_THERE.has(w) || tokens[j]!.kind !== "word") return null;
      if (OTHER_HOLDERS.has(w)) holder = "hostage";
      if (HOLDING_PLACES.has(w)) {
        for (let after = j + 1; after < end; after++)
          if (NOT_HELD_THERE.has(tokens[after]!.lower)) return null;
        return holder;
      }
    }
    return null;
  }
  return null;
}

/** Verbs of sending people away from their country or their island. */
const DEPORTED = new Set(["deported", "banished", "exiled"]);

/** Nouns of the people a movement's punishment singles out ("14 leaders of the committee"). */
const LEADERS = new Set([
  "leaders",
  "leader",
  "headmen",
  "chiefs",
  "ringleaders",
  "organisers",
  "organizers",
  "agitators",
]);

/**
 * Places a deportation sends people to be held — labour and concentration camps, a penal colony,
 * prison — which make it a punishment (`detained`); not a bare "camp", which may be the transit
 * or settlement camp of a people deported (`displaced`).
 */
const PUNISHED_THERE = new WordSet([
  "labour",
  "labor",
  "penal",
  "concentration",
  "internment",
  "prison",
  "prisons",
  "jail",
  "jails",
  "gulag",
]);

/** Words of a term ("for five years", "for 18 months"). */
const TERMS = new Set(["years", "year", "months", "month"]);

/** How far past the verb a term is looked for ("deported to other islands of the colony for …"). */
const TERM_REACH = 12;

/**
 * Whether the count's own predicate deports them as a punishment — the eval set's convention
 * (settled in the thirteenth round): persons deported to a place where they are held or
 * banished for a term are `detained`, like the sentenced; a people or a group deported from its
 * homes is `displaced`. Read from the count's noun, a movement's leaders ("14 leaders of the Tax
 * Committee were deported to other islands", "86 leaders were deported to the southern islands",
 * "six other headmen were deported to the island of …"), or a term after the verb ("300 were
 * deported to the islands for three years").
 */
export function deportedAsPunishment(q: HeldOrRemainsQuery): boolean {
  const { tokens } = q;
  const from = q.head ? q.head.index + 1 : q.after;
  const end = predicateEnd(q, from);
  for (let k = from; k < end; k++) {
    if (!DEPORTED.has(tokens[k]!.lower) || !VERB_OPENERS.has(tokens[k - 1]!.lower)) continue;
    if (q.head && LEADERS.has(tokens[q.head.index]!.lower)) return true;
    const sentence = tokens[k]!.sentence;
    for (let j = k + 1; j < Math.min(tokens.length - 2, k + TERM_REACH); j++) {
      if (tokens[j]!.sentence !== sentence) return false;
      if (tokens[j]!.lower === "for" && TERMS.has(tokens[j + 2]!.lower)) return true;
      // ("deported to labour camps", "exiled to a penal colony": a place that holds them.)
      if (PUNISHED_THERE.hasToken(tokens[j]) && j <= k + 1 + PLACE_REACH) return true;
    }
    return false;
  }
  return false;
}
