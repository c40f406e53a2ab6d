import { describe, expect, it } from "vitest";
import { figuresOf } from "./test-helpers.js";

const texts = (text: string) => figuresOf(text).map((f) => f[0]);

describe("counts of a proceeding or a method", () => {
  it("reads no figure in the members of a proceeding's count", () => {
    expect(texts("The defence called 19 witnesses, among them 6 of the injured.")).toEqual([]);
    expect(
      texts(
        "We held 90 interviews in May, among them 40 former prisoners, 12 relatives of people shot and 5 nurses.",
      ),
    ).toEqual([]);
    expect(texts("We interviewed 30 former detainees and the families of 15 others.")).toEqual([]);
    expect(
      texts(
        "We interviewed 90 former detainees, 40 relatives and 12 lawyers.\nSixty of the former detainees described beatings.",
      ),
    ).toEqual([]);
  });

  it("reads no figure in a proceeding's parties or numbered things", () => {
    expect(texts("The applicants are fourteen relatives of people who lived there.")).toEqual([]);
    expect(texts("This is the case against seven former officers of the guard.")).toEqual([]);
    expect(texts("A suit brought by four former prisoners was dismissed.")).toEqual([]);
    expect(texts("Accused 3, 4 and 9 are acquitted.")).toEqual([]);
    expect(texts("Exh. P-14 is the list of the dead.")).toEqual([]);
    expect(texts("Forty men were held in Cell 3 for a week.")).toEqual(["Forty men"]);
  });

  it("reads no figure in the accused, a workforce, a speaker or each one of many", () => {
    expect(texts("The State appeals against the acquittal of five police officers.")).toEqual([]);
    expect(texts("The mill had some 3,000 men on the books in 1950.")).toEqual([]);
    expect(texts('"We had no water," one man told reporters.')).toEqual([]);
    expect(texts("I regret every one of those deaths.")).toEqual([]);
  });

  it("keeps the event's figures beside them", () => {
    expect(texts("Soldiers shot 40 villagers, among them 12 children.")).toEqual([
      "40 villagers",
      "12 children",
    ]);
    expect(texts("Troops shot Obi and 11 others.")).toEqual(["11 others"]);
    expect(texts("Article 3, 40 people were killed.")).toContain("40 people");
    expect(texts("Nine survivors testified that 30 were shot.")).toEqual(["30"]);
    expect(texts("The Chamber heard 75 witnesses.")).toEqual([]);
    expect(texts("Later 75 witnesses were killed.")).toEqual(["75 witnesses"]);
    expect(texts("The four appellants were sentenced to death.")).toEqual([]);
  });
});

describe("people a report spoke with or took statements from", () => {
  it("reads no figure in the people interviewed, spoken to or heard in statements", () => {
    expect(texts("The findings rest on interviews with 85 former prisoners.")).toEqual([]);
    expect(texts("Over six weeks the panel took statements from 912 people.")).toEqual([]);
    expect(texts("Our researchers have spoken by phone to 23 residents of the camp.")).toEqual([]);
    expect(
      texts("We held interviews in the capital with 40 people, among them 9 survivors."),
    ).toEqual([]);
  });

  it("still counts people who came or went with or from something", () => {
    expect(texts("The patrol came back with 40 prisoners.")).toEqual(["40 prisoners"]);
    expect(texts("The convoy left the town with 300 wounded.")).toEqual(["300 wounded"]);
  });
});
