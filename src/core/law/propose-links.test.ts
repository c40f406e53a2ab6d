import { describe, expect, it } from "vitest";
import { testLaw } from "../../../test/support/law.js";
import {
  InvalidLinkError,
  makeLinkFields,
  PROPOSAL_RULES,
  type ProposalInputClaim,
  proposeLinks,
} from "./index.js";

const law = testLaw();
const EVENT = { start: "1992-02-25", end: "1992-02-26" };
const figure = (id: string, measure: string, subgroup: string | null = null) => ({
  id,
  fields: {
    kind: "figure" as const,
    measure: measure as "killed",
    min: 100,
    max: 100,
    hedge: "exact" as const,
    subgroup: subgroup as "children" | null,
    unit: "people" as const,
  },
});

describe("proposeLinks", () => {
  it("sends a killed figure to every killing element, as support", () => {
    const proposals = proposeLinks(law, [figure("k", "killed")], EVENT);
    expect(proposals.map((p) => p.elementId)).toEqual([
      "genocide-killing-1",
      "cah-murder-1",
      "cah-extermination-1-killing",
      "wc-iac-wilful-killing-1",
      "wc-niac-murder-1",
    ]);
    expect(proposals.every((p) => p.polarity === "supports" && p.rationale.includes("100"))).toBe(
      true,
    );
  });

  it("sends hostages to hostage-taking, civilians to civilian status and combatants against it", () => {
    const proposals = proposeLinks(
      law,
      [
        figure("h", "hostage"),
        figure("c", "killed", "children"),
        figure("m", "killed", "combatants"),
      ],
      EVENT,
    );
    const of = (id: string) => proposals.filter((p) => p.claimId === id);
    expect(of("h").map((p) => p.elementId)).toContain("wc-niac-hostages-1");
    expect(of("c").map((p) => p.elementId)).toContain("wc-no-active-part-civilians");
    expect(of("m").find((p) => p.elementId === "wc-no-active-part-civilians")?.polarity).toBe(
      "contradicts",
    );
  });

  it("ties times inside the event to the nexus, and leaves times outside it alone", () => {
    const time = (id: string, startIso: string, endIso: string | null) => ({
      id,
      fields: {
        kind: "time" as const,
        startIso,
        endIso,
        precision: "hour" as const,
        approximate: false,
      },
    });
    const proposals = proposeLinks(
      law,
      [
        time("night", "1992-02-25T23:00", null),
        time("before", "1991-09", "1991-11"),
        time("later", "2008-05", null),
      ],
      EVENT,
    );
    expect(proposals.map((p) => `${p.claimId}:${p.elementId}`)).toEqual([
      "night:wc-iac-nexus",
      "night:wc-niac-nexus",
    ]);
  });

  it("treats a qualification as context and a statement of intent as support for specific intent", () => {
    const proposals = proposeLinks(
      law,
      [
        { id: "q", fields: { kind: "qualification", qualification: "genocide" } },
        {
          id: "s",
          fields: {
            kind: "statement",
            summary: "The commander said the aim was to wipe out the town's people.",
          },
        },
        { id: "n", fields: { kind: "statement", summary: "The weather was cold." } },
      ],
      EVENT,
    );
    expect(proposals.map((p) => [p.claimId, p.elementId, p.polarity])).toEqual([
      ["q", "gen-specific-intent", "context"],
      ["s", "gen-specific-intent", "supports"],
    ]);
  });

  it("names only rules in PROPOSAL_RULES, which the interface words in each language", () => {
    const measures = PROPOSAL_RULES.filter((r) => r.startsWith("measure:")).map((r) => r.slice(8));
    const qualifications = PROPOSAL_RULES.filter((r) => r.startsWith("qualification:"));
    const claims: ProposalInputClaim[] = [
      ...measures.map((m) => figure(`f-${m}`, m)),
      figure("c", "killed", "civilians"),
      figure("m", "killed", "combatants"),
      {
        id: "t",
        fields: {
          kind: "time" as const,
          startIso: "1992-02-26T01:00",
          endIso: null,
          precision: "hour" as const,
          approximate: false,
        },
      },
      ...qualifications.map((q) => ({
        id: q,
        fields: { kind: "qualification" as const, qualification: q.slice(14) as "genocide" },
      })),
      { id: "s", fields: { kind: "statement" as const, summary: "an aim to destroy the town" } },
      {
        id: "a",
        fields: { kind: "actor" as const, name: "a regiment", actorType: "unit" as const },
      },
    ];
    const named = new Set(proposeLinks(law, claims, EVENT).map((p) => p.rule));
    // Every rule is reachable, and nothing outside the list is proposed.
    expect([...named].sort()).toEqual([...PROPOSAL_RULES].sort());
  });
});

describe("makeLinkFields", () => {
  it("refuses an unknown element, a weight of 6 and an empty rationale, naming the field", () => {
    const ok = {
      elementId: "cah-murder-1",
      polarity: "supports" as const,
      weight: 3,
      rationale: " why ",
    };
    expect(makeLinkFields(law, ok).rationale).toBe("why");
    for (const [patch, field] of [
      [{ elementId: "cah-nothing" }, "elementId"],
      [{ weight: 6 }, "weight"],
      [{ rationale: "  " }, "rationale"],
      [{ polarity: "maybe" }, "polarity"],
    ] as const) {
      try {
        makeLinkFields(law, { ...ok, ...patch } as typeof ok);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidLinkError);
        expect((error as InvalidLinkError).field).toBe(field);
      }
    }
  });
});
