import { describe, expect, it } from "vitest";
import { findPlaces, foldName, lookupPlace, PLACES } from "./index.js";
import { mayBeginKey } from "./lookup.js";

describe("gazetteer", () => {
  it("meets spellings across alphabets", () => {
    for (const name of ["Khojaly", "Khojali", "Khodjaly", "Xocalı", "Ходжалы", "KHOJALY"]) {
      expect(lookupPlace(name)?.id).toBe("khojaly");
    }
    for (const name of ["Aghdam", "Agdam", "Ağdam", "Агдам"])
      expect(lookupPlace(name)?.id).toBe("aghdam");
    for (const name of ["Stepanakert", "Khankendi", "Xankəndi", "Степанакерт", "Ханкенди"]) {
      expect(lookupPlace(name)?.id).toBe("khankendi");
    }
    for (const name of ["Nakhchivanik", "Nakhichevanik", "Naxçıvanlı"]) {
      expect(lookupPlace(name)?.id).toBe("nakhchivanik");
    }
  });

  it("turns a word away by its first two letters only when its fold can begin no name", () => {
    const beginnings = new Set<string>();
    for (const place of PLACES)
      for (const name of [place.name, ...place.aliases]) {
        const key = foldName(name);
        for (let n = 1; n <= key.length; n++) beginnings.add(key.slice(0, n));
      }
    const letters = "abcdefghijklmnopqrstuvwxyz";
    let turnedAway = 0;
    // (With the letters that complete a rule begun by the second: "Ash…", "Ack…".)
    for (const first of letters.toUpperCase())
      for (const second of letters)
        for (const rest of ["", "h", "ch", "k", "e", "oj"]) {
          const word = first + second + rest;
          if (mayBeginKey(word, 0, word.length)) continue;
          turnedAway++;
          expect(beginnings.has(foldName(word)), word).toBe(false);
        }
    // (Some first letters fold to no name's first letter: "Fo…", "Ha…", "Ro…"; some pairs begin no
    // name though their first letter does: "The…", "In…", "So…".)
    expect(turnedAway).toBeGreaterThan(0);
    for (const word of ["The", "Then", "In", "Soldiers"])
      expect(mayBeginKey(word, 0, word.length), word).toBe(false);
    for (const word of ["Agdam", "Khojaly", "Stepanakert", "Tbilisi"])
      expect(mayBeginKey(word, 0, word.length), word).toBe(true);
    // Another alphabet, a mark or a single letter is always folded.
    for (const word of ["Ходжалы", "Xocalı", "Éxa", "F", "Thé"])
      expect(mayBeginKey(word, 0, word.length)).toBe(true);
  });

  it("keys names by letters only", () => {
    expect(foldName("Nagorno-Karabakh")).toBe(foldName("Nagorno Karabakh"));
    expect(lookupPlace("London")).toBeNull();
  });

  it("has unique ids and coordinates in range", () => {
    expect(new Set(PLACES.map((p) => p.id)).size).toBe(PLACES.length);
    for (const p of PLACES) {
      if (p.lat !== null) expect(Math.abs(p.lat)).toBeLessThanOrEqual(90);
      if (p.lon !== null) expect(Math.abs(p.lon)).toBeLessThanOrEqual(180);
    }
  });

  it("finds the longest mention in running text", () => {
    const text = "Refugees walked from Khojaly towards Agdam across Nagorno Karabakh.";
    expect(findPlaces(text).map((m) => [m.place.id, text.slice(m.start, m.end)])).toEqual([
      ["khojaly", "Khojaly"],
      ["aghdam", "Agdam"],
      ["nagorno-karabakh", "Nagorno Karabakh"],
    ]);
  });
});
