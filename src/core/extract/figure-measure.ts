/**
 * What a count counts: the measure, read from cue words around the number in a fixed order of
 * trust — a list the number belongs to, a word right before it ("killing 600", "population of
 * 7,000"), the verb after its noun ("… were taken hostage"), the noun itself ("487 wounded"),
 * then the nearest cue either side. Population and displacement are only read from close by,
 * because "population" and "fled" are common scene-setting words.
 *
 * This file holds the decision in one place: the query and the choice, the cue order's answer
 * (measure-by-cues.ts), then what may overrule it — the count's predicate frame, "before the …"
 * for a place's people, the policy for people held and remains. The stages it asks live beside
 * it: measure-cues.ts (the cue words at a token), measure-nearest-cue.ts (the nearest cue, the
 * cues after the clause's verb), measure-relatives.ts (relative clauses, lists, governing
 * phrases), measure-cue-checks.ts (what turns a cue away or tells its sense).
 */
import type { Measure, Subgroup } from "../model/claim.js";
import { heldOrRemains } from "./held-and-remains.js";
import { heldSpeaker } from "./held-speaker.js";
import { HEADS, WORD_MEASURE } from "./lexicon.js";
import { chooseByCues, frameOf } from "./measure-by-cues.js";
import { cuesAt, type Head } from "./measure-cues.js";
import { verbCueAt } from "./measure-relatives.js";
import type { NumberRead } from "./number-words.js";
import type { Token } from "./tokens.js";

export interface MeasureQuery {
  readonly tokens: readonly Token[];
  readonly r: NumberRead;
  readonly hi: NumberRead;
  readonly head: Head | null;
  readonly clause: { readonly from: number; readonly to: number };
  /** First token of the number with its hedge ("at least"). */
  readonly hedgedFrom: number;
  /** The measure of the figure this one is a member or a repetition of. */
  readonly inherited: Measure | null;
  /** True when the inherited measure is a list's (a member), not a repetition's. */
  readonly member?: boolean;
  /** True when the inherited measure is an `other` for want of any cue. */
  readonly inheritedUncued?: boolean;
  /** True when the count is a group's own size ("We were ninety-two", figure-roles.ts ourNumber). */
  readonly ours: boolean;
}

export interface MeasureChoice {
  readonly measure: Measure;
  /** False when no cue word supported the measure (a fallback). */
  readonly cued: boolean;
  /** True when the measure was read from outside the count's clause (a weak reading). */
  readonly distant?: boolean;
  /** The people the measure phrase names ("the number of insurgents killed … at 11,503"). */
  readonly subgroup?: Subgroup | null;
  /**
   * True on an `other` for want of any cue (the learned fallback may read it), as against an
   * `other` the grammar decided (a capacity, a release, measures joined, a cue it refused).
   */
  readonly uncued?: boolean;
  /**
   * True on an `other` that says what became of people held (released, let go, came back):
   * a figure however small, as a capacity is — it is no narrative aside ("nine were let go").
   */
  readonly released?: boolean;
  /**
   * True when a predicate frame of the count's own clause chose the measure: the count's verb
   * says what happened to it, which outranks the measure of the figure before it that a bare
   * "another 212" or "600 more" would otherwise repeat (figures.ts).
   */
  readonly framed?: "subject" | "object";
}

/** Measures whose count the policy for people held and for remains decides again. */
const HELD_OR_REMAINS: ReadonlySet<Measure> = new Set([
  "hostage",
  "detained",
  // (Survivors who escaped from captivity are counted as released.)
  "survivors",
  "bodies_recovered",
  "forensic_examined",
  "buried",
  "killed",
  "mutilated",
  // (A crowd or a place's people moved to a camp or a prison are held there.)
  "population",
  "participants",
  // (Leaders deported for a term are punished, held where they were sent.)
  "displaced",
]);

/**
 * The measure of a count; `cued` is false when only a fallback rule chose it. The cues decide
 * it, then people held and remains are decided again by their own policy (held-and-remains.ts),
 * and the names on a list are the dead's whoever keeps the list (namesOfTheDead).
 */
export function chooseMeasure(q: MeasureQuery): MeasureChoice {
  // ("We were ninety-two in a room for thirty," a former detainee said: the speaker's fellows.)
  if (q.ours) {
    const held = heldSpeaker(q.tokens, q.hedgedFrom, q.head ? q.head.index + 1 : q.hi.to);
    if (held !== null) return { measure: held, cued: true };
  }
  return namesOfTheDead(q, chooseInOrder(q));
}

/** Measures a list's keeper or kind lends its names that say nothing of what befell them. */
const KEEPERS_MEASURES: ReadonlySet<Measure> = new Set([
  "survivors",
  "buried",
  "bodies_recovered",
  "forensic_examined",
]);

/**
 * "The survivors' association has since compiled a list of 412 names", "the burial register …,
 * which lists 247 names": names a body published or keeps count what the names are of, the dead
 * (the eval README's convention, settled in the thirteenth round) — the survivors who keep the
 * list or the burial it records are not what its names count. ("the names of 120 survivors"
 * says whose they are; a register of the disappeared, of detainees or of passengers keeps its
 * own measure.)
 */
function namesOfTheDead(q: MeasureQuery, choice: MeasureChoice): MeasureChoice {
  // ("there is a marble plaque with 97 names": names nothing else is said of are the dead's, as
  // 37 of the development half's 45 counts of names are — not the learned fallback's guess.)
  const unsaid = choice.measure === "other" && choice.uncued === true;
  if (q.head === null || !(KEEPERS_MEASURES.has(choice.measure) || unsaid)) return choice;
  const { tokens } = q;
  if (tokens[q.head.index]!.lower !== "names" || tokens[q.head.index + 1]?.lower === "of")
    return choice;
  if (unsaid && listOfTheLiving(q)) return choice;
  return { measure: "killed", cued: true, subgroup: choice.subgroup };
}

/**
 * Lists whose names may be of people alive when listed: "the passenger list held 171 names", "the
 * centre's registers list 1,320 names" (its prisoners; a death register says whose by its cue).
 */
const LISTS_OF_THE_LIVING = new Set([
  "passenger",
  "passengers",
  "manifest",
  "payroll",
  "roll",
  "register",
  "registers",
  "registry",
]);
/** How far before the count such a list's noun may stand. */
const LIST_REACH = 4;

/** Whether a list of the living stands a few words before the count, in its clause. */
function listOfTheLiving(q: MeasureQuery): boolean {
  for (let k = q.hedgedFrom - 1; k >= Math.max(q.clause.from, q.hedgedFrom - LIST_REACH); k--)
    if (LISTS_OF_THE_LIVING.has(q.tokens[k]!.lower)) return true;
  return false;
}

function chooseInOrder(q: MeasureQuery): MeasureChoice {
  const choice = beforeTheEvent(q, placesPeople(q, framed(q, chooseByCues(q))));
  // (An `other` no cue decided may be a stage no cue list holds: "identified 98 of them".)
  const undecided = choice.measure === "other" && !choice.cued;
  // (A small `other` a cue decided may be a release, which the grammar keeps however small.)
  const smallOther = choice.measure === "other" && choice.cued && q.r.value < 10;
  if (!HELD_OR_REMAINS.has(choice.measure) && !undecided && !smallOther) return choice;
  const settled = heldOrRemains(
    {
      tokens: q.tokens,
      hedgedFrom: q.hedgedFrom,
      after: q.hi.to,
      head: q.head,
      clause: q.clause,
      inherited: q.inherited !== null,
      undecided,
    },
    choice.measure,
    cuesAt,
  );
  // (The policy's `other` is always what became of people held or sought.)
  if (settled === "other")
    return { measure: settled, cued: true, subgroup: choice.subgroup, released: true };
  // (A measure the policy decides is cued, even where a distant cue had found it first.)
  if (settled === null || (settled === choice.measure && choice.cued && !choice.distant))
    return choice;
  return { measure: settled, cued: true, subgroup: choice.subgroup };
}

/**
 * The cues' choice, or the measure of the count's predicate frame (predicate-frames.ts) where no
 * cue decided it or one was found only outside its clause: a frame of the count's own clause beats
 * a cue in another clause; a cue bound to the number beats a frame (no frame is read then).
 */
function framed(q: MeasureQuery, choice: MeasureChoice): MeasureChoice {
  // ("A truck carrying about 40 passengers was stopped; 7 passengers were killed": a cue the
  // sentence holds for another count, refused, leaves this one's own frame to say.)
  const refused = choice.measure === "other" && !choice.cued;
  if (!choice.uncued && !choice.distant && !refused) return choice;
  const reading = frameOf(q);
  if (reading === null) return choice;
  const { measure, role } = reading;
  // (A frame of `other` — "2,000 troops were deployed" — decides an uncued `other` with a noun as
  // well; a bare count stays uncued for the policy for people held: "eleven of them have not
  // been released".)
  if (measure === choice.measure && !(choice.uncued && q.head !== null))
    return { ...choice, framed: role };
  // (A count with no noun stays uncued: only its own verb, as its subject, makes a figure of a
  // bare number in figures.ts — "3,000 laid down their tools"; "carried 40" may carry banners.)
  return { measure, cued: q.head !== null, subgroup: choice.subgroup, framed: role };
}

/** Nouns of a place's people: a count of them nothing else is said of is its population. */
const INHABITANTS = new Set(["inhabitants", "residents"]);
/** Verbs by which a place has its people: "the village, which had about 700 inhabitants". */
const HAS_OR_HAD = new Set(["had", "has", "have"]);
/** How far before the count a place's "had" may stand ("had before the siege about 14,000"). */
const HAD_REACH = 5;
/** Quotation marks, which may close a quoted noun ('2,310 "illegal residents" had been …'). */
const QUOTE_MARKS = new Set(['"', "”", "“", "'", "’"]);
const PARTICIPLE_END = /(ed|en)$/;

/**
 * "a farming village … with approximately 450 residents", "Kala Dizeh had before the siege about
 * 14,000 inhabitants, to whom were added 5,000 refugees", "the whole village, which had about 700
 * inhabitants before the war — had been marched to the harbour": inhabitants or residents a place
 * has, or that no cue says more of, are its population (the eval README's "population is people
 * at home: a place's inhabitants") — not what a verb of other people says, nor the learned
 * fallback's guess. (Residents something is said of are left to it: "some 150 residents of the
 * mohalla, most of them women, took shelter in the mosque".)
 */
function placesPeople(q: MeasureQuery, choice: MeasureChoice): MeasureChoice {
  const { tokens, head } = q;
  if (head === null || !INHABITANTS.has(tokens[head.index]!.lower)) return choice;
  const population = { measure: "population", cued: true, subgroup: choice.subgroup } as const;
  for (let k = q.hedgedFrom - 1; k >= Math.max(q.clause.from, q.hedgedFrom - HAD_REACH); k--) {
    const t = tokens[k]!;
    // ("It has also been established that some 1,400 inhabitants … fled": "has" an auxiliary.)
    if (t.kind === "punct" || t.lower === "that" || t.lower === "been") break;
    if (PARTICIPLE_END.test(t.lower)) break;
    if (HAS_OR_HAD.has(t.lower)) return population;
  }
  // (Nothing said of them: the noun ends its phrase — "with approximately 450 residents," —
  // not "About 2,000 residents reached the river crossing", whose verb no cue knows.)
  const after = tokens[head.index + 1];
  const ends = after === undefined || (after.kind === "punct" && !QUOTE_MARKS.has(after.text));
  return choice.uncued && ends ? population : choice;
}

/** Events a place's people are counted before: "lived there before the crisis". */
const TURNING_EVENTS = new Set([
  "war",
  "crisis",
  "conflict",
  "fighting",
  "violence",
  "troubles",
  "attack",
  "attacks",
  "incursion",
  "incursions",
  "raid",
  "raids",
  "offensive",
  "siege",
  "occupation",
  "uprising",
  "massacre",
  "clearance",
  "clearances",
  "eviction",
  "evictions",
  "expulsion",
  "expulsions",
  "deportation",
  "deportations",
  "flood",
  "floods",
  "earthquake",
  "eruption",
  "cyclone",
  "hurricane",
  "storm",
  "disaster",
]);
/** How far after the count "before the …" may stand in its clause, in tokens. */
const BEFORE_REACH = 8;

/**
 * "the town, where about 9,000 lived before the crisis, was sheltering 33,000", "the camps held
 * an estimated 22,000 people before the clearance": people counted at a place before the event
 * that drove them out are its population, not the displaced a holding or a later clause reads —
 * unless the count's own verb or noun says they left or sheltered ("3,000 fled before the
 * attack", "50,000 refugees … before the war").
 */
function beforeTheEvent(q: MeasureQuery, choice: MeasureChoice): MeasureChoice {
  if (choice.measure !== "displaced") return choice;
  const { tokens } = q;
  const from = q.head ? Math.max(q.hi.to, q.head.index + 1) : q.hi.to;
  const to = Math.min(q.clause.to, from + BEFORE_REACH);
  let before = -1;
  for (let k = from; k < to - 2 && before < 0; k++)
    if (
      tokens[k]!.lower === "before" &&
      tokens[k + 1]!.lower === "the" &&
      TURNING_EVENTS.has(tokens[k + 2]!.lower)
    )
      before = k;
  if (before < 0) return choice;
  if (q.head && WORD_MEASURE.get(tokens[q.head.index]!.lower) === "displaced") return choice;
  if (q.head && HEADS.get(tokens[q.head.index]!.lower)?.role === "displaced") return choice;
  if (choice.framed !== undefined) return choice;
  for (let k = from; k < before; k++) if (verbCueAt(tokens, k) === "displaced") return choice;
  return { measure: "population", cued: true, subgroup: choice.subgroup };
}
