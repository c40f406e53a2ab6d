/**
 * Each figure its own cue (cue-binding.ts): in a clause with several figures for several
 * measures, a cue bound to another number does not govern this one — and a cue still reaches
 * numbers coordinated under one verb. Invented sentences of our own, each way.
 */
import { describe, expect, it } from "vitest";
import { figuresOf } from "./test-helpers.js";

/** Each figure's words and measure. */
const measures = (text: string) => figuresOf(text).map(([words, measure]) => [words, measure]);

describe("each figure its own cue", () => {
  it("does not give a count the noun that governs another count before it", () => {
    expect(
      measures(
        "The survey records the abduction of 36 people and the flight of some 9,000 villagers to the market town of Kalo.",
      ),
    ).toEqual([
      ["36 people", "hostage"],
      ["some 9,000 villagers", "displaced"],
    ]);
  });

  it("does not give a count the verb whose object is another count", () => {
    // ("Guards beat 40 prisoners": the prisoners are the count; "executed 12 more" is the 12's.)
    expect(measures("Guards beat 40 prisoners and executed 12 more in the yard.")).toEqual([
      ["40 prisoners", "detained"],
      ["12", "killed"],
    ]);
    expect(
      measures(
        "Guards have detained at least 70 pupils since a protest at the college on 4 June, in which an estimated 3,000 pupils walked from the campus to the town hall.",
      ),
    ).toEqual([
      ["at least 70 pupils", "detained"],
      ["an estimated 3,000 pupils", "participants"],
    ]);
    expect(measures("Some 2,000 marchers reached the square, where police arrested 85.")).toEqual([
      ["Some 2,000 marchers", "participants"],
      ["85", "detained"],
    ]);
  });

  it("does not give a count the predicate of a later count in another clause", () => {
    expect(
      measures(
        "Rescue teams brought seventy-two miners to the surface, but thirty others were still trapped below, officials said.",
      ),
    ).toEqual([
      ["seventy-two miners", "survivors"],
      ["thirty others", "missing"],
    ]);
    // (An object has a verb of its own: "and" opens the next count's clause.)
    expect(
      measures(
        "Police have rounded up more than 200 men in the district and at least two have been shot.",
      ),
    ).toEqual([
      ["more than 200 men", "detained"],
      ["at least two", "killed"],
    ]);
  });

  it("gives a count with a predicate of its own no cue from another clause", () => {
    // ("claimed" is a toll's verb, "claimed 40 lives"; what the marchers were is their own
    // predicate's to say, predicate-frames.ts.)
    expect(measures("The strikers claimed that 9,000 were marching by noon.")[0]?.[1]).not.toBe(
      "killed",
    );
  });

  it("still shares one verb between coordinated counts, and a count's cue with its part", () => {
    expect(
      measures(
        "The Chamber finds that nine of those seated on the road were shot dead where they sat, two of them women.",
      ),
    ).toEqual([["two of them women", "killed"]]);
    expect(measures("The soldiers killed eleven policemen and forty civilians.")).toEqual([
      ["eleven policemen", "killed"],
      ["forty civilians", "killed"],
    ]);
    expect(measures("Nine civilians and two soldiers were killed in the ambush.")).toEqual([
      ["Nine civilians", "killed"],
      ["two soldiers", "killed"],
    ]);
    expect(measures("Police arrested 40 people on Monday and a further 60 on Tuesday.")).toEqual([
      ["40 people", "detained"],
      ["60", "detained"],
    ]);
  });

  it("gives a part named only by a place its whole's measure, a part with a verb its own", () => {
    expect(measures("Five prisoners have died since March, three of them in hospital.")).toEqual([
      ["Five prisoners", "killed"],
      ["three", "killed"],
    ]);
    expect(
      measures("About 300 people took part in the march, of whom 40 are now in custody."),
    ).toEqual([
      ["About 300 people", "participants"],
      ["40", "detained"],
    ]);
  });

  it("gives counts coordinated in a list the list's measure, not a later count's own verb", () => {
    expect(
      measures("Among the dead recorded by the clinic were 87 children and 35 women."),
    ).toEqual([
      ["87 children", "killed"],
      ["35 women", "killed"],
    ]);
    expect(measures("Among the dead were 40 children, and 95 women were injured.")).toEqual([
      ["40 children", "killed"],
      ["95 women", "wounded"],
    ]);
  });

  it("binds no cue to a date or to a number inside the count's own phrase", () => {
    expect(
      measures(
        "On or about 19 April the accused ordered the killing of eight refugees, and that five teachers were killed.",
      ),
    ).toEqual([
      ["eight refugees", "killed"],
      ["five teachers", "killed"],
    ]);
    expect(measures("Troops shot dead 14 of the 3,000 marchers.")).toEqual([
      ["14", "killed"],
      ["3,000 marchers", "participants"],
    ]);
  });
});
