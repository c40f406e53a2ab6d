/** Evidence links on the reference case: proposals, review, history, log and access, on every store. */
import { describe, expect, it } from "vitest";
import { STORE_TARGETS } from "../../test/support/databases.js";
import { CORPUS_DIR } from "../../test/support/paths.js";
import { servicesOn } from "../../test/support/test-services.js";
import { ANONYMOUS, type Caller } from "./caller.js";
import type { Services } from "./services.js";

const lawyer: Caller = { kind: "operator", name: "lawyer" };
const CASE = "khojaly-1992";

describe.each(STORE_TARGETS)("evidence links on $name", (target) => {
  let services: Services;
  servicesOn(
    target,
    (s) => {
      ({ services } = s);
    },
    { kind: { caseId: CASE, corpusDir: CORPUS_DIR }, per: "suite" },
  );

  it("proposes links for the case's figures into the review queue and confirms none", async () => {
    const first = await services.evidence.propose(lawyer, CASE);
    expect(first.proposed).toBeGreaterThan(100);
    const links = await services.evidence.list(lawyer, CASE);
    expect(links).toHaveLength(first.proposed);
    expect(links.every((l) => l.status === "proposed" && l.reviewedBy === null)).toBe(true);
    expect(links.every((l) => l.createdBy === "casefile-proposer" && l.rule !== null)).toBe(true);
    // Every killed figure of the case reaches the killing element of murder as a crime against humanity.
    const killed = await services.claims.list(lawyer, {
      caseId: CASE,
      measure: "killed",
      status: "confirmed",
      limit: 1000,
    });
    const murder = new Set(
      links.filter((l) => l.elementId === "cah-murder-1").map((l) => l.claimId),
    );
    expect(killed.items.every((c) => murder.has(c.id))).toBe(true);
    expect(links.some((l) => l.elementId.startsWith("wc-iac-hostages"))).toBe(true);
    expect(links.some((l) => l.elementId === "wc-niac-nexus" && l.rule === "time:nexus")).toBe(
      true,
    );
    expect(
      links.some((l) => l.elementId === "gen-specific-intent" && l.polarity === "context"),
    ).toBe(true);
    // Proposing again adds nothing twice.
    expect((await services.evidence.propose(lawyer, CASE)).proposed).toBe(0);
  });

  it("confirms, corrects and rejects with reviewer, reason and every version kept and logged", async () => {
    const queue = await services.evidence.list(lawyer, CASE, { crime: "wc-niac-hostages" });
    const [a, b, c] = queue;
    if (!a || !b || !c) throw new Error("expected three hostage-taking proposals");
    const confirmed = await services.evidence.review(lawyer, a.id, { action: "confirm" });
    expect(confirmed).toMatchObject({ status: "confirmed", reviewedBy: "lawyer", version: 2 });
    const corrected = await services.evidence.review(lawyer, b.id, {
      action: "correct",
      polarity: "contradicts",
      weight: 4,
      rationale: "The count is of persons exchanged later, not of hostages taken.",
      reason: "misread",
    });
    expect(corrected).toMatchObject({ status: "confirmed", polarity: "contradicts", weight: 4 });
    await expect(services.evidence.review(lawyer, c.id, { action: "reject" })).rejects.toThrow(
      /needs a reason/,
    );
    await services.evidence.review(lawyer, c.id, { action: "reject", reason: "partial count" });
    const detail = await services.evidence.get(lawyer, b.id);
    expect(detail.history.map((h) => [h.version, h.status, h.polarity, h.by])).toEqual([
      [1, "proposed", "supports", "casefile-proposer"],
      [2, "confirmed", "contradicts", "lawyer"],
    ]);
    const log = await services.log.list(lawyer, { targetId: b.id });
    expect(log.map((e) => e.action)).toEqual(["evidence.review"]);
    await expect(
      services.evidence.review(lawyer, a.id, { action: "correct", weight: 9 }),
    ).rejects.toThrow(/weight/);
  });

  it("builds the matrix: evidence for and against side by side, gaps, filters", async () => {
    const m = await services.matrix.matrix(lawyer, CASE, { crime: "wc-niac-hostages" });
    const crime = m.crimes[0];
    if (!crime) throw new Error("no crime");
    expect(crime.articles).toEqual(["Rome Statute art. 8(2)(c)(iii)"]);
    const conduct = crime.rows[0];
    expect(conduct?.id).toBe("wc-niac-hostages-1");
    expect(conduct?.confirmed.supports.links).toBe(1);
    expect(conduct?.gap).toBe("one_origin");
    expect(conduct?.contradicts.filter((e) => e.status === "confirmed")).toHaveLength(1);
    expect(conduct?.supports.some((e) => e.status === "proposed")).toBe(true);
    expect(conduct?.supports[0]?.label).toMatch(/^hostage/);
    expect(crime.rows.find((r) => r.id === "wc-niac-awareness")?.gap).toBe("no_evidence");
    expect(crime.contradicted).toBe(1);
    // A reviewer's reliability grade weighs the link: ungraded counts half, A in full.
    const confirmed = conduct?.supports.find((e) => e.status === "confirmed");
    expect(confirmed).toMatchObject({ grade: null, score: confirmed ? confirmed.weight / 2 : 0 });
    await services.grades.grade(lawyer, "source", confirmed?.sourceId ?? "", {
      grade: "A",
      reason: "official record, checked",
    });
    const graded = (await services.matrix.matrix(lawyer, CASE, { crime: "wc-niac-hostages" }))
      .crimes[0]?.rows[0];
    expect(graded?.supports.find((e) => e.linkId === confirmed?.linkId)).toMatchObject({
      grade: "A",
      score: confirmed?.weight,
    });
    expect(graded?.confirmed.supports.score).toBe(confirmed?.weight);
    const against = await services.matrix.matrix(lawyer, CASE, {
      crime: "wc-niac-hostages",
      polarity: "contradicts",
    });
    expect(against.crimes[0]?.rows.every((r) => r.supports.length === 0)).toBe(true);
    expect((await services.matrix.matrix(lawyer, CASE)).crimes).toHaveLength(
      services.evidence.law().crimes.length,
    );
    await expect(services.matrix.matrix(lawyer, CASE, { crime: "theft" })).rejects.toMatchObject({
      status: 400,
    });
  });

  it("adds a person's link from a passage or a source, awaiting review; refuses bad input", async () => {
    const sources = await services.sources.list(lawyer, { limit: 5 });
    const source = sources.items[0];
    if (!source) throw new Error("no source");
    const made = await services.evidence.create(lawyer, CASE, {
      sourceId: source.id,
      elementId: "cah-attack",
      polarity: "context",
      weight: 2,
      rationale: "Background on the blockade.",
    });
    expect(made).toMatchObject({
      status: "proposed",
      origin: "manual",
      createdBy: "lawyer",
      targetKind: "source",
    });
    await expect(
      services.evidence.create(lawyer, CASE, {
        sourceId: source.id,
        elementId: "no-such-element",
        polarity: "supports",
        weight: 2,
        rationale: "x",
      }),
    ).rejects.toMatchObject({ status: 400, details: { field: "elementId" } });
    await expect(
      services.evidence.create(lawyer, CASE, {
        elementId: "cah-attack",
        polarity: "supports",
        weight: 2,
        rationale: "x",
      }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      services.evidence.create(ANONYMOUS, CASE, {
        sourceId: source.id,
        elementId: "cah-attack",
        polarity: "supports",
        weight: 2,
        rationale: "x",
      }),
    ).rejects.toMatchObject({ status: 401 });
  });

  it("hides links to a restricted source from an anonymous reader", async () => {
    const [link] = await services.evidence.list(lawyer, CASE, { elementId: "cah-murder-1" });
    if (!link) throw new Error("no link");
    const before = (await services.evidence.list(ANONYMOUS, CASE)).length;
    await services.sources.edit(lawyer, link.sourceId, { access: "restricted" }, "witness safety");
    const after = await services.evidence.list(ANONYMOUS, CASE);
    expect(after.length).toBeLessThan(before);
    expect(after.some((l) => l.sourceId === link.sourceId)).toBe(false);
    await expect(services.evidence.get(ANONYMOUS, link.id)).rejects.toMatchObject({ status: 404 });
    await services.sources.edit(lawyer, link.sourceId, { access: "public" }, "cleared");
  });
});
