import { describe, expect, it } from "vitest";
import { attributionContext } from "./attribution-context.js";
import { tokenize } from "./tokens.js";

/** Each sentence's first token, as tokenize numbers its sentences. */
function expectedStarts(tokens: ReturnType<typeof tokenize>): number[] {
  return tokens.flatMap((t, i) => (i === 0 || tokens[i - 1]!.sentence !== t.sentence ? [i] : []));
}

describe("the attribution context's sentence index", () => {
  it("is right for a short text after a long one, and a long text keeps a buffer of its own", () => {
    // About 600,000 tokens: past the buffer kept from text to text, so its index is its own and
    // the short text's context, made after it, leaves it as it was.
    const long = "The ministry said 12 people were killed. ".repeat(75_000);
    const longTokens = tokenize(long);
    expect(longTokens.length).toBeGreaterThan(524_288);
    const longCtx = attributionContext(long, longTokens, "publisher");
    const short = "Police said 40 were held. Residents said 300 fled.";
    const shortTokens = tokenize(short);
    const shortCtx = attributionContext(short, shortTokens, "publisher");
    expect([...shortCtx.sentenceStarts]).toEqual(expectedStarts(shortTokens));
    expect(longCtx.sentenceStarts.length).toBe(75_000);
    expect([...longCtx.sentenceStarts.subarray(0, 3)]).toEqual([0, 8, 16]);
    expect(longCtx.sentenceStarts[74_999]).toBe(longTokens.length - 8);
    for (const k of [0, 1, 2, 5, 9, longTokens.length - 1])
      expect(longCtx.starts[k]).toBe(longTokens[k]!.start);
  });
});
