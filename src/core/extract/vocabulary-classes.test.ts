/**
 * Whole word classes of the figure vocabulary (vocabulary/english.ts), one invented sentence per
 * kind of word, and the regular inflection the lexicon generates from it.
 */
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import { figuresOf } from "./test-helpers.js";
import { pastOf, pluralOf } from "./vocabulary/inflect.js";

/** Who states each figure of `text`. */
const claimants = (text: string) =>
  extractClaims(text).flatMap((c) => (c.kind === "figure" ? [c.claimant.name] : []));

/** [measure, subgroup] of each figure of `text`. */
const read = (text: string) => figuresOf(text).map((f) => [f[1], f[5]]);

describe("regular inflection of the vocabulary", () => {
  it("makes plurals and past forms, and leaves a plural as it is", () => {
    expect(
      ["soldier", "policeman", "deputy", "witness", "sentry", "troops", "human"].map(pluralOf),
    ).toEqual(["soldiers", "policemen", "deputies", "witnesses", "sentries", "troops", "humans"]);
    expect(["arrest", "evacuate", "bury", "stab", "rally", "convict"].map(pastOf)).toEqual([
      "arrested",
      "evacuated",
      "buried",
      "stabbed",
      "rallied",
      "convicted",
    ]);
  });
});

describe("word classes of the figure vocabulary", () => {
  it("counts armed people as combatants and security people as an occupational group", () => {
    expect(read("Forty paratroopers were killed in the assault.")).toEqual([
      ["killed", "combatants"],
    ]);
    expect(read("Some 2,000 conscripts were captured by the rebels.")).toEqual([
      ["hostage", "combatants"],
    ]);
    expect(read("Fourteen sentries were shot.")).toEqual([["killed", "combatants"]]);
    expect(read("Eleven paramilitaries were arrested.")).toEqual([["detained", "combatants"]]);
    expect(read("Three bodyguards were wounded.")).toEqual([["wounded", "other"]]);
  });

  it("reads the verbs of detention", () => {
    expect(read("Eighty people were indicted.")).toEqual([["detained", null]]);
    expect(read("Fifty-two were convicted of rioting.")).toEqual([["detained", null]]);
    expect(read("About 70 were incarcerated in the fortress.")).toEqual([["detained", null]]);
    expect(read("Soldiers picked up 40 youths at the checkpoint.")).toEqual([["detained", null]]);
    expect(read("Thirty officers were court-martialled.")).toEqual([["detained", "other"]]);
  });

  it("reads the words of displacement", () => {
    expect(read("The army drove out 3,000 families.")).toEqual([["displaced", "families"]]);
    expect(read("Nearly 8,000 residents were driven out of the valley.")).toEqual([
      ["displaced", null],
    ]);
    expect(read("The region now has 250,000 IDPs.")).toEqual([["displaced", null]]);
    expect(read("Some 600 asylum seekers reached the coast.")).toEqual([["displaced", null]]);
  });

  it("reads the verbs and idioms of death", () => {
    for (const text of [
      "Some 40 asphyxiated in the truck.",
      "Eleven were electrocuted.",
      "Fifteen people were assassinated.",
      "Another 20 succumbed to their injuries.",
    ])
      expect(read(text), text).toEqual([["killed", null]]);
  });

  it("reads injuries and their treatment as wounded", () => {
    for (const text of [
      "Thirty were badly beaten.",
      "Twenty-three were shot and wounded.",
      "About 90 people needed treatment.",
      "Some 35 people were evacuated to hospital with injuries.",
      "Thirty people were bruised.",
    ])
      expect(read(text), text).toEqual([["wounded", null]]);
  });

  it("lets the longest phrase win: beaten is wounded, beaten to death killed", () => {
    expect(read("Some 18 journalists were beaten by police.")).toEqual([["wounded", "other"]]);
    expect(read("Eighty people were beaten to death.")).toEqual([["killed", null]]);
  });

  it("reads orphans of one parent, lost limbs, autopsies and strikes of other kinds", () => {
    expect(read("Forty children lost their fathers.")).toEqual([["orphaned_one", "children"]]);
    expect(read("About 14 people lost limbs.")).toEqual([["disabled", null]]);
    expect(read("About 60 bodies were autopsied.")).toEqual([["forensic_examined", null]]);
    expect(read("About 700 people participated in the march.")).toEqual([["participants", null]]);
    expect(read("About 2,000 miners stayed away from work.")).toEqual([["participants", "other"]]);
    expect(read("About 300 people went on hunger strike.")).toEqual([["participants", null]]);
  });

  it("reads people who vanished as missing", () => {
    expect(read("Forty people vanished after the raid.")).toEqual([["missing", null]]);
  });

  it("reads mourners, attendees, pickets and rallies as participants", () => {
    for (const text of [
      "Some 5,000 mourners attended the funeral.",
      "Around 800 attendees were at the rally.",
      "About 2,000 picketers blocked the gate.",
      "Some 12,000 people took to the streets.",
      "About 6,000 people rallied in the capital.",
    ])
      expect(read(text), text).toEqual([["participants", null]]);
  });

  it("names the subgroups of ages and of women", () => {
    expect(read("Eight newborns died.")).toEqual([["killed", "children"]]);
    expect(read("Fourteen adolescents were arrested.")).toEqual([["detained", "children"]]);
    expect(read("Twenty-one seniors died.")).toEqual([["killed", "elderly"]]);
    expect(read("Eleven housewives were killed.")).toEqual([["killed", "women"]]);
    expect(read("Thirty noncombatants were killed.")).toEqual([["killed", "civilians"]]);
  });

  it("names who states a figure with the verbs and idioms of reporting", () => {
    expect(claimants("The government maintains that 31 people died.")).toEqual(["government"]);
    expect(claimants("The storm claimed 200 lives.")).toEqual(["publisher"]);
    expect(claimants("The opposition contends that 300 were killed.")).toEqual(["opposition"]);
    expect(claimants("Activists allege that 56 people were tortured to death.")).toEqual([
      "Activists",
    ]);
    expect(claimants("By the ministry's count, 340 people died.")).toEqual(["ministry"]);
    expect(claimants("Some 90 people were killed, on Amnesty's tally.")).toEqual(["Amnesty"]);
    expect(
      claimants("According to figures from the Red Cross, 1,200 people were displaced."),
    ).toEqual(["Red Cross"]);
    expect(
      claimants(
        "According to the list of victims drawn up by the district council, 86 people died.",
      ),
    ).toEqual(["district council"]);
  });
});
