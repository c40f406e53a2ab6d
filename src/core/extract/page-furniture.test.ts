import { describe, expect, it } from "vitest";
import { figuresOf } from "./test-helpers.js";

const texts = (text: string) => figuresOf(text).map((f) => f[0]);

describe("page furniture", () => {
  it("reads no figure in a page's headline, byline, timestamps or link lists", () => {
    const page = [
      "Home | World | Africa",
      "",
      "Ferry fire leaves 31 dead; 12 missing",
      "",
      "By Staff Reporter | Published 6:15 a.m. March 3, 2018 | Updated 8:40 a.m.",
      "",
      "PORT ELDA (AP) — At least 31 people died when a ferry caught fire on Friday, officials said.",
      "",
      "More from Africa",
      "Floods leave 4,000 homeless",
      "",
    ].join("\n");
    expect(texts(page)).toEqual(["At least 31 people"]);
  });

  it("reads no figure in a table of contents", () => {
    const page =
      "Contents\n1 Background\n2 Killings\n3 Aftermath\n\nBackground\nSoldiers shot 14 villagers.\n";
    expect(texts(page)).toEqual(["14 villagers"]);
  });

  it("reads no figure in a headline set in capitals or a hidden table of contents", () => {
    expect(
      texts("APPEAL 12/04\nTWELVE MINERS FEARED TRAPPED\nTwelve miners are feared trapped.\n"),
    ).toEqual(["Twelve miners"]);
    expect(texts("Contents [hide]\n1 Background\n3 Aftermath\n\nTroops shot 9 men.\n")).toEqual([
      "9 men",
    ]);
  });

  it("reads no figure in a link set on one line after its label", () => {
    expect(
      texts("ALSO READ: 300 killed in floods\nWatch: 40 dead as bus falls\nTroops shot 9 men.\n"),
    ).toEqual(["9 men"]);
    // ("Related: …" inside a long line is prose.)
    expect(texts("The army said that the 14 men it shot were related: all were cousins.")).toEqual([
      "14 men",
    ]);
  });

  it("reads no figure in a list of references, but reads its notes", () => {
    const page = [
      "Troops shot 9 men.",
      "",
      "References",
      '1. ^ "Police kill 40 protesters in capital". The Courier. 12 May 2019.',
      "",
      "Notes",
      "a. The ministry later put the dead at 11 people.",
      "",
    ].join("\n");
    expect(texts(page)).toEqual(["9 men", "11 people"]);
  });

  it("finds a list's heading after any line end, and only the spellings a page sets", () => {
    // (A heading's line may follow a carriage return or a line separator, not only "\\n".)
    const crlf = "Troops shot 9 men.\r\nRelated stories\r\nFloods leave 4,000 homeless\r\n\r\n";
    expect(texts(crlf)).toEqual(["9 men"]);
    expect(texts("Troops shot 9 men.\u2028Most read\nFloods leave 4,000 homeless\n")).toEqual([
      "9 men",
    ]);
    // ("Further Reading" in title case is no list's heading: its line is read.)
    expect(texts("Troops shot 9 men.\nFurther Reading\nPolice kill 40 protesters\n")).toEqual([
      "9 men",
      "40 protesters",
    ]);
  });

  it("reads a page with Windows line ends the same way", () => {
    const page = [
      "Home",
      "",
      "Ferry fire leaves 31 dead",
      "By Wire Staff",
      "",
      "At least 31 people died on Friday, officials said.",
      "",
      "Contents",
      "1 Background",
      "2 Killings",
      "",
      "TWELVE MINERS FEARED TRAPPED",
      "",
      "References",
      '1. "Police kill 40 protesters". The Courier.',
      "",
    ];
    expect(texts(page.join("\r\n"))).toEqual(["At least 31 people"]);
    expect(texts(page.join("\n"))).toEqual(["At least 31 people"]);
  });

  it("reads no figure under more headings of link lists, or after a page's tags", () => {
    for (const heading of ["You might also like", "Trending", "More in Africa", "Editor's picks"])
      expect(texts(`Troops shot 9 men.\n\n${heading}\nFire kills 12 in market\n`)).toEqual([
        "9 men",
      ]);
    expect(texts("Troops shot 9 men.\n\nTags: 40 killed, Kenya\n")).toEqual(["9 men"]);
  });

  it("keeps wrapped prose that only looks like a byline", () => {
    const pdf =
      "The inquiry found that the crowd was fired on\nby Police who killed 40 and wounded\n90 more.\n";
    expect(texts(pdf)).toContain("40");
  });
});
