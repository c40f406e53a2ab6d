import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import { findSpeakerTurns } from "./speaker-turns.js";

const figureClaimants = (text: string) =>
  extractClaims(text).flatMap((c) => (c.kind === "figure" ? [[c.text, c.claimant.name]] : []));

describe("speaker turns", () => {
  it("give the voice of a record of proceedings to the member speaking", () => {
    const record = [
      "Mr Tomas Reyel (Eastbury) (Ind): Will the Minister confirm that 310 people were arrested in the port last week?",
      "",
      "The Minister for Home Affairs (Ms Ada Kovel): I can confirm that 214 people were detained, and that 12 remain in custody.",
    ].join("\n");
    expect(figureClaimants(record)).toEqual([
      ["310 people", "Mr Tomas Reyel"],
      ["214 people", "Ms Ada Kovel"],
      ["12", "Ms Ada Kovel"],
    ]);
  });

  it("take a written answer's author from its heading", () => {
    expect(
      findSpeakerTurns(
        "Answer of the Minister of Health:\n\nThe hospitals admitted 80 patients.",
      )[0]?.name,
    ).toBe("Minister of Health");
  });

  it("leave infobox fields and short values alone", () => {
    expect(findSpeakerTurns("Deaths: 512 (per the ministry)\nPresident: A. Kerege\n")).toEqual([]);
  });

  it("read the court's finding and the parties' submissions", () => {
    expect(
      figureClaimants(
        "The Chamber finds that the killing of at least 900 men has been established. The Defence argued that no more than 200 bodies were exhumed.",
      ).map((x) => x[1]),
    ).toEqual(["Chamber", "Defence"]);
  });
});

describe("pronoun speakers", () => {
  it("take the speaker named in the sentence before", () => {
    const text =
      "The Appeals Chamber had found that the guards beat the prisoners. It further found that at least 90 detainees died of the beatings.";
    expect(figureClaimants(text)).toEqual([["at least 90 detainees", "Appeals Chamber"]]);
  });
});

describe("speaker turns set off by a dash, and sentences that are not speakers", () => {
  it("give the turn to the member named before the dash, not to the office in brackets", () => {
    const record = [
      "Mr HOLLOWAY (Kingsford) — Can the Minister say how many were held after the raid on the island?",
      "",
      "Mr BRENNAN (Minister for Foreign Affairs) — I can tell the House that 43 men have been detained there.",
    ].join("\n");
    expect(figureClaimants(record)).toEqual([["43 men", "Mr BRENNAN"]]);
  });

  it("read no speaker in a sentence that ends in a colon", () => {
    expect(
      findSpeakerTurns(
        "Justice is being done: 112 vandals were detained in the act, and the prosecutor charged 67.",
      ),
    ).toEqual([]);
  });

  it("read no turn in a wire report's dateline", () => {
    expect(
      findSpeakerTurns(
        "PORT HARRAN, March 14 (AP) — Troops fired into a crowd of some 6,000 dock labourers.",
      ),
    ).toEqual([]);
  });

  it("gives a peer's turn to the peer named in the parenthesis, and the words of one who admits or is quoted", () => {
    const record = [
      "The Secretary of State for War (Viscount Halsham): I am informed by the officer commanding that nineteen persons were wounded in the town.",
    ].join("\n");
    expect(figureClaimants(record)).toEqual([["nineteen persons", "Viscount Halsham"]]);
    expect(figureClaimants("The respondents admit that 38 persons were arrested.")).toEqual([
      ["38 persons", "respondents"],
    ]);
    expect(
      figureClaimants("A deputy was quoted as saying that about 7,000 people had been arrested."),
    ).toEqual([["about 7,000 people", "deputy"]]);
  });

  it("take no article's opening line with a colon inside a parenthesis for a speaker's label", () => {
    expect(
      findSpeakerTurns(
        "The Vale revolt (Spanish: Revuelta del Valle) was a rising of tenant farmers in 1956.\nSome 60,000 people lived in the valley.",
      ),
    ).toEqual([]);
  });
});

describe("speakers titled in the records' own languages, and headings that are no speaker", () => {
  it("give a turn to a member titled Shri, Shrimati or Dato', and the office's turn to the member in brackets", () => {
    const record = [
      "THE MINISTER OF STATE IN THE MINISTRY OF LABOUR (SHRI P. R. NAIDU): Sir, the report says that 31 workers were injured.",
      "",
      "SHRI M. K. VERMA (Salem): Sir, I went to the mill on Monday, and 44 workers were taken to hospital that night.",
      "",
      "SHRIMATI LATA ROY: Is it true that 120 families are still in the relief camp at the mill?",
      "",
      "The Minister for Works (Dato' Ismail bin Hamid): As at 1 May, 260 persons were housed in the two halls.",
      "",
      "Dato' ISMAIL: A further 75 persons have returned to their homes since then.",
    ].join("\n");
    expect(figureClaimants(record)).toEqual([
      ["31 workers", "SHRI P. R. NAIDU"],
      ["44 workers", "SHRI M. K. VERMA"],
      ["120 families", "SHRIMATI LATA ROY"],
      ["260 persons", "Dato' Ismail bin Hamid"],
      ["75 persons", "Dato' ISMAIL"],
    ]);
  });

  it("read a run-in heading or a sentence opening with 'The' before a colon as no speaker, an office as one", () => {
    expect(
      findSpeakerTurns(
        [
          "THE DEAD: Our paper has the names of 21 of our people killed in the two nights of fighting.",
          "THE ARRESTS: The police say they have taken 40 persons into custody since Monday night.",
          "The gunmen let the oldest go at noon: some 30 pupils were sent out through the gate.",
          "The Forgotten: an inquiry into the deaths of 19 protesters in the hill towns last spring",
        ].join("\n"),
      ),
    ).toEqual([]);
    expect(
      findSpeakerTurns(
        "The CHIEF SECRETARY: I am informed that 14 persons were detained after the meeting.",
      )[0]?.name,
    ).toBe("CHIEF SECRETARY");
  });
});

describe("a member's label closed by an unspaced dash", () => {
  it("opens a turn after a name in capitals, with or without its bracket", () => {
    const record = [
      "Mr DOYLE (Kooyong)—Can the Minister say how many were arrested at the port?",
      "",
      "Mr FARRELL (Minister for Home Affairs)—I can tell the House that 37 men were detained.",
      "",
      "Mr DOYLE—Is it not the case that 120 families have fled the town?",
    ].join("\n");
    expect(figureClaimants(record)).toEqual([
      ["37 men", "Mr FARRELL"],
      ["120 families", "Mr DOYLE"],
    ]);
  });

  it("not a sentence that opens with a titled name in ordinary case", () => {
    expect(
      findSpeakerTurns(
        "Mr Farrell—then a junior minister—said that 37 men were detained at the port.",
      ),
    ).toEqual([]);
  });
});
