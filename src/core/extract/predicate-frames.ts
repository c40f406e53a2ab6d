/**
 * Predicate frames: the measure a count takes from its clause's verb when no cue word decided it.
 * "by nightfall some 1,400 squatters had abandoned their plots", "about 4,500 residents have
 * crowded into the grounds of the mission", "the bus, carrying 46 passengers", "a memorial lists
 * 643 names": the same noun (residents, people, families) is displaced, taking part, present or
 * saved by what it does or what is done to it, which a cue word next to the number cannot say.
 * The frames are data (vocabulary/english-frames.ts); this module applies them, in one place:
 *
 * - The count is the object of a verb phrase ending right before it (past "another", "a
 *   further"): "carrying 46 passengers", "pulled 112 people off roofs", "a patrol of 120 soldiers".
 * - Or the subject of the verb phrase after it and its noun — past an apposition (", most of them
 *   women and children," or between dashes), an of- or from-phrase on the noun ("persons from 712
 *   families"), the rest of a list of nouns the count's noun opens ("drivers, conductors and
 *   mechanics"), auxiliaries and adverbs; a form of "be" before the verb makes it a passive or
 *   progressive.
 * - A frame may ask its object (a few words after the verb: "abandoned their plots", "were
 *   housed in nineteen relief centres"), its subject (a few words before it: a memorial "lists"),
 *   the count's own noun ("names") or the words after the count ("to safety") to be of a class.
 *
 * When a frame and a cue disagree (figure-measure.ts chooseMeasure): a cue bound to the number —
 * its noun, a verb right before it, its own copula — decides and no frame is read; a frame of the
 * count's own clause beats a cue found only elsewhere in the sentence (a `distant` reading) and
 * the `other` of a count no cue decided. A frame that names a held measure is decided again by
 * the policy for people held (held-and-remains.ts), as a cue's is.
 *
 * Cost: read only for counts the cues left undecided or distant (a few per text), a bounded look
 * at a dozen tokens around the count; the frames are compiled once into lookups by word.
 */
import type { Measure } from "../model/claim.js";
import { phraseAt } from "./figure-context.js";
import type { Token } from "./tokens.js";
import { ENGLISH_FRAMES } from "./vocabulary/english-frames.js";
import type { PredicateFrames } from "./vocabulary/frames.js";

export interface FrameQuery {
  readonly tokens: readonly Token[];
  /** First token of the count with its hedge, and the token after its number. */
  readonly hedgedFrom: number;
  readonly after: number;
  /** The index of the count's noun, or -1. */
  readonly head: number;
  /**
   * The measure of a verb cue of the vocabulary at token k — a cue phrase of several words or a
   * past form (measure-relatives.ts verbCueAt, passed in: no import cycle) — read at the count's
   * predicate when no frame fits, whatever its distance from the number.
   */
  readonly verbCue: (tokens: readonly Token[], k: number) => Measure | null;
}

interface Frame {
  readonly measure: Measure;
  /** Its place in the data: the first frame that fits wins. */
  readonly order: number;
  readonly phrase: string;
  /** The phrase's words, for a label read as words rather than tokens (labelFrame). */
  readonly words: readonly string[];
  readonly length: number;
  /** True when the phrase asks for a form of "be" before it ("be housed in"). */
  readonly passive: boolean;
  readonly objects: ReadonlySet<string> | null;
  readonly subjects: ReadonlySet<string> | null;
  readonly heads: ReadonlySet<string> | null;
  readonly after: readonly string[] | null;
}

interface Compiled {
  readonly fillers: ReadonlySet<string>;
  readonly adverbEnding: string;
  readonly notAdverbs: ReadonlySet<string>;
  readonly be: ReadonlySet<string>;
  /** Subject frames by their verb phrase's first word, object frames by its last. */
  readonly byFirst: ReadonlyMap<string, readonly Frame[]>;
  readonly byLast: ReadonlyMap<string, readonly Frame[]>;
  readonly stayPrepositions: ReadonlySet<string>;
  /** Each word of a place class in `stays`, with the measure of its first class listed. */
  readonly stays: ReadonlyMap<string, Measure>;
}

function compile(data: PredicateFrames): Compiled {
  const byFirst = new Map<string, Frame[]>();
  const byLast = new Map<string, Frame[]>();
  const classOf = (name: string | undefined): ReadonlySet<string> | null => {
    if (name === undefined) return null;
    const words = data.places[name];
    if (!words) throw new Error(`predicate frames: no class of places named "${name}"`);
    return new Set(words);
  };
  data.frames.forEach((f, order) => {
    const objects = classOf(f.objects);
    const subjects = classOf(f.subjects);
    const heads = f.heads ? new Set(f.heads) : null;
    for (const written of f.verbs) {
      const passive = written.startsWith("be ");
      const phrase = passive ? written.slice(3) : written;
      const words = phrase.split(" ");
      const frame: Frame = {
        measure: f.measure,
        order,
        phrase,
        words,
        length: words.length,
        passive,
        objects,
        subjects,
        heads,
        after: f.after ?? null,
      };
      const map = f.role === "subject" ? byFirst : byLast;
      const key = f.role === "subject" ? words[0]! : words[words.length - 1]!;
      const list = map.get(key) ?? [];
      list.push(frame);
      map.set(key, list);
    }
  });
  const stays = new Map<string, Measure>();
  for (const stay of data.stays)
    for (const word of classOf(stay.places)!) if (!stays.has(word)) stays.set(word, stay.measure);
  return {
    stayPrepositions: new Set(data.stayPrepositions),
    stays,
    fillers: new Set(data.fillers),
    adverbEnding: data.adverbEnding,
    notAdverbs: new Set(data.notAdverbs),
    be: new Set(data.be),
    byFirst,
    byLast,
  };
}

const FRAMES = compile(ENGLISH_FRAMES);

/** Words between a verb and the count that leave the count its object ("lifted another 80"). */
const BEFORE_THE_COUNT = new Set(["another", "a", "further", "all", "the", "some"]);
/**
 * Words after a noun that open a phrase on it, before its verb ("persons from 712 families",
 * "miners at the Kova pit", "villagers who had lost everything").
 */
const PHRASE_ON_THE_NOUN = new Set([
  "of",
  "from",
  "at",
  "in",
  "on",
  "near",
  "around",
  "across",
  "outside",
  "inside",
  "along",
  "within",
  "who",
  "that",
]);
/** The words of PHRASE_ON_THE_NOUN that open a relative clause, whose verb may come next. */
const RELATIVE = new Set(["who", "that"]);
/** How far a frame's object, subject or following words may stand from it, in tokens. */
const OBJECT_REACH = 6;
const SUBJECT_REACH = 10;
const AFTER_REACH = 4;
/** How far past the noun a phrase on it may run before its verb. */
const PHRASE_REACH = 9;

/** A frame's measure, or the vocabulary's verb cue at the predicate ("Frame" or "cue" reading). */
interface Reading {
  readonly measure: Measure;
  readonly order: number;
}

/** What a predicate frame read: the measure, and the count's role in its clause. */
export interface FrameReading {
  readonly measure: Measure;
  /** "subject": the count did or underwent what its verb says; "object": a verb before it. */
  readonly role: "subject" | "object";
}

/** The measure the count's predicate frame gives, and the count's role; null when none fits. */
export function predicateFrame(q: FrameQuery): FrameReading | null {
  const object = objectFrame(q);
  const subject = subjectFrame(q);
  if (object === null)
    return subject === null ? null : { measure: subject.measure, role: "subject" };
  if (subject === null || object.order <= subject.order)
    return { measure: object.measure, role: "object" };
  return { measure: subject.measure, role: "subject" };
}

/** A verb cue's place among the frames: after every frame (a frame is the closer reading). */
const CUE_ORDER = Number.MAX_SAFE_INTEGER;

/** The first frame whose verb phrase ends right before the count (its object), or null. */
function objectFrame(q: FrameQuery): Frame | null {
  const { tokens } = q;
  let v = q.hedgedFrom;
  while (v > 0 && q.hedgedFrom - v < 2 && BEFORE_THE_COUNT.has(tokens[v - 1]!.lower)) v--;
  const candidates = FRAMES.byLast.get(tokens[v - 1]?.lower ?? "");
  if (candidates === undefined) return null;
  for (let c = 0; c < candidates.length; c++) {
    const f = candidates[c]!;
    const start = v - f.length;
    if (start < 0 || phraseAt(tokens, start, f.phrase) !== f.length) continue;
    if (f.passive && !FRAMES.be.has(tokens[start - 1]?.lower ?? "")) continue;
    if (f.heads !== null && (q.head < 0 || !f.heads.has(tokens[q.head]!.lower))) continue;
    if (f.subjects !== null && !classBefore(tokens, start, f.subjects)) continue;
    if (f.after !== null && !phraseAfter(tokens, q.head >= 0 ? q.head + 1 : q.after, f.after))
      continue;
    return f;
  }
  return null;
}

/**
 * The first frame whose verb phrase follows the count and its noun (its subject), or else the
 * vocabulary's verb cue there; null when neither does.
 */
function subjectFrame(q: FrameQuery): Reading | null {
  const { tokens } = q;
  let s = q.head >= 0 ? q.head + 1 : q.after;
  // ", most of them women and children, have crowded into …": past an apposition.
  const opened = s;
  s = pastApposition(tokens, s);
  if (s === opened && tokens[s]?.text === ",") return coordinatedPredicate(q, s);
  if (!PHRASE_ON_THE_NOUN.has(tokens[s]?.lower ?? "")) return predicateAt(q, s);
  // "3,480 persons from 712 families were housed …", "4,000 miners at the Kova pit stopped
  // work": the verb after a phrase on the noun (or a relative clause: its verb, when it has one
  // the grammar knows, said of the same people) — and past an apposition after that phrase
  // ("2,600 civilians from the same villages, most of them women, were moved …"), once.
  let end = s + PHRASE_REACH;
  let apposed = false;
  // (A relative pronoun's verb may follow it at once: "villagers who abandoned their homes".)
  for (let j = RELATIVE.has(tokens[s]!.lower) ? s + 1 : s + 2; j < end; j++) {
    const t = tokens[j];
    if (t === undefined) return null;
    if (t.kind === "punct") {
      const past = apposed ? j : pastApposition(tokens, j);
      if (past === j) return null;
      apposed = true;
      end += past - j;
      j = past;
    }
    const found = predicateAt(q, j);
    if (found !== null) return found;
  }
  return null;
}

/**
 * The measure of a count set in apposition to the noun phrase before it ("its inhabitants, some
 * 300 persons, were compelled to leave", "the remaining population, some 14,000 people, was
 * driven south", "the surviving residents, roughly 380 people, abandoned the settlements"): the
 * frame of the verb right after the apposition's closing comma, whose subject is the whole noun
 * phrase and so the count. The phrase says who they were (a place's people, survivors), the verb
 * what became of them. `hedgedFrom` is the count's first token, `end` the token after its noun
 * (or its number). Null when the count does not stand between two commas after a word, or no
 * frame reads the verb there (a frame only: a bare verb cue, "was counted in the census", says
 * less than the noun phrase does).
 */
export function apposedFrame(
  tokens: readonly Token[],
  hedgedFrom: number,
  end: number,
): Measure | null {
  if (tokens[hedgedFrom - 1]?.text !== "," || tokens[hedgedFrom - 2]?.kind !== "word") return null;
  if (tokens[end]?.text !== ",") return null;
  return verbFrameAt(tokens, end + 1)?.measure ?? null;
}

/** Words that join the last item of a list of nouns. */
const LIST_AND = new Set(["and", "or"]);
/** How many words a list may run from the comma to its "and", and its last item after it. */
const LIST_REACH = 8;
const LAST_ITEM_REACH = 3;

/**
 * The predicate of a count whose noun opens a list of nouns the comma at `comma` continues
 * ("2,000 drivers, conductors and mechanics gathered …", "300 men, women and children camped
 * …"): the verb after the list's last item, which has the whole list for its subject. At least
 * one item stands between the comma and "and" ("300 people, and the soldiers camped" is
 * another clause); the list holds no punctuation but its commas.
 */
function coordinatedPredicate(q: FrameQuery, comma: number): Reading | null {
  const { tokens } = q;
  let and = -1;
  for (let k = comma + 2; k < comma + LIST_REACH; k++) {
    const t = tokens[k];
    if (t === undefined || (t.kind === "punct" && t.text !== ",")) return null;
    if (LIST_AND.has(t.lower)) {
      if (tokens[k - 1]!.text === ",") return null;
      and = k;
      break;
    }
  }
  if (and < 0) return null;
  for (let j = and + 2; j <= and + LAST_ITEM_REACH + 1; j++) {
    if (tokens[j - 1] === undefined || tokens[j - 1]!.kind === "punct") return null;
    const found = predicateAt(q, j);
    if (found !== null) return found;
  }
  return null;
}

/** Marks that open an apposition, each with the mark that closes it: a comma, a dash, brackets. */
const APPOSITION_MARKS: ReadonlyMap<string, string> = new Map([
  [",", ","],
  ["—", "—"],
  ["–", "–"],
  ["(", ")"],
]);
/** How far an apposition may run to its closing mark, in tokens. */
const APPOSITION_REACH = 12;

/**
 * The token after an apposition opening at `at` (", most of them women," — " — students,
 * workers and their families —"), or `at` itself when none opens there or it does not close, in
 * its sentence, within a few words by the mark that opened it.
 */
function pastApposition(tokens: readonly Token[], at: number): number {
  const mark = tokens[at]?.text ?? "";
  const close = APPOSITION_MARKS.get(mark);
  if (close === undefined) return at;
  const sentence = tokens[at]!.sentence;
  for (let k = at + 1; k < at + APPOSITION_REACH && tokens[k]?.sentence === sentence; k++)
    if (tokens[k]!.text === close) return k + 1;
  return at;
}

/** The frame, or else the vocabulary's verb cue, of a predicate starting at token j. */
function predicateAt(q: FrameQuery, j: number): Reading | null {
  const frame = verbFrameAt(q.tokens, j);
  if (frame !== null) return frame;
  let k = j;
  while (
    k < j + 5 &&
    (FRAMES.fillers.has(q.tokens[k]?.lower ?? "") || FRAMES.be.has(q.tokens[k]?.lower ?? ""))
  )
    k++;
  const measure = q.verbCue(q.tokens, k);
  return measure === null ? null : { measure, order: CUE_ORDER };
}

/**
 * Whether a word between the count and its verb leaves the verb the count's: a filler of the
 * data ("had", "later") or an adverb by its ending that is no frame's verb ("hastily").
 */
function passing(w: string): boolean {
  if (FRAMES.fillers.has(w)) return true;
  return (
    w.length > 4 &&
    w.endsWith(FRAMES.adverbEnding) &&
    !FRAMES.notAdverbs.has(w) &&
    !FRAMES.byFirst.has(w)
  );
}

/**
 * Whether a subject frame's verb phrase opens at token j, right after a count with no noun
 * ("barely 3,000 laid down their tools"): such a count is one of people, its verb says so. A
 * lookup of a word or a few, for a bare number no other reason makes a count.
 */
export function subjectFrameAt(tokens: readonly Token[], j: number): boolean {
  return verbFrameAt(tokens, j) !== null;
}

/** The first subject frame whose verb phrase starts at token j (past fillers and "be"), or null. */
function verbFrameAt(tokens: readonly Token[], j: number): Frame | null {
  let k = j;
  let passive = false;
  for (let n = 0; n < 5; n++) {
    const w = tokens[k]?.lower ?? "";
    if (FRAMES.be.has(w)) passive = true;
    else if (!passing(w)) break;
    k++;
  }
  const candidates = FRAMES.byFirst.get(tokens[k]?.lower ?? "");
  if (candidates === undefined) return null;
  for (let c = 0; c < candidates.length; c++) {
    const f = candidates[c]!;
    if (f.passive !== passive || phraseAt(tokens, k, f.phrase) !== f.length) continue;
    if (f.objects !== null && !classAfter(tokens, k + f.length, f.objects)) continue;
    return f;
  }
  return null;
}

/**
 * The measure where a group is said to be gives it ("We were thirty families in one classroom",
 * "there were 3,000 people in Liberty Square", "… 11,426 persons in the six screening camps",
 * "we were seven at home"): a place phrase opening at token `at` (in, at, inside) whose first
 * word of a class of the data's `stays` names the measure, before any punctuation; or null.
 */
export function stayMeasure(tokens: readonly Token[], at: number): Measure | null {
  if (!FRAMES.stayPrepositions.has(tokens[at]?.lower ?? "")) return null;
  for (let k = at + 1; k <= at + OBJECT_REACH; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind === "punct") return null;
    const measure = FRAMES.stays.get(t.lower);
    if (measure !== undefined) return measure;
  }
  return null;
}

/** Whether a word of `words` stands within a few tokens from `from`, before any punctuation. */
function classAfter(tokens: readonly Token[], from: number, words: ReadonlySet<string>): boolean {
  for (let k = from; k < from + OBJECT_REACH; k++) {
    const t = tokens[k];
    if (t === undefined || (t.kind === "punct" && t.text !== "-")) return false;
    if (words.has(t.lower)) return true;
  }
  return false;
}

/** Whether a word of `words` stands a few tokens before `at`, in its sentence. */
function classBefore(tokens: readonly Token[], at: number, words: ReadonlySet<string>): boolean {
  const sentence = tokens[at]?.sentence;
  for (let k = at - 1; k >= Math.max(0, at - SUBJECT_REACH); k--) {
    const t = tokens[k]!;
    if (t.sentence !== sentence) return false;
    if (words.has(t.lower)) return true;
  }
  return false;
}

/** Whether one of `phrases` starts within a few tokens from `from`, before any punctuation. */
function phraseAfter(tokens: readonly Token[], from: number, phrases: readonly string[]): boolean {
  for (let k = from; k < from + AFTER_REACH; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind === "punct") return false;
    for (let p = 0; p < phrases.length; p++) if (phraseAt(tokens, k, phrases[p]!) > 0) return true;
  }
  return false;
}

/**
 * Words that open a label's place phrase ("In relief camps", "At the mission", "With host
 * families"): the counted stay there, read as "staying in relief camps", "staying with host
 * families" (a label drops its verb as it drops its subject).
 */
const LABEL_PLACE = new Set(["in", "at", "inside", "with"]);
/** Whether a label's first word opens a place phrase ("In relief camps", "With host families"). */
export function opensLabelPlace(word: string): boolean {
  return LABEL_PLACE.has(word);
}
/** The verb a label's place phrase stands for ("be staying in", "be staying at"). */
const STAYING = "staying";

/**
 * Whether a label's word may open a predicate frame (past a filler or "be": "Still", "Were"): a
 * label none of whose first words does is not read by labelFrame, so a label with no verb costs
 * one lookup a word.
 */
export function mayOpenLabelFrame(word: string): boolean {
  return (
    FRAMES.byFirst.has(word) ||
    LABEL_PLACE.has(word) ||
    FRAMES.fillers.has(word) ||
    FRAMES.be.has(word)
  );
}

/**
 * The measure a label or a column header gives the counts it heads: the measure its phrase would
 * give a count it described ("Housed in relief centres": "N housed in relief centres"), by the
 * same frames as prose. A label is a clause with its subject and auxiliary dropped: a participle
 * stands for its passive ("Taken into custody": "were taken into custody"), any other verb for
 * itself ("Abandoned their homes"), and a place phrase opening it says where the counted stay
 * ("In relief camps": "staying in relief camps"). `words` are the label's words, lower case.
 */
export function labelFrame(words: readonly string[]): Measure | null {
  let k = 0;
  let be = false;
  while (k < words.length && k < 5) {
    const w = words[k]!;
    if (FRAMES.be.has(w)) be = true;
    else if (!FRAMES.fillers.has(w)) break;
    k++;
  }
  const first = words[k];
  if (first === undefined) return null;
  const framed = labelFrameAt(words, k, null, be);
  if (framed !== null || !LABEL_PLACE.has(first)) return framed;
  return labelFrameAt(words, k, STAYING, true);
}

/**
 * The first subject frame whose verb phrase starts at words[k] (after `lead`, a word the label
 * left out, when given) and whose object fits, or null. A passive frame fits with or without "be";
 * an active one only without it.
 */
function labelFrameAt(
  words: readonly string[],
  k: number,
  lead: string | null,
  be: boolean,
): Measure | null {
  const candidates = FRAMES.byFirst.get(lead ?? words[k]!);
  if (candidates === undefined) return null;
  const from = lead === null ? k : k - 1;
  for (let c = 0; c < candidates.length; c++) {
    const f = candidates[c]!;
    if (be && !f.passive) continue;
    let w = lead === null ? 0 : 1;
    while (w < f.length && words[from + w] === f.words[w]) w++;
    if (w < f.length) continue;
    if (f.objects !== null && !wordsHold(words, from + f.length, f.objects)) continue;
    return f.measure;
  }
  return null;
}

/** Whether a word of `set` stands within OBJECT_REACH words from `from`. */
function wordsHold(words: readonly string[], from: number, set: ReadonlySet<string>): boolean {
  for (let k = from; k < words.length && k < from + OBJECT_REACH; k++)
    if (set.has(words[k]!)) return true;
  return false;
}
