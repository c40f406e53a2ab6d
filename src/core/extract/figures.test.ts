import { describe, expect, it } from "vitest";
import { figuresOf } from "./test-helpers.js";

const fields = (text: string) => figuresOf(text)[0]?.slice(1);

describe("figures", () => {
  it("reads hedges", () => {
    expect(figuresOf("About 200 people were killed.")).toEqual([
      ["About 200 people", "killed", 200, 200, "approx", null],
    ]);
    expect(figuresOf("At least 161 civilians died in the attack.")[0]).toEqual([
      "At least 161 civilians",
      "killed",
      161,
      null,
      "at_least",
      "civilians",
    ]);
    expect(fields("More than 450 people were shot dead.")).toEqual([
      "killed",
      450,
      null,
      "more_than",
      null,
    ]);
    expect(fields("Over 600 people were killed.")).toEqual([
      "killed",
      600,
      null,
      "more_than",
      null,
    ]);
    expect(fields("Up to 500 people were killed.")).toEqual(["killed", null, 500, "at_most", null]);
    expect(fields("Nearly 1,500 people were displaced.")).toEqual([
      "displaced",
      1500,
      1500,
      "approx",
      null,
    ]);
    expect(fields("Fewer than 50 people survived.")).toEqual([
      "survivors",
      null,
      50,
      "less_than",
      null,
    ]);
    expect(fields("Some 30 bodies were recovered.")).toEqual([
      "bodies_recovered",
      30,
      30,
      "approx",
      null,
    ]);
  });

  it("reads numbers written in words", () => {
    expect(fields("The raid claimed six hundred and thirteen civilian lives.")).toEqual([
      "killed",
      613,
      613,
      "exact",
      "civilians",
    ]);
    expect(fields("They buried ninety-six bodies on Monday.")).toEqual([
      "buried",
      96,
      96,
      "exact",
      null,
    ]);
    expect(fields("At least a thousand civilians died.")).toEqual([
      "killed",
      1000,
      null,
      "at_least",
      "civilians",
    ]);
    expect(fields("More than one thousand two hundred civilians were taken captive.")).toEqual([
      "hostage",
      1200,
      null,
      "more_than",
      "civilians",
    ]);
  });

  it("reads ranges", () => {
    expect(fields("Observers think as many as 500-1,000 villagers died.")).toEqual([
      "killed",
      500,
      1000,
      "range",
      null,
    ]);
    expect(fields("Between 500 and 1,000 people are missing.")).toEqual([
      "missing",
      500,
      1000,
      "range",
      null,
    ]);
    expect(fields("Officials said 120-130 corpses reached the morgue by truck.")).toEqual([
      "bodies_recovered",
      120,
      130,
      "range",
      null,
    ]);
    expect(fields("The war killed 1,500 to 2,000 people.")).toEqual([
      "killed",
      1500,
      2000,
      "range",
      null,
    ]);
  });

  it("gives each subgroup of an including-list its own figure with the parent's measure", () => {
    expect(
      figuresOf(
        "The council listed 613 dead, including 106 women, 63 children and 70 elderly persons.",
      ),
    ).toEqual([
      ["613 dead", "killed", 613, 613, "exact", null],
      ["106 women", "killed", 106, 106, "exact", "women"],
      ["63 children", "killed", 63, 63, "exact", "children"],
      ["70 elderly persons", "killed", 70, 70, "exact", "elderly"],
    ]);
    expect(
      figuresOf("Forensic experts examined 181 bodies (130 male and 51 female).").map((f) => [
        f[1],
        f[5],
      ]),
    ).toEqual([
      ["forensic_examined", null],
      ["forensic_examined", "men"],
      ["forensic_examined", "women"],
    ]);
  });

  it("tells the measures apart", () => {
    const text =
      "By the end, 487 were wounded; 1,275 were taken as hostages; 150 remain missing. 8 families were wiped out, 25 children lost both parents and 130 children lost one parent. The town had a population of 7,000.";
    expect(figuresOf(text).map((f) => [f[1], f[2]])).toEqual([
      ["wounded", 487],
      ["hostage", 1275],
      ["missing", 150],
      ["families_destroyed", 8],
      ["orphaned_both", 25],
      ["orphaned_one", 130],
      ["population", 7000],
    ]);
  });

  it("does not take years, dates, times, ages, distances, labels or units for counts", () => {
    const text =
      "On 26 February 1992 at 11:00 p.m., a 51-year-old man, aged 54, walked 10 miles to the 366th Regiment. Under Article 4 and Resolution 822 (see page 14), 20 percent of land and 15 days passed. In 1993 the 15-man team met.";
    expect(figuresOf(text)).toEqual([]);
  });

  it("keeps offsets into the text as given, even through PDF debris", () => {
    const text = `${"x".repeat(80)} as a result 613 civilians\n12\n\nperished in the attack.`;
    const [figure] = figuresOf(text);
    expect(figure?.[0]).toBe("613 civilians");
    expect(figure?.[1]).toBe("killed");
  });
});

describe("graves counted as places", () => {
  it("counts no dead in graves that hold many or that remains were taken from or laid in", () => {
    const spans = (text: string) => figuresOf(text).map(([t, m]) => [t, m]);
    expect(spans("The team exhumed 52 bodies from three shallow graves by the road.")).toEqual([
      ["52 bodies", "bodies_recovered"],
    ]);
    expect(spans("Villagers laid the 80 dead in two common graves.")).toEqual([
      ["80 dead", "killed"],
    ]);
    expect(spans("Investigators later examined five mass graves outside the town.")).toEqual([]);
  });

  it("still counts graves dug or counted one by one as the buried", () => {
    expect(figuresOf("The priest counted 140 new graves in the cemetery.")).toEqual([
      ["140 new graves", "buried", 140, 140, "exact", null],
    ]);
  });
});

describe("a capacity said by a modal of holding or by room for a count", () => {
  it("reads room for a count and a modal of holding as a capacity, a denied one as at most", () => {
    expect(figuresOf("Forty of us slept in a hut with room for twelve.")).toContainEqual([
      "twelve",
      "other",
      12,
      12,
      "exact",
      null,
    ]);
    expect(figuresOf("The barn could not have held more than 200 people.")).toEqual([
      ["more than 200 people", "other", null, 200, "at_most", null],
    ]);
    expect(figuresOf("The old gaol can accommodate 350 prisoners.")).toEqual([
      ["350 prisoners", "other", 350, 350, "exact", null],
    ]);
  });

  it("leaves a holding with no modal, and room for people named, as they were", () => {
    expect(figuresOf("The old gaol held 350 prisoners in March.")[0]?.[1]).toBe("detained");
    expect(figuresOf("There was no room for the 300 refugees who arrived.")[0]?.[1]).toBe(
      "displaced",
    );
  });
});
