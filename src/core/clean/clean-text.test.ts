import { describe, expect, it } from "vitest";
import { cleanText } from "./index.js";

/** Every cleaned character must come from the original character it maps to (or be inserted). */
function expectFaithful(original: string) {
  const c = cleanText(original);
  for (let i = 0; i < c.text.length; i++) {
    const ch = c.text[i]!;
    const from = original[c.toOriginal(i)];
    if (ch !== from) expect(" \n–").toContain(ch);
  }
  return c;
}

const WIDE = "x".repeat(70);

describe("cleanText", () => {
  it("keeps a clean text as it is, with an identity map", () => {
    const text = "One line.\nAnother line.";
    const c = cleanText(text);
    expect(c.text).toBe(text);
    expect(c.toOriginal(4)).toBe(4);
    expect(c.toOriginal(text.length)).toBe(text.length);
  });

  it("drops page-number lines and joins the paragraph they cut", () => {
    const text = `${WIDE} the attack began in\n12\n\nthe early morning and lasted hours.`;
    const c = expectFaithful(text);
    expect(c.text).toBe(`${WIDE} the attack began in the early morning and lasted hours.`);
  });

  it("drops footnote markers glued to words and quotes, but not numbers in prose", () => {
    const c = expectFaithful(
      "He called it “a crime against humanity”.1 The regiment29 moved. In 1992.",
    );
    expect(c.text).toBe("He called it “a crime against humanity”. The regiment moved. In 1992.");
  });

  it("keeps a number after an opening straight quote: it starts the quotation", () => {
    const c = expectFaithful('The media speak of "23 martyrs" and "12 disappeared".');
    expect(c.text).toBe('The media speak of "23 martyrs" and "12 disappeared".');
    expect(expectFaithful('as the report says."12 More text').text).toBe(
      'as the report says." More text',
    );
  });

  it("moves footnote bodies to the end, out of the running text", () => {
    const text = `${WIDE} as the report says.7 More text follows here\n7\n\nSee Report of the Commission, Geneva 2001.\n continues the sentence on the next page.`;
    const c = expectFaithful(text);
    expect(
      c.text.startsWith(
        `${WIDE} as the report says. More text follows here continues the sentence`,
      ),
    ).toBe(true);
    expect(c.text.endsWith("See Report of the Commission, Geneva 2001.")).toBe(true);
  });

  it("rejoins hyphenated words only when the text spells them whole elsewhere", () => {
    const c = expectFaithful(
      `a ${WIDE} well-\nknown fact; a wellknown one; a ${WIDE} self-\ndefence unit.`,
    );
    expect(c.text).toContain("wellknown fact");
    expect(c.text).toContain("self-defence unit");
  });

  it("repairs day and year ranges that lost their dash", () => {
    const c = expectFaithful(
      "On the night of 2526 February the winter of 199192 ended; 1234 people.",
    );
    expect(c.text).toBe("On the night of 25–26 February the winter of 1991–92 ended; 1234 people.");
  });

  it("splits words run together only with evidence from the same text", () => {
    const c = expectFaithful(
      "Khojaly was shelled. People fled Khojaly. He left Khojalyjust in time; just so.",
    );
    expect(c.text).toContain("Khojaly just in time");
    expect(cleanText("Northwestern is one word.").text).toBe("Northwestern is one word.");
  });

  it("maps spans back to the original", () => {
    const text = `${WIDE} some 200 people\n3\n\nwere killed.`;
    const c = cleanText(text);
    const at = c.text.indexOf("were killed");
    const span = c.spanToOriginal(at, at + "were killed".length);
    expect(text.slice(span.start, span.end)).toBe("were killed");
  });

  // Finishing at all is what this guards (a quadratic loop on one huge line runs for hours);
  // speed is measured in the benches, never asserted in a test.
  it("reads empty and huge single-line input to the end", { timeout: 180_000 }, () => {
    expect(cleanText("").text).toBe("");
    const digits = "7".repeat(1_000_000);
    expect(cleanText(digits).text.length).toBe(digits.length);
  });
});
