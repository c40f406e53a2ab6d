/**
 * The English vocabulary as data the grammar can read: every entry in the form the tokens have
 * (lower case, words separated by single spaces, a hyphen as its own word), nouns the grammar
 * looks up one token at a time given as one word, and no word given two meanings in lists where
 * the first silently wins; and a few words of each kind as the grammar reads them, with the
 * choices the data file explains (BENCHMARKS.md, issue 10, tenth round).
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "../extract-claims.js";
import { tokenize } from "../tokens.js";
import { ENGLISH } from "./english.js";

/** The entry as the tokeniser reads it, words lower-cased and joined by single spaces. */
const asTokens = (entry: string) =>
  tokenize(entry)
    .map((t) => t.lower)
    .join(" ");

const heads = [
  ...ENGLISH.people.flatMap((p) => p.words),
  ...ENGLISH.units.flatMap((u) => u.words),
  ...ENGLISH.measures.flatMap((m) => m.roles ?? []),
];

describe("the English vocabulary", () => {
  it("writes each cue as the tokens it must match", () => {
    const cues = ENGLISH.measures.flatMap((m) => [...m.cues, ...(m.verbs ?? [])]);
    expect(cues.filter((c) => asTokens(c) !== c)).toEqual([]);
  });

  it("gives nouns read one token at a time as one word", () => {
    const words = [...heads, ...ENGLISH.procedural, ...ENGLISH.modifiers];
    expect(words.filter((w) => w.includes(" ") || w !== w.toLowerCase())).toEqual([]);
  });

  it("names each people noun's subgroup once", () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const { subgroup, words } of ENGLISH.people)
      for (const w of words) {
        const before = seen.get(w);
        if (before !== undefined && before !== String(subgroup)) twice.push(w);
        seen.set(w, String(subgroup));
      }
    expect(twice).toEqual([]);
  });

  it("lists no entry twice in one list", () => {
    const lists = [
      ...ENGLISH.people.map((p) => p.words),
      ...ENGLISH.measures.flatMap((m) => [m.cues, m.verbs ?? [], m.roles ?? []]),
      ENGLISH.procedural,
      ENGLISH.modifiers,
    ];
    expect(lists.flatMap((l) => l.filter((w, i) => l.indexOf(w) !== i))).toEqual([]);
  });
});

/** The span, measure and subgroup of each figure, as the rules alone read them. */
const figuresOf = (text: string) =>
  extractClaims(text, { measureFallback: null }).flatMap((c) =>
    c.kind === "figure" ? [[c.text, c.measure, c.subgroup]] : [],
  );

/** The measure of each figure, as the rules alone read it. */
const measures = (text: string) =>
  extractClaims(text, { measureFallback: null }).flatMap((c) =>
    c.kind === "figure" ? [c.measure] : [],
  );

describe("the English vocabulary, read by the grammar", () => {
  it("gives each measure its nouns of the act and the state and its phrasal verbs", () => {
    expect(measures("The disappearance of 40 students remains unexplained.")).toEqual(["missing"]);
    expect(measures("Police carried out a roundup of 300 men.")).toEqual(["detained"]);
    expect(measures("Some 3,000 villagers took shelter in the school.")).toEqual(["displaced"]);
    expect(measures("An exodus of 200,000 people followed the fighting.")).toEqual(["displaced"]);
    expect(measures("Twelve passengers were unhurt.")).toEqual(["survivors"]);
    expect(measures("About 1,200 children were left fatherless.")).toEqual(["orphaned_one"]);
  });

  it("reads a phrase cue as one verb, and its object as no other", () => {
    expect(measures("Twelve soldiers were fatally wounded.")).toEqual(["killed"]);
    expect(measures("Another 150 have been treated for frostbite.")).toEqual(["wounded"]);
    // A phrasal verb ending right before the count is as close to it as a one-word verb: what was
    // done to them outranks what their noun says they were doing ("shot 14 protesters").
    expect(measures("Soldiers gunned down 14 protesters.")).toEqual(["killed"]);
    expect(measures("Police rounded up 80 strikers.")).toEqual(["detained"]);
    expect(measures("Police rounded them up, and 80 strikers marched on.")).toEqual([
      "participants",
    ]);
  });

  it("keeps the participles of taking part from outranking the verb", () => {
    expect(measures("Some 300 protesting farmers were arrested.")).toEqual(["detained"]);
    expect(measures("A column carrying 40 wounded reached the town.")).toEqual(["wounded"]);
  });

  it("reads the present tense of headlines and the historic present", () => {
    expect(measures("Troops detain 300 after border clashes.")).toEqual(["detained"]);
    expect(measures("Floods displace 40,000 people.")).toEqual(["displaced"]);
    expect(measures("Gunmen kidnap 20 passengers.")).toEqual(["hostage"]);
    expect(measures("Some 400 villagers flee the fighting.")).toEqual(["displaced"]);
    // Fleeing beyond the next two words does not outrank the verb of what happened.
    expect(measures("Seven villagers who tried to flee were shot dead.")).toEqual(["killed"]);
    expect(measures("Some 30 people die every day.")).toEqual(["killed"]);
    expect(measures("Some 3,000 villagers are crossing into Chad.")).toEqual(["displaced"]);
    expect(measures("Some 3,000 villagers are crossing the square.")).toEqual(["other"]);
  });

  it("completes each measure from the registers that name it", () => {
    expect(measures("Some 40 people were deprived of their liberty.")).toEqual(["detained"]);
    expect(measures("Some 40 victims were cremated.")).toEqual(["buried"]);
    expect(measures("About 2,000 people dwell in the valley.")).toEqual(["population"]);
    expect(measures("Some 40 miners remain trapped underground.")).toEqual(["missing"]);
    expect(measures("Rescuers are still searching for 40 miners.")).toEqual(["missing"]);
    expect(measures("Some 40 trapped miners were rescued.")).toEqual(["survivors"]);
    expect(measures("The battalion lost 12 KIA and 30 WIA.")).toEqual(["killed", "wounded"]);
    expect(measures("Some 5,000 students held a rally.")).toEqual(["participants"]);
    expect(measures("Some 5,000 students were held.")).toEqual(["detained"]);
  });

  it("keeps each near neighbour in its own measure", () => {
    expect(measures("Forty prisoners escaped from jail.")).toEqual(["other"]);
    expect(measures("Only 12 escaped the massacre.")).toEqual(["survivors"]);
    expect(measures("Some 12 people were maimed for life.")).toEqual(["disabled"]);
    expect(measures("Some 12 people were maimed.")).toEqual(["mutilated"]);
  });

  it("completes the classes of custody, old killings, harm and the peoples", () => {
    expect(measures("Some 30 men were taken to the guardhouse.")).toEqual(["detained"]);
    expect(measures("Some 40 natives were done to death.")).toEqual(["killed"]);
    expect(measures("Some 40 soldiers fell in battle.")).toEqual(["killed"]);
    expect(measures("Some 40 persons were overcome by smoke.")).toEqual(["wounded"]);
    expect(measures("Some 12 crew were killed.")).toEqual(["killed"]);
    expect(measures("About 300 Serbs fled the town.")).toEqual(["displaced"]);
    expect(measures("The hangings of 12 rebels followed.")).toEqual(["killed"]);
    expect(measures("The eviction of 400 families began on Monday.")).toEqual(["displaced"]);
    expect(measures("Police carried out roundups of 400 men.")).toEqual(["detained"]);
    expect(measures("About 40 brigands attacked the convoy.")).toEqual(["participants"]);
    expect(measures("About 40 brigands were arrested.")).toEqual(["detained"]);
    // (A form shared with the adjective stays out: the count's noun is the one after it.)
    expect(figuresOf("About 40 Chinese workers were killed.")).toEqual([
      ["About 40 Chinese workers", "killed", "other"],
    ]);
  });

  it("reads the hedges' degree words and phrases of magnitude, with the span from them", () => {
    const hedged = (text: string) =>
      extractClaims(text, { measureFallback: null }).flatMap((c) =>
        c.kind === "figure" ? [[c.text, c.hedge]] : [],
      );
    expect(hedged("Well over 400 people were killed.")).toEqual([
      ["Well over 400 people", "more_than"],
    ]);
    expect(hedged("No less than 400 people were killed.")).toEqual([
      ["No less than 400 people", "at_least"],
    ]);
    expect(hedged("In the region of 400 people were killed.")).toEqual([
      ["In the region of 400 people", "approx"],
    ]);
    expect(hedged("Just under 400 people were killed.")).toEqual([
      ["Just under 400 people", "less_than"],
    ]);
    expect(hedged("More than 400 people were killed.")).toEqual([
      ["More than 400 people", "more_than"],
    ]);
  });
});
