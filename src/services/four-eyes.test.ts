/**
 * Four eyes on the reference case, on every store: a first confirmation leaves a claim, an
 * evidence link or a registry link awaiting a second reviewer and out of every count; the same
 * reviewer (or the author) confirming again is refused; every decision is a version and a log entry.
 */
import { describe, expect, it } from "vitest";
import { STORE_TARGETS } from "../../test/support/databases.js";
import { CORPUS_DIR } from "../../test/support/paths.js";
import { servicesOn } from "../../test/support/test-services.js";
import { toCsvText } from "../core/generate/csv-text.js";
import { generatePersons } from "../core/generate/generate-persons.js";
import type { Store } from "../store/open-store.js";
import { ANONYMOUS, type Caller } from "./caller.js";
import type { Services } from "./services.js";

const CASE = "khojaly-1992";
const admin: Caller = { kind: "operator", name: "lead" };
const reviewer = (username: string): Caller => ({
  kind: "user",
  userId: "00000000-0000-4000-8000-000000000001",
  username,
  role: "reviewer",
  groups: [],
  token: null,
});
const alice = reviewer("alice");
const bob = reviewer("bob");
const carol = reviewer("carol");

describe.each(STORE_TARGETS)("four eyes on $name", (target) => {
  let store: Store;
  let services: Services;
  servicesOn(
    target,
    (s) => {
      ({ store, services } = s);
    },
    { kind: { caseId: CASE, corpusDir: CORPUS_DIR }, per: "suite" },
  );

  it("is a case setting only an administrator changes, and each change is logged", async () => {
    expect(await services.fourEyes.get(ANONYMOUS, CASE)).toEqual({
      caseId: CASE,
      fourEyes: false,
    });
    await expect(services.fourEyes.set(alice, CASE, true)).rejects.toMatchObject({ status: 403 });
    await expect(services.fourEyes.set(admin, "no-such-case", true)).rejects.toMatchObject({
      status: 404,
    });
    expect(await services.fourEyes.set(admin, CASE, true, "team policy")).toEqual({
      caseId: CASE,
      fourEyes: true,
    });
    const [entry] = await services.log.list(admin, { targetId: CASE, limit: 1 });
    expect(entry).toMatchObject({
      action: "case.four_eyes",
      actor: "lead",
      reason: "team policy",
      data: { from: false, to: true },
    });
  });

  it("keeps a claim out of the figures until a second reviewer confirms it", async () => {
    const killed = await services.claims.list(admin, {
      caseId: CASE,
      measure: "killed",
      status: "confirmed",
      limit: 1,
    });
    const claim = killed.items[0];
    if (!claim) throw new Error("the case has a confirmed killed figure");
    const counted = async () => {
      const findings = await services.figures.figures(ANONYMOUS, CASE, "killed");
      return !Array.isArray(findings) && findings?.claims.some((c) => c.claimId === claim.id);
    };
    expect(await counted()).toBe(true);
    // A correction is new content only its corrector has seen: it awaits a second review.
    const corrected = await services.claims.review(alice, claim.id, {
      action: "correct",
      fields: { notes: "checked against the original" },
      reason: "note added",
    });
    expect(corrected).toMatchObject({ status: "awaiting", reviewedBy: "alice" });
    expect(await counted()).toBe(false);
    const queue = await services.claims.list(bob, { caseId: CASE, status: "awaiting" });
    expect(queue.items.map((c) => [c.id, c.reviewedBy])).toEqual([[claim.id, "alice"]]);
    await expect(
      services.claims.review(alice, claim.id, { action: "confirm" }),
    ).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/four eyes: you gave this claim its first confirmation/),
    });
    const second = await services.claims.review(bob, claim.id, { action: "confirm" });
    expect(second).toMatchObject({ status: "confirmed", reviewedBy: "bob" });
    expect(await counted()).toBe(true);
    const history = (await services.claims.get(admin, claim.id)).history;
    expect(history.slice(-2).map((h) => [h.status, h.by])).toEqual([
      ["awaiting", "alice"],
      ["confirmed", "bob"],
    ]);
    const log = await services.log.list(admin, { targetId: claim.id, limit: 2 });
    expect(log.map((e) => [e.action, e.actor, e.data.status])).toEqual([
      ["claim.review", "bob", "confirmed"],
      ["claim.review", "alice", "awaiting"],
    ]);
    // A rejection takes effect at once.
    const rejected = await services.claims.review(carol, claim.id, {
      action: "reject",
      reason: "test",
    });
    expect(rejected.status).toBe("rejected");
    expect((await services.claims.review(carol, claim.id, { action: "confirm" })).status).toBe(
      "awaiting",
    );
    expect((await services.claims.review(alice, claim.id, { action: "confirm" })).status).toBe(
      "confirmed",
    );
  });

  it("needs a reviewer other than the first and the author for evidence links", async () => {
    await services.evidence.propose(admin, CASE);
    const [proposal] = await services.evidence.list(admin, CASE, {
      crime: "wc-niac-hostages",
      status: "proposed",
    });
    if (!proposal) throw new Error("expected a hostage-taking proposal");
    const first = await services.evidence.review(alice, proposal.id, { action: "confirm" });
    expect(first).toMatchObject({ status: "awaiting", reviewedBy: "alice" });
    const matrixLinks = async () =>
      (await services.matrix.matrix(admin, CASE, { crime: "wc-niac-hostages" })).crimes.flatMap(
        (c) => c.rows.flatMap((r) => [...r.supports, ...r.contradicts, ...r.context]),
      );
    const entry = (await matrixLinks()).find((e) => e.linkId === proposal.id);
    expect(entry?.status).toBe("awaiting");
    // Awaiting its second reviewer, the proposal still names the rule that words its rationale.
    expect(entry?.rule).toBe(proposal.rule);
    expect(entry?.rule).not.toBeNull();
    const awaiting = await services.evidence.list(bob, CASE, { status: "awaiting" });
    expect(awaiting.map((l) => [l.id, l.reviewedBy])).toEqual([[proposal.id, "alice"]]);
    await expect(
      services.evidence.review(alice, proposal.id, { action: "confirm" }),
    ).rejects.toMatchObject({ status: 403 });
    expect((await services.evidence.review(bob, proposal.id, { action: "confirm" })).status).toBe(
      "confirmed",
    );

    // A first reviewer who rewrites a proposal's rationale makes the stored words theirs: the
    // matrix names no rule for it any more, so the interface shows their words as written.
    const [other] = await services.evidence.list(admin, CASE, { status: "proposed" });
    if (!other) throw new Error("expected a second proposal");
    await services.evidence.review(alice, other.id, {
      action: "correct",
      rationale: "a reviewer's own reading of the claim",
    });
    const everyLink = (await services.matrix.matrix(admin, CASE)).crimes.flatMap((c) =>
      c.rows.flatMap((r) => [...r.supports, ...r.contradicts, ...r.context]),
    );
    expect(everyLink.find((e) => e.linkId === other.id)).toMatchObject({
      status: "awaiting",
      rule: null,
      rationale: "a reviewer's own reading of the claim",
    });

    // A link made by hand: its author's eyes are already on it.
    const manual = await services.evidence.create(bob, CASE, {
      sourceId: proposal.sourceId,
      elementId: proposal.elementId,
      polarity: "context",
      weight: 2,
      rationale: "background for the element",
    });
    expect((await services.evidence.review(alice, manual.id, { action: "confirm" })).status).toBe(
      "awaiting",
    );
    await expect(
      services.evidence.review(bob, manual.id, { action: "confirm" }),
    ).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/you made this evidence link/),
    });
    const done = await services.evidence.get(carol, manual.id);
    expect(done.status).toBe("awaiting");
    expect((await services.evidence.review(carol, manual.id, { action: "confirm" })).status).toBe(
      "confirmed",
    );
    const versions = (await services.evidence.get(admin, manual.id)).history;
    expect(versions.map((v) => [v.status, v.by])).toEqual([
      ["proposed", "bob"],
      ["awaiting", "alice"],
      ["confirmed", "carol"],
    ]);
  });

  it("joins registry records into one person only after two reviewers confirm the link", async () => {
    const generated = generatePersons({ people: 40, lists: 2, seed: 5 });
    for (const list of generated.lists)
      await services.registry.importList(admin, {
        bytes: new TextEncoder().encode(toCsvText(list.header, list.rows)),
        fileName: `${list.name}.csv`,
        origin: "generated",
        name: list.name,
        access: "public",
        caseId: CASE,
      });
    await services.registry.link(admin, { eventYear: 1992 });
    const [link] = (await services.registry.links(admin, { status: "proposed", limit: 1 })).items;
    if (!link) throw new Error("expected a proposed link");
    const people = async () => (await services.registry.histories(admin)).people;
    const before = await people();
    const first = await services.registry.reviewLink(alice, link.id, { action: "confirm" });
    expect(first).toMatchObject({ status: "awaiting", reviewedBy: "alice" });
    expect(await people()).toBe(before);
    await expect(
      services.registry.reviewLink(alice, link.id, { action: "confirm" }),
    ).rejects.toMatchObject({ status: 403 });
    const second = await services.registry.reviewLink(bob, link.id, { action: "confirm" });
    expect(second).toMatchObject({ status: "confirmed", reviewedBy: "bob" });
    expect(await people()).toBe(before - 1);
    const rows = await store.db.query<{ version: number; status: string; created_by: string }>(
      "SELECT version, status, created_by FROM record_link_versions WHERE link_id = $1 ORDER BY version",
      [link.id],
    );
    expect(rows.map((r) => [r.version, r.status, r.created_by])).toEqual([
      [2, "awaiting", "alice"],
      [3, "confirmed", "bob"],
    ]);
  });

  it("confirms at once when the case does not ask for four eyes, and the log still verifies", async () => {
    await services.fourEyes.set(admin, CASE, false);
    const [proposal] = await services.evidence.list(admin, CASE, { status: "proposed" });
    if (!proposal) throw new Error("expected a proposal");
    expect((await services.evidence.review(alice, proposal.id, { action: "confirm" })).status).toBe(
      "confirmed",
    );
    const report = await services.verify.verify(admin);
    expect(report.problems).toEqual([]);
  });
});
