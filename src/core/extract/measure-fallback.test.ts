/**
 * The learned measure fallback as extraction runs it: the committed English weights load and
 * read a known example, the grammar asks the fallback only where it found no cue at all, and a
 * deliberate `other` (a capacity, a release, two measures joined, a cue past a semicolon) is
 * never handed to it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractClaims } from "./index.js";
import { compileFallback, type FallbackWeights } from "./measure-fallback.js";
import { measuresOf } from "./test-helpers.js";

const asked = (text: string) => {
  const spans: string[] = [];
  extractClaims(text, {
    measureFallback: (t, start, end) => {
      spans.push(t.slice(start, end));
      return "other";
    },
  });
  return spans;
};

describe("the learned measure fallback", () => {
  it("ships small English weights that compile and read a known example", () => {
    const raw = readFileSync(new URL("./measure-fallback.en.json", import.meta.url), "utf8");
    // (The weights grow with the development half: 35 KB from 162 documents, 41 KB from 218,
    // 45 KB from 246 with the neighbours' measures, 47 KB from 276, 49 KB from 343 with five
    // seeds' models averaged.)
    expect(raw.length).toBeLessThan(50_000);
    const weights = JSON.parse(raw) as FallbackWeights;
    expect(weights.language).toBe("en");
    expect(compileFallback(weights).classes).toContain("displaced");
    // (No cue word and no predicate frame: "took shelter", the first example, is now in the
    // vocabulary, and "huddled in", the second, a frame of its own.)
    const text = "Some 300 villagers hid in the church.";
    expect(asked(text)).toEqual(["Some 300 villagers"]);
    expect(measuresOf(text)).toEqual(["displaced"]);
    expect(measuresOf(text, { measureFallback: null })).toEqual(["other"]);
  });

  it("is never asked about an other the grammar decided", () => {
    for (const text of [
      "The camp was built to hold 600 detainees.",
      "Police said 1,203 have been released.",
      "Nobody could count the dead and wounded on the hillside properly: 40-50 by the well, 60-70 people along the road.",
      "The militia herded about 150 men into the mosque; only 9 escaped.",
      // (A return from the place that held them is a release: "returned alive from the camp".)
      "Only 12 returned alive from the camp.",
      "About 600 men came back alive from captivity in 1946.",
    ]) {
      expect(asked(text)).toEqual([]);
      expect(measuresOf(text)[0]).toBe("other");
    }
  });

  it("is asked about people who came back from camps that may have sheltered them", () => {
    // (Without "alive", camps may be the camps people fled to: no release is read.)
    const text = "Some 4,000 families returned from the camps to their villages.";
    expect(asked(text)).toEqual(["Some 4,000 families"]);
  });

  it("gives the members and repetitions of a count no cue was found for its measure", () => {
    const text = "Some 300 villagers, among them 40 children, hid in the church.";
    expect(asked(text)).toEqual(["Some 300 villagers"]);
    // (The shipped model's answer here moves with its training — displaced from 218 documents,
    // population from 246, below its bar from 276 — so a fallback of fixed answer stands in for
    // it: what is tested is that the member takes the whole's answer.)
    expect(measuresOf(text, { measureFallback: () => "displaced" })).toEqual([
      "displaced",
      "displaced",
    ]);
    const [whole, member] = measuresOf(text);
    expect(member).toBe(whole);
    // A repetition without a verb of its own is the same group; with one, the verb says.
    const again = "Some 300 villagers hid in the church. The 300 stayed there for a week.";
    expect(asked(again)).toEqual(["Some 300 villagers"]);
    expect(measuresOf(again)).toEqual(["displaced", "displaced"]);
    // (The whole's own answer here reads its killed neighbour, and moves with training — displaced
    // from 276 documents, participants from 343 — so the fixed answer stands in for it again.)
    const killedLater = again.replace("stayed there for a week", "were later killed");
    expect(measuresOf(killedLater, { measureFallback: () => "displaced" })).toEqual([
      "displaced",
      "killed",
    ]);
  });

  it("refuses weights whose bar is no probability", () => {
    expect(() =>
      compileFallback({ language: "en", classes: ["other"], bias: [0], weights: {}, threshold: 2 }),
    ).toThrow(/threshold 2 is no probability/);
  });
});
