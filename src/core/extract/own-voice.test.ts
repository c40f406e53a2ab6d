import { describe, expect, it } from "vitest";
import { extractClaims } from "./index.js";
import { mastheadNames } from "./own-voice.js";

const claimants = (text: string) =>
  extractClaims(text, { publisher: "The Report" }).flatMap((c) =>
    c.kind === "figure" ? [c.claimant.name] : [],
  );

describe("the publisher's own name", () => {
  it("is read from a report's or a web page's masthead, not from a table's rows", () => {
    expect([
      ...mastheadNames("Skip to main content\nSahel Rights Monitor\nHome | Our work | Reports\n"),
    ]).toEqual(["sahel rights monitor", "rights monitor"]);
    expect([
      ...mastheadNames("    KESTREL RIGHTS WATCH\n    Research brief 07/2019\n\nSummary\n"),
    ]).toEqual(["kestrel rights watch", "rights watch"]);
    expect([
      ...mastheadNames("Portland      9      0      Red Cross\nSt Mary   4   1   Red Cross\n"),
    ]).toEqual([]);
  });

  it("makes the report that names itself speak in its own voice", () => {
    const body = "Kestrel Rights Watch has documented the deaths of 19 people in the town.";
    expect(claimants(`KESTREL RIGHTS WATCH\n\nA report on the strike\n\n${body}`)).toEqual([
      "The Report",
    ]);
    expect(claimants(body)).toEqual(["Kestrel Rights Watch"]);
  });
});
