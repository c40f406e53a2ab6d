/**
 * Remains: a count of bodies or remains follows the stage its verb names, not the place it
 * names — identified or examined (`forensic_examined`), found, exhumed or recovered
 * (`bodies_recovered`), buried or reburied (`buried`). A stage of its own because it reads
 * other words (stages, graves, forensic work) than the held people's policy, which shares only
 * the query and the decision with it.
 */
import type { Measure } from "../model/claim.js";
import {
  BEFORE_VERB,
  type CuesAt,
  type HeldOrRemainsQuery,
  RELEASE_FILLERS,
} from "./held-query.js";
import type { Token } from "./tokens.js";

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

/** Prepositions by which a forensic word before the count governs it ("examinations on 48"). */
const FORENSIC_LINKS = new Set(["on", "of", "to", "for"]);

/** Whether the count's sentence names remains (else a stage verb may be said of the living). */
export function remainsNamed(q: HeldOrRemainsQuery): boolean {
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
export function identifiedBefore(q: HeldOrRemainsQuery): boolean {
  const { tokens } = q;
  for (let k = q.hedgedFrom - 1; k >= Math.max(q.clause.from, q.hedgedFrom - 3); k--) {
    if (IDENTIFY_VERBS.has(tokens[k]!.lower)) return tokens[k + 1]?.lower !== "as";
    if (!RELEASE_FILLERS.has(tokens[k]!.lower)) return false;
  }
  return false;
}

/**
 * "Ninety-eight of them had been identified", "33 were identified by relatives", "So far 96 of
 * the dead have been identified": the count's own predicate is identification — a copula, then
 * "identified" ("identified as students" names them, and is no forensic work). Read from the
 * token after the number, so that a noun the head reader found past the verb ("identified by
 * relatives") does not hide it.
 */
export function identifiedAfter(q: HeldOrRemainsQuery): boolean {
  const { tokens } = q;
  let k = q.after;
  // ("96 of the dead have been identified", "12 bodies were identified": past the count's noun
  // or its whole to its verb — not past a copula to a noun after it.)
  const next = tokens[k]?.lower ?? "";
  if (q.head && q.head.index >= k && (next === "of" || !BEFORE_VERB.has(next)))
    k = q.head.index + 1;
  const to = Math.min(q.clause.to, k + 8);
  let copula = false;
  while (k < to && BEFORE_VERB.has(tokens[k]!.lower)) {
    copula ||= COPULAS.has(tokens[k]!.lower);
    k++;
  }
  return copula && k < to && IDENTIFY_VERBS.has(tokens[k]!.lower) && tokens[k + 1]?.lower !== "as";
}

/** The forms of "be" that make "identified" after them a passive said of the count. */
const COPULAS = new Set(["been", "were", "was", "are", "is", "be"]);

/** How far back the sentence before a count is searched for remains, in tokens. */
const EARLIER_REACH = 40;

/**
 * Whether remains are named in the count's sentence or the one before it: "exhumed the remains
 * of 131 individuals from … three graves. Ninety-eight of them had been identified" — a part
 * counted in the next sentence is still of the remains ("Doctors said 41 of the dead had been
 * identified by evening", with no remains named, established who the dead were).
 */
export function remainsNamedNear(q: HeldOrRemainsQuery): boolean {
  if (remainsNamed(q)) return true;
  const { tokens } = q;
  const sentence = tokens[q.hedgedFrom]!.sentence;
  for (let k = q.hedgedFrom - 1; k >= Math.max(0, q.hedgedFrom - EARLIER_REACH); k--) {
    const s = tokens[k]!.sentence;
    if (s < sentence - 1) break;
    if (REMAINS_WORDS.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/**
 * The stage a verb right before the count names, across "the remains of" or "the bodies of"
 * ("exhumed the remains of 97 individuals", "buried 22 of the victims"); identification is
 * read by identifiedBefore.
 */
export function stageBefore(q: HeldOrRemainsQuery): Measure | null {
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
export function graveContaining(q: HeldOrRemainsQuery): Measure | null {
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
export function stageAfter(q: HeldOrRemainsQuery): Measure | null {
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
export function forensicGoverns(q: HeldOrRemainsQuery, cuesAt: CuesAt): boolean {
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

/** Verbs that give names to remains ("put names to 41", "has given names to 12"). */
const NAMING_VERBS = new Set(["put", "puts", "putting", "given", "gave", "give", "giving"]);

/**
 * "its teams have exhumed about 1,100 sets of remains and identified some 650", "dug up the
 * remains of 58 people … and has since put names to 41", "DNA analysis has identified 118": a
 * count with no noun of its own right after a verb of identification (or "put names to"), with
 * remains named before it in its sentence or the one before, counts the remains identified —
 * `forensic_examined`. (Identification with no remains named says who people were: "police
 * identified 40" is no forensic count.) `hedgedFrom` is the count's first token, past its hedge.
 */
export function identifiedRemainsAt(tokens: readonly Token[], hedgedFrom: number): boolean {
  const before = tokens[hedgedFrom - 1]?.lower;
  const verb = IDENTIFY_VERBS.has(before ?? "")
    ? hedgedFrom - 1
    : before === "to" &&
        tokens[hedgedFrom - 2]?.lower === "names" &&
        NAMING_VERBS.has(tokens[hedgedFrom - 3]?.lower ?? "")
      ? hedgedFrom - 3
      : -1;
  if (verb < 0) return false;
  const sentence = tokens[verb]!.sentence;
  for (let k = verb - 1; k >= Math.max(0, verb - EARLIER_REACH); k--) {
    if (tokens[k]!.sentence < sentence - 1) return false;
    if (REMAINS_WORDS.has(tokens[k]!.lower)) return true;
  }
  return false;
}
