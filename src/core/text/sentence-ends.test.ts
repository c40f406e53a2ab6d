import { describe, expect, it } from "vitest";
import { sentenceEnds } from "./sentence-ends.js";

const cut = (text: string) => {
  const pieces: string[] = [];
  let start = 0;
  for (const end of sentenceEnds(text)) {
    pieces.push(text.slice(start, end).trim());
    start = end;
  }
  pieces.push(text.slice(start).trim());
  return pieces;
};

describe("sentenceEnds", () => {
  it("ends sentences at . ! ? … before a capital letter or a digit", () => {
    expect(cut("It was cold. Snow fell! Why? 613 died… Then dawn.")).toEqual([
      "It was cold.",
      "Snow fell!",
      "Why?",
      "613 died…",
      "Then dawn.",
    ]);
  });

  it("keeps closing quotes and brackets with the sentence they close", () => {
    expect(cut("He said “we ran.” They left (at night.) “Then” it ended.")).toEqual([
      "He said “we ran.”",
      "They left (at night.)",
      "“Then” it ended.",
    ]);
  });

  it("does not end a sentence after initials, titles or reference abbreviations", () => {
    const text =
      "Mr. Aliyev and Dr. T. de Waal met at the U.S. Senate, see p. 12 and No. 5, et al. Today.";
    expect(cut(text)).toEqual([text]);
  });

  it("does not end a sentence before a lower-case word or inside a number", () => {
    expect(cut("e.g. this, or 1.5 km. and so on.")).toEqual(["e.g. this, or 1.5 km. and so on."]);
  });

  it("recognises Cyrillic and Azerbaijani capitals", () => {
    expect(cut("Это было ночью. Ходжалы пал. Əhali qaçdı.")).toHaveLength(3);
  });
});
