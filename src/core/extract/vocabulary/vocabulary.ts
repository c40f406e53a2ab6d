/**
 * The shape of a language's figure vocabulary: plain data, so that another language is added as
 * one more data file (english.ts today; Azerbaijani and Russian to follow) and compiled by
 * lexicon.ts into the lookups the grammar uses. Every entry is lower case; a phrase is its words
 * separated by single spaces. Regular inflection is generated, not listed (inflect.ts): a people
 * noun or a role may be given in the singular, and its plural is added; a measure's `verbs` are
 * base forms, and their past forms are added to its cues.
 */
import type { Hedge, Measure, Subgroup, Unit } from "../../model/claim.js";

export interface Vocabulary {
  /** Nouns that make a number a count of people, by the subgroup they name (null: anyone). */
  readonly people: readonly {
    readonly subgroup: Subgroup | null;
    readonly words: readonly string[];
  }[];
  /** Nouns that count something other than people but still a figure (bodies, families). */
  readonly units: readonly { readonly unit: Unit; readonly words: readonly string[] }[];
  /**
   * Nouns for people who are not figures about the event: those who testify, judge, are tried or
   * are interviewed ("184 witnesses", "seven accused"), and the documents of a proceeding.
   */
  readonly procedural: readonly string[];
  /** Words that may stand between a number and its noun ("613 innocent civilians"). */
  readonly modifiers: readonly string[];
  /** Modifiers that also name the subgroup ("three old men" are elderly). */
  readonly qualifiers: readonly {
    readonly subgroup: Subgroup;
    readonly words: readonly string[];
  }[];
  /**
   * Each measure with its synonyms, in order of trust: when two cue the same number, the earlier
   * measure wins. `nouns` also name the people counted ("487 wounded", "212 detainees").
   */
  readonly measures: readonly {
    readonly measure: Measure;
    readonly cues: readonly string[];
    /**
     * Regular verbs in their base form ("arrest"): their past form is a cue ("arrested"), and so
     * is its participle where the measure is read at a distance ("arresting"). Irregular forms
     * go in `cues`.
     */
    readonly verbs?: readonly string[];
    /**
     * Nouns for people in a role ("protesters", "detainees", "refugees"): they give the measure
     * when nothing else does, but a verb wins ("212 protesters were arrested" are detained).
     */
    readonly roles?: readonly string[];
    /** Cues read only right next to the number (scene-setting words like "fled", "population"). */
    readonly nearOnly?: boolean;
  }[];
  /** Words that qualify a count, before it ("at least 40") or after it ("300+", "40 or more"). */
  readonly hedges: readonly { readonly hedge: Hedge; readonly before: readonly string[] }[];
  /** Words after a number that make it a measurement, a time, an amount or an object. */
  readonly unitWords: readonly string[];
  /** Words before a number that make it a label (article 4, page 5, case 318). */
  readonly labelWords: readonly string[];
  /**
   * Verbs that name who states a figure: its subject ("officials said", "the ministry puts the
   * toll at …") or the phrase after it ("according to …"). `forms` are read as they are;
   * `regular` are base forms whose -s and -ed forms are read too ("contend", "contends",
   * "contended"). Nouns as often as verbs ("claims", "states") are told apart by the grammar.
   */
  readonly reporting: { readonly forms: readonly string[]; readonly regular: readonly string[] };
  /** Phrases after a number that make it an age or a subgroup ("under the age of 13"). */
  readonly ages: readonly { readonly subgroup: Subgroup; readonly phrases: readonly string[] }[];
}
