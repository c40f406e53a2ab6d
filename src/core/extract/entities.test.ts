import { describe, expect, it } from "vitest";
import { claimsOfKind } from "./test-helpers.js";

describe("places and actors", () => {
  it("finds gazetteer places in any spelling", () => {
    const places = claimsOfKind(
      "Refugees fled from Xocalı and Khodjaly to Agdam, then to Baku.",
      "place",
    );
    expect(places.map((p) => [p.text, p.placeId])).toEqual([
      ["Xocalı", "khojaly"],
      ["Khodjaly", "khojaly"],
      ["Agdam", "aghdam"],
      ["Baku", "baku"],
    ]);
  });

  it("finds units, organisations and titled persons", () => {
    const text =
      "Troops of the 366th Motor Rifle Regiment took part, Human Rights Watch said. President Ayaz Mutalibov resigned, and Mr. Sadikov said the European Court of Human Rights should rule.";
    const actors = claimsOfKind(text, "actor").map((a) => [a.actorType, a.name]);
    expect(actors).toEqual([
      ["unit", "366th Motor Rifle Regiment"],
      ["organisation", "Human Rights Watch"],
      ["person", "President Ayaz Mutalibov"],
      ["person", "Mr. Sadikov"],
      ["organisation", "European Court of Human Rights"],
    ]);
  });

  it("does not take ordinary capitalised words for actors", () => {
    expect(claimsOfKind("The Armenians came in February. Khojaly burned.", "actor")).toEqual([]);
  });
});
