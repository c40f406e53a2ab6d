import { describe, expect, it } from "vitest";
import {
  asciiHas,
  asciiTable,
  isLetterCode,
  isLowerCode,
  isSpaceCode,
  isUpperCode,
  isWordCode,
} from "./char-class.js";

const code = (ch: string) => ch.charCodeAt(0);

describe("character classes by code", () => {
  it("agree with the Unicode property patterns over the Basic Multilingual Plane", () => {
    for (let c = 0; c < 65536; c += 7) {
      const ch = String.fromCharCode(c);
      expect(isLetterCode(c)).toBe(/\p{L}/u.test(ch));
      expect(isWordCode(c)).toBe(/[\p{L}\p{M}]/u.test(ch));
      expect(isUpperCode(c)).toBe(/\p{Lu}/u.test(ch));
      expect(isLowerCode(c)).toBe(/\p{Ll}/u.test(ch));
      expect(isSpaceCode(c)).toBe(/\s/.test(ch));
    }
  });

  it("read Azerbaijani, Cyrillic and combining marks", () => {
    expect(isUpperCode(code("Ə"))).toBe(true);
    expect(isLowerCode(code("ı"))).toBe(true);
    expect(isLetterCode(code("ж"))).toBe(true);
    expect(isLetterCode(0x0301)).toBe(false);
    expect(isWordCode(0x0301)).toBe(true);
    expect(isSpaceCode(0x00a0)).toBe(true);
  });

  it("reads a table of ASCII characters as a Set of their codes would answer", () => {
    const table = asciiTable("adfJ");
    const set = new Set([..."adfJ"].map(code));
    for (let c = 0; c < 400; c++) expect(asciiHas(table, c)).toBe(set.has(c));
    expect(asciiHas(table, "x".charCodeAt(1))).toBe(false);
    expect(() => asciiTable("aé")).toThrow(RangeError);
  });
});
