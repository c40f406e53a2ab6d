import { describe, expect, it } from "vitest";
import { proposeProvenance } from "./claim-provenance.js";

const publisher = { name: "publisher", role: "publisher" as const };
const basisOf = (sentence: string) =>
  proposeProvenance(sentence, 0, sentence.length, publisher).basis;

describe("proposeProvenance", () => {
  it("takes the reading of highest precedence anywhere in the sentence, not the first one found", () => {
    // Speech and a document come first in the text; the observation wins.
    expect(basisOf("Officials said the report says 40 died, and we counted 41 graves")).toBe(
      "own_observation",
    );
    // The official figures lie inside a longer match for a cited document.
    expect(basisOf("According to the official statistics report, 40 died")).toBe(
      "official_statistics",
    );
    expect(basisOf("The register lists 40 names; the mayor said so")).toBe("cited_document");
    expect(basisOf("About 40 died, the mayor SAID")).toBe("reported_speech");
    expect(basisOf("About 40 died in the night")).toBe("unstated");
  });
});
