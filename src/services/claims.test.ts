/** Proposal, review and re-extraction of claims through the services, on every store target. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CORPUS_FILES, itWithCorpus } from "../../test/support/corpus.js";
import { STORE_TARGETS } from "../../test/support/databases.js";
import { servicesOn } from "../../test/support/test-services.js";
import { ANONYMOUS, type Caller } from "./caller.js";
import type { Services } from "./services.js";

const operator: Caller = { kind: "operator", name: "reviewer" };
const WIRE = `GENEVA, 3 March (Wire) - At least 120 people were killed and about 300 wounded in the attack, the regional prosecutor said on Tuesday.

Hospital staff said 45 of the dead were women.`;

// A bulletin that reports in its own voice, and once quotes someone.
const OWN_VOICE = `VALLEY, 3 March - At least 14 people were killed in the shelling overnight.

About 300 residents have fled the village since Sunday.

The district governor said 12 people were wounded.`;

describe.each(STORE_TARGETS)("claims on $name", (target) => {
  let services: Services;
  servicesOn(target, (s) => {
    ({ services } = s);
  });

  async function ingestWire(access = "public") {
    return services.ingest.ingestFile(operator, {
      bytes: new TextEncoder().encode(WIRE),
      fileName: "wire.txt",
      origin: "t",
      metadata: { organisation: "Wire", access },
    });
  }

  it("proposes figure claims anchored to their exact words", async () => {
    const { source, claims } = await ingestWire();
    expect(claims).toBeGreaterThan(0);
    const figures = await services.claims.list(operator, { sourceId: source.id, kind: "figure" });
    const killed = figures.items.find(
      (c) => c.fields.measure === "killed" && c.fields.subgroup === null,
    );
    expect(killed).toMatchObject({
      status: "proposed",
      fields: { min: 120, max: null, hedge: "at_least" },
    });
    expect(WIRE.slice(killed?.start, killed?.end)).toBe(killed?.text);
    expect(killed?.passageId).not.toBeNull();
  });

  it("confirms, corrects and rejects with reviewer, time and reason, keeping every version", async () => {
    const { source } = await ingestWire();
    const [first, second, third] = (
      await services.claims.list(operator, { sourceId: source.id, kind: "figure" })
    ).items;
    if (!first || !second || !third) throw new Error("expected three figure claims");
    const confirmed = await services.claims.review(operator, first.id, { action: "confirm" });
    expect(confirmed).toMatchObject({ status: "confirmed", reviewedBy: "reviewer", version: 2 });
    const corrected = await services.claims.review(operator, second.id, {
      action: "correct",
      fields: { min: 310, max: 310, hedge: "exact" },
      reason: "figure misread",
    });
    expect(corrected).toMatchObject({
      status: "confirmed",
      fields: { min: 310, hedge: "exact" },
      reviewReason: "figure misread",
    });
    await expect(
      services.claims.review(operator, third.id, { action: "reject" }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      services.claims.review(operator, third.id, { action: "correct", fields: { min: 5, max: 2 } }),
    ).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/max \(2\) is below min \(5\)/),
    });
    await services.claims.review(operator, third.id, {
      action: "reject",
      reason: "not a casualty figure",
    });
    const detail = await services.claims.get(operator, second.id);
    expect(detail.history.map((h) => [h.version, h.status])).toEqual([
      [1, "proposed"],
      [2, "confirmed"],
    ]);
    const log = await services.log.list(operator, {});
    expect(log.filter((e) => e.action === "claim.review")).toHaveLength(3);
    await expect(
      services.claims.review(ANONYMOUS, first.id, { action: "confirm" }),
    ).rejects.toMatchObject({ status: 401 });
  });

  it("re-extraction replaces only unreviewed proposals", async () => {
    const { source } = await ingestWire();
    const before = await services.claims.list(operator, { sourceId: source.id });
    const reviewed = before.items[0];
    if (!reviewed) throw new Error("no claims");
    await services.claims.review(operator, reviewed.id, {
      action: "correct",
      fields: reviewed.kind === "figure" ? { min: 121, max: null } : {},
      reason: "check",
    });
    const result = await services.claims.reextract(operator, source.id);
    expect(result.keptReviewed).toBe(1);
    const after = await services.claims.list(operator, { sourceId: source.id });
    expect(after.total).toBe(before.total);
    expect(after.items.find((c) => c.id === reviewed.id)?.status).toBe("confirmed");
  });

  it("moves untouched proposals in the publisher's voice to the publisher's new name when the source is edited", async () => {
    const { source } = await services.ingest.ingestFile(operator, {
      bytes: new TextEncoder().encode(OWN_VOICE),
      fileName: "bulletin.txt",
      origin: "t",
      metadata: { organisation: "Valley Bulletin", access: "public" },
    });
    const claims = async () =>
      (await services.claims.list(operator, { sourceId: source.id, limit: 100 })).items;
    const before = await claims();
    const own = before.filter((c) => c.claimant.role === "publisher");
    const quoted = before.find((c) => c.claimant.role !== "publisher");
    const [reviewed, ...untouched] = own;
    if (!reviewed || untouched.length === 0 || !quoted)
      throw new Error("expected claims in the publisher's voice and one quoted");
    expect(own.every((c) => c.claimant.name === "Valley Bulletin")).toBe(true);
    await services.claims.review(operator, reviewed.id, { action: "confirm" });
    // A title edit leaves the voice as it was: nothing moves.
    await services.sources.edit(operator, source.id, { title: "Bulletin of 3 March" }, "title");
    expect((await claims()).map((c) => c.version)).toEqual(
      before.map((c) => (c.id === reviewed.id ? 2 : 1)),
    );
    await services.sources.edit(
      operator,
      source.id,
      { organisation: "Valley Herald" },
      "renamed outlet",
    );
    const after = new Map((await claims()).map((c) => [c.id, c]));
    for (const c of untouched)
      expect(after.get(c.id)).toMatchObject({
        status: "proposed",
        version: 2,
        claimant: { name: "Valley Herald", role: "publisher" },
      });
    // Reviewed claims stay as reviewed, and a claimant named in the text stays that claimant.
    expect(after.get(reviewed.id)).toMatchObject({
      status: "confirmed",
      claimant: { name: "Valley Bulletin" },
    });
    expect(after.get(quoted.id)?.claimant).toEqual(quoted.claimant);
    // Each move is a version with who and why, and the edit's log entry names the claims by id.
    const shown = await services.claims.get(operator, untouched[0]?.id ?? "");
    expect(shown.history.at(-1)).toMatchObject({
      version: 2,
      by: "reviewer",
      reason: expect.stringContaining("publisher changed"),
      changes: [{ field: "claimant.name", from: "Valley Bulletin", to: "Valley Herald" }],
    });
    const [entry] = await services.log.list(operator, { targetId: source.id, limit: 1 });
    expect(entry).toMatchObject({
      action: "source.edit",
      data: { reattributed: untouched.map((c) => c.id).sort() },
    });
    // Moved proposals are still unreviewed: re-extraction replaces them, keeping the reviewed one.
    const again = await services.claims.reextract(operator, source.id);
    expect(again).toMatchObject({ removed: before.length - 1, keptReviewed: 1 });
    const renamed = (await claims()).filter((c) => c.claimant.role === "publisher");
    expect(renamed.filter((c) => c.claimant.name === "Valley Herald")).toHaveLength(
      untouched.length,
    );
  });

  it("bulk-confirms all or none", async () => {
    const { source } = await ingestWire();
    const ids = (await services.claims.list(operator, { sourceId: source.id })).items.map(
      (c) => c.id,
    );
    await expect(
      services.claims.confirmMany(operator, [...ids, "00000000-0000-0000-0000-000000000000"], null),
    ).rejects.toMatchObject({ status: 404 });
    expect(
      (await services.claims.list(operator, { sourceId: source.id, status: "confirmed" })).total,
    ).toBe(0);
    expect(await services.claims.confirmMany(operator, ids, "checked against the text")).toEqual({
      confirmed: ids.length,
    });
  });

  it("hides claims of restricted sources from anonymous callers", async () => {
    const { source } = await ingestWire("restricted");
    expect((await services.claims.list(ANONYMOUS, {})).total).toBe(0);
    const [claim] = (await services.claims.list(operator, { sourceId: source.id })).items;
    await expect(services.claims.get(ANONYMOUS, claim?.id as string)).rejects.toMatchObject({
      status: 404,
    });
  });

  itWithCorpus("splits a compilation into parts whose text is the parent's slice", async () => {
    const bytes = readFileSync(CORPUS_FILES[1] as string);
    const outcome = await services.ingest.ingestFile(operator, {
      bytes,
      fileName: "004.txt",
      origin: "t",
      metadata: {},
      split: true,
    });
    expect(outcome.source.kind).toBe("compilation");
    expect(outcome.parts).toBeGreaterThan(40);
    const parent = await services.sources.get(operator, outcome.source.id);
    expect(parent.parts).toHaveLength(outcome.parts);
    const press = parent.parts.filter((p) => p.kind === "press");
    expect(press.length).toBeGreaterThan(15);
    const part = await services.sources.get(operator, press[0]?.id as string);
    expect(part.text).toBe(parent.text.slice(part.parentSpan?.start, part.parentSpan?.end));
    expect(part.organisation).toBeTruthy();
  });
});
