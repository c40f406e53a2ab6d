/** The general figure patterns of issue 10, in invented sentences of our own. */
import { describe, expect, it } from "vitest";
import { figuresOf } from "./test-helpers.js";

describe("figure patterns", () => {
  it("reads a count stated as the predicate of a measure noun, inside quotation marks too", () => {
    expect(figuresOf('Counsel submitted that the death toll was "no more than 800".')).toEqual([
      ["no more than 800", "killed", null, 800, "at_most", null],
    ]);
  });

  it("reads a noun outside the quotation that closes on its number", () => {
    expect(figuresOf('The ministry admitted "about 150" dead.')).toEqual([
      ['about 150" dead', "killed", 150, 150, "approx", null],
    ]);
  });

  it("reads the members of a count whose verb is left out", () => {
    expect(
      figuresOf(
        "The police arrested 1,487 persons across the country, of whom 612 in the capital.",
      ),
    ).toEqual([
      ["1,487 persons", "detained", 1487, 1487, "exact", null],
      ["612", "detained", 612, 612, "exact", null],
    ]);
    expect(
      figuresOf(
        "More than 1,100 were treated for injuries at clinics, about 300 for machete wounds.",
      ),
    ).toEqual([
      ["More than 1,100", "wounded", 1100, null, "more_than", null],
      ["about 300", "wounded", 300, 300, "approx", null],
    ]);
  });

  it("opens a list after a hedge", () => {
    expect(
      figuresOf(
        "The soldiers executed 900 persons, including at least 40 children, of whom about 25 were infants.",
      ).map((f) => f[1]),
    ).toEqual(["killed", "killed", "killed"]);
  });

  it("reads a verb elsewhere in the sentence when the clause has none", () => {
    expect(
      figuresOf("Fifty-four police officers and an estimated 130 demonstrators were injured.")[0],
    ).toEqual(["Fifty-four police officers", "wounded", 54, 54, "exact", null]);
  });

  it("reads no one measure from two joined ones", () => {
    expect(
      figuresOf(
        "Nobody could count the dead and wounded on the hillside properly: 40-50 by the well, 60-70 people along the road.",
      ).map((f) => f[1]),
    ).toEqual(["other", "other"]);
  });
});
