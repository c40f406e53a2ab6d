/**
 * The shape of a language's predicate frames: the measure a count takes from what its clause's
 * verb says it did or what was done to it, when no cue word is bound to the number ("some 1,400
 * squatters had abandoned their plots", "more than 150,000 citizens filled the stadium", "a bus
 * carrying 46 passengers", "a memorial lists 643 names"). Plain data, as vocabulary.ts is: another
 * language adds its frames as one more file; predicate-frames.ts applies them. Every entry is
 * lower case, a phrase its words separated by single spaces.
 */
import type { Measure } from "../../model/claim.js";

export interface PredicateFrame {
  readonly measure: Measure;
  /**
   * The count's role: `subject` of the verb phrase that follows it (and its noun, an apposition
   * or an of- or from-phrase on the noun, auxiliaries and adverbs), or `object` of the verb
   * phrase (or the noun and preposition: "a patrol of") that ends right before it.
   */
  readonly role: "subject" | "object";
  /**
   * The verb phrases, as written after any auxiliary; a phrase starting with "be " asks for a
   * passive or progressive ("be housed in": "were housed in", "had been housed in"), any other
   * for the active ("camped", "had camped").
   */
  readonly verbs: readonly string[];
  /** A class of `places`: the verb's object (within a few words after the phrase) is one of them. */
  readonly objects?: string;
  /** A class of `places`: a word of it stands before the verb, in its sentence (its subject). */
  readonly subjects?: string;
  /** The count's own noun must be one of these (a count with no noun does not qualify). */
  readonly heads?: readonly string[];
  /** One of these phrases follows the count (or its noun) within a few words. */
  readonly after?: readonly string[];
}

export interface PredicateFrames {
  /** Words that may stand between the count (or its noun) and its verb ("had", "later", "all"). */
  readonly fillers: readonly string[];
  /**
   * The ending of the language's adverbs of manner and time, read past like a filler when no
   * frame's verb starts with the word ("hastily", "initially"), and the words with that ending
   * that are no such adverb ("family", "rally") or take the verb back ("nearly", "barely").
   */
  readonly adverbEnding: string;
  readonly notAdverbs: readonly string[];
  /** Forms of "be" that make the next verb passive or progressive. */
  readonly be: readonly string[];
  /** Classes of nouns a frame asks of its object or its subject, by name. */
  readonly places: Readonly<Record<string, readonly string[]>>;
  /**
   * Where a group is said to be says what it is ("we were thirty families in one classroom",
   * "there were 3,000 people in the square", "there were 11,426 persons in the screening
   * camps"): a phrase opened by one of `stayPrepositions` whose first word of a class in
   * `stays` gives that class's measure (a word of several classes takes the first listed).
   */
  readonly stayPrepositions: readonly string[];
  readonly stays: readonly { readonly places: string; readonly measure: Measure }[];
  /** The frames in order of trust: the first that fits a count decides it. */
  readonly frames: readonly PredicateFrame[];
}
