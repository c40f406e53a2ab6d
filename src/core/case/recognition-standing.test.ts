import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseCaseFiles } from "./load-case-files.js";
import { countryStandings, type StandingEntry, standingOf } from "./recognition-standing.js";
import { validateCase } from "./validate-case.js";

type Entry = StandingEntry;

const entry = (over: Partial<Entry>): Entry => ({
  issuer: "body",
  instrument: "resolution",
  jurisdiction: { level: "country", iso3166: "XX" },
  qualifications: ["massacre"],
  ...over,
});

describe("the standing of a recognition", () => {
  it("sets a member's remark apart from acts of bodies, and national acts from local ones", () => {
    expect(standingOf(entry({}))).toBe("national_act");
    expect(standingOf(entry({ issuer: "member", instrument: "remark" }))).toBe("member_remark");
    expect(
      standingOf(
        entry({
          issuer: "office_holder",
          instrument: "proclamation",
          jurisdiction: { level: "subnational", iso3166: "XX-YY" },
        }),
      ),
    ).toBe("subnational_act");
  });

  it("shades a country by its weightiest entry that names the event; unstated ones shade nothing", () => {
    const [c] = countryStandings([
      entry({ issuer: "member", instrument: "remark" }),
      entry({ issuer: "member", instrument: "remark", qualifications: [] }),
      entry({ qualifications: [] }),
    ]);
    expect(c).toMatchObject({
      country: "XX",
      shade: "member_remark",
      counts: {
        national_act: { stated: 0, unstated: 1 },
        member_remark: { stated: 1, unstated: 1 },
      },
    });
    const [none] = countryStandings([entry({ qualifications: [] })]);
    expect(none?.shade).toBeNull();
  });

  it("reads the Khojaly registry: the United States is mostly members' remarks", () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
    const parsed = validateCase(
      parseCaseFiles((f) => readFileSync(path.join(root, "cases/khojaly-1992", f), "utf8")),
    );
    if (!parsed.ok) throw new Error("the reference case does not validate");
    const us = countryStandings(parsed.data.recognitions).find((c) => c.country === "US");
    expect(us?.counts.member_remark.stated).toBeGreaterThan(10);
    expect(us?.counts.national_act.stated).toBe(0);
    expect(us?.shade).toBe("subnational_act");
    const pakistan = countryStandings(parsed.data.recognitions).find((c) => c.country === "PK");
    expect(pakistan?.shade).toBeNull();
  });
});
