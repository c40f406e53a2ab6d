import { describe, expect, it } from "vitest";
import { figuresOf } from "./test-helpers.js";

const read = (text: string) => figuresOf(text).map((f) => [f[0], f[2], f[3]]);

describe("years, times, ages, proportions and quarters", () => {
  it("reads no figure in a year, a time or an age", () => {
    expect(read("In 2004 their relatives buried 31 people.")).toEqual([["31 people", 31, 31]]);
    expect(read("At ten to nine on the night of the raid, soldiers shot 9 men.")).toEqual([
      ["9 men", 9, 9],
    ]);
    expect(read("Every man in the town between eighteen and fifty was questioned.")).toEqual([]);
    expect(read("Some 30 men between 16 and 40 were taken away.")).toEqual([
      ["Some 30 men", 30, 30],
    ]);
    expect(read("She was 14 when the soldiers came.")).toEqual([]);
  });

  it("keeps counts in the same shapes", () => {
    expect(read("Police held between 200 and 300 protesters.")).toEqual([
      ["between 200 and 300 protesters", 200, 300],
    ]);
    expect(read("Troops killed ten to twenty people.")).toEqual([["ten to twenty people", 10, 20]]);
    expect(read("She was one of 12 survivors.")).toEqual([["12 survivors", 12, 12]]);
  });

  it("reads no figure in a proportion", () => {
    expect(read("One in five children died.")).toEqual([]);
    expect(read("Nearly 1 in every 10 prisoners died.")).toEqual([]);
    expect(read("Twenty in a hundred prisoners died.")).toEqual([]);
  });

  it("reads no figure in a count of places", () => {
    expect(read("By May the rebels held eleven communities.")).toEqual([]);
  });

  it("reads a share of a scale, and digits grouped by spaces, as one number", () => {
    expect(read("Three quarters of a million marched.")).toEqual([
      ["Three quarters of a million", 750000, 750000],
    ]);
    expect(read("Some 12 000 people fled.")).toEqual([["Some 12 000 people", 12000, 12000]]);
    expect(read("One and a half million people fled.")).toEqual([
      ["One and a half million people", 1500000, 1500000],
    ]);
    expect(read("A million and a half people fled.")).toEqual([
      ["A million and a half people", 1500000, 1500000],
    ]);
    expect(read("Kesari 64 110 31 people")).toEqual([["31 people", 31, 31]]);
    expect(read("Two to three thousand people marched.")).toEqual([
      ["Two to three thousand people", 2000, 3000],
    ]);
    expect(read("Some 500 to 3,000 people marched.")).toEqual([["500 to 3,000 people", 500, 3000]]);
    // (A scale on the upper number only is the lower one's too, a billion as a thousand.)
    expect(read("Between 1 and 2 billion people marched.")).toEqual([
      ["Between 1 and 2 billion people", 1e9, 2e9],
    ]);
  });

  it("reads half a dozen as six and a score as twenty, never a score of a number", () => {
    expect(read("Gunmen shot half a dozen villagers.")).toEqual([["half a dozen villagers", 6, 6]]);
    expect(read("A half-dozen guards were wounded.")).toEqual([["A half-dozen guards", 6, 6]]);
    expect(read("Two score prisoners were taken to the fort.")).toEqual([
      ["Two score prisoners", 40, 40],
    ]);
    expect(read("A score of villagers were shot.")).toEqual([["A score of villagers", 20, 20]]);
    expect(read("Two dozen villagers were shot.")).toEqual([["Two dozen villagers", 24, 24]]);
    expect(read("Scores of villagers were shot.")).toEqual([]);
    expect(read("The tribunal gave a score of 3 to the witness.")).toEqual([]);
  });

  it("reads a quarter of a scale as one number", () => {
    expect(read("A week later a quarter of a million marched.")).toEqual([
      ["a quarter of a million", 250000, 250000],
    ]);
  });
});

describe("a count right after a month", () => {
  it("reads a number before a people noun or 'of' as a count, not a day", () => {
    expect(read("In December three men died in the cells.")).toEqual([["three men", 3, 3]]);
    expect(read("On 3rd March eleven prisoners were beaten to death.")).toEqual([
      ["eleven prisoners", 11, 11],
    ]);
    expect(read("In May 300 villagers fled to the hills.")).toEqual([["300 villagers", 300, 300]]);
    expect(read("On 12 March 40 people were killed.")).toEqual([["40 people", 40, 40]]);
  });

  it("leaves a day or a year after a month alone", () => {
    expect(read("The talks opened on March three and ended in April.")).toEqual([]);
    expect(read("He was born on 4 March 1950.")).toEqual([]);
    expect(read("In March 1950 people fled.")).toEqual([]);
    expect(read("On March 12 the army moved in.")).toEqual([]);
  });
});
