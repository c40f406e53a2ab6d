import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS_FILES, describeWithCorpus } from "../../../test/support/corpus.js";
import { type Passage, segmentPassages } from "./passages.js";

/** The invariants every segmentation must keep, whatever the text. */
function expectWellFormed(text: string, passages: Passage[], maxChars: number): void {
  let previousEnd = 0;
  const covered = new Uint8Array(text.length);
  passages.forEach((p, i) => {
    expect(p.seq).toBe(i + 1);
    expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(p.start).toBeGreaterThanOrEqual(previousEnd);
    expect(p.end).toBeGreaterThan(p.start);
    expect(p.end - p.start).toBeLessThanOrEqual(maxChars);
    expect(p.text).toBe(p.text.trim());
    covered.fill(1, p.start, p.end);
    previousEnd = p.end;
  });
  for (let i = 0; i < text.length; i++) {
    if (!covered[i] && /\S/.test(text[i] as string))
      throw new Error(`non-whitespace at ${i} is in no passage`);
  }
}

describeWithCorpus("segmentPassages on the corpus", () => {
  for (const file of CORPUS_FILES) {
    // Read inside each test: the body of a skipped describe still runs.
    let cached: string | undefined;
    const corpusText = () => {
      cached ??= readFileSync(file, "utf8");
      return cached;
    };
    for (const maxChars of [1200, 300, 80]) {
      it(`${basename(file)} at maxChars ${maxChars}: slices match, ordered, bounded, complete`, () => {
        const text = corpusText();
        const passages = segmentPassages(text, { maxChars });
        expect(passages.length).toBeGreaterThan(5);
        expectWellFormed(text, passages, maxChars);
      });
    }
    it(`${basename(file)}: long paragraphs are cut at sentence ends where they can be`, () => {
      const passages = segmentPassages(corpusText(), { maxChars: 300 });
      const cut = passages.filter((p) => /[.!?]["'”’)\]]*$/.test(p.text));
      expect(cut.length / passages.length).toBeGreaterThan(0.5);
    });
  }
});

describe("segmentPassages", () => {
  it("returns nothing for empty or blank text", () => {
    expect(segmentPassages("")).toEqual([]);
    expect(segmentPassages(" \n\t\n \r\n")).toEqual([]);
  });

  it("splits paragraphs on blank lines, including whitespace-only and CRLF ones", () => {
    const text = "  First line\nstill first.\n \t\nSecond.\r\n\r\nThird.  ";
    expect(segmentPassages(text).map((p) => p.text)).toEqual([
      "First line\nstill first.",
      "Second.",
      "Third.",
    ]);
  });

  it("cuts a long paragraph at sentence ends, not after abbreviations or initials", () => {
    const sentence = "Mr. Rasulov met Dr. A. Smith of the U.S. Senate in 1992. ";
    const text = sentence.repeat(10).trim();
    const passages = segmentPassages(text, { maxChars: 130 });
    expectWellFormed(text, passages, 130);
    for (const p of passages) expect(p.text.endsWith("1992.")).toBe(true);
  });

  it("prefers a sentence end that ends a line (one paragraph per line, no blank lines)", () => {
    const lines = ["Short first line.", "A long sentence here. ".repeat(40).trim(), "Third line."];
    const text = lines.join("\n");
    const passages = segmentPassages(text, { maxChars: 890 });
    expectWellFormed(text, passages, 890);
    expect(passages.map((p) => p.text)).toEqual(lines);
  });

  it("cuts at whitespace when there is no sentence end, never inside a word", () => {
    const text = Array.from({ length: 200 }, (_, i) => `word${i}`).join(" ");
    const passages = segmentPassages(text, { maxChars: 50 });
    expectWellFormed(text, passages, 50);
    for (const p of passages) expect(p.text).toMatch(/^word\d+( word\d+)*$/);
  });

  it("hard-cuts only a single token longer than maxChars, keeping surrogate pairs whole", () => {
    const text = `intro ${"😀".repeat(30)} outro`;
    const passages = segmentPassages(text, { maxChars: 11 });
    expectWellFormed(text, passages, 11);
    for (const p of passages) expect(p.text).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });

  it("handles a million-digit line in linear time", () => {
    const text = `Total: ${"7".repeat(1_000_000)}.`;
    const passages = segmentPassages(text);
    expect(passages.length).toBeGreaterThan(800);
    expect(passages.reduce((n, p) => n + p.text.length, 0)).toBe(text.length - 1);
  });

  it("handles many short lines and a long run of blank lines", () => {
    const text = `${"a\n".repeat(100_000)}${"\n".repeat(100_000)}end`;
    const passages = segmentPassages(text, { maxChars: 1000 });
    expect(passages.at(-1)?.text).toBe("end");
    expectWellFormed(text, passages, 1000);
  });

  it("refuses a maxChars that cannot hold a surrogate pair", () => {
    expect(() => segmentPassages("text", { maxChars: 1 })).toThrow(RangeError);
  });
});
