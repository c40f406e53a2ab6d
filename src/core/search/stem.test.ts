import { describe, expect, it } from "vitest";
import { stemEnglish, stemKeys } from "./stem.js";

describe("English stemming (Porter2, inflectional steps)", () => {
  it.each([
    ["hostages", "hostage"],
    ["hostage", "hostage"],
    ["killed", "kill"],
    ["killing", "kill"],
    ["kills", "kill"],
    ["wounded", "wound"],
    ["bodies", "bodi"],
    ["body", "bodi"],
    ["families", "famili"],
    ["family", "famili"],
    ["held", "held"],
    ["shelling", "shell"],
    ["hoping", "hope"],
    ["hopping", "hop"],
    ["agreed", "agree"],
    ["cries", "cri"],
    ["ties", "tie"],
    ["gas", "gas"],
    ["witness's", "witness"],
    ["1992", "1992"],
  ])("%s → %s", (word, stem) => {
    expect(stemEnglish(word)).toBe(stem);
  });

  it("gives singular and plural one key", () => {
    expect(stemKeys("hostages")).toEqual(stemKeys("hostage"));
    expect(stemKeys("refugees")).toEqual(stemKeys("refugee"));
  });
});
