/** A reviewer's provenance decisions: versioned, logged, cycles refused, proposals from the text. */
import { describe, expect, it } from "vitest";
import { STORE_TARGETS } from "../../test/support/databases.js";
import { servicesOn } from "../../test/support/test-services.js";
import type { Caller } from "./caller.js";
import type { Services } from "./services.js";

const operator: Caller = { kind: "operator", name: "reviewer" };
// Our own test text: a wire report passing on what a prosecutor and a hospital said.
const WIRE = `GENEVA, 3 March (Wire) - At least 120 people were killed and about 300 wounded in the attack, the regional prosecutor said on Tuesday.

Our correspondent counted 14 bodies at the morgue. I saw 14 bodies there myself.`;

describe.each(STORE_TARGETS)("provenance on $name", (target) => {
  let services: Services;
  servicesOn(target, (s) => {
    ({ services } = s);
  });

  async function figures() {
    const { source } = await services.ingest.ingestFile(operator, {
      bytes: new TextEncoder().encode(WIRE),
      fileName: "wire.txt",
      origin: "t",
      metadata: { organisation: "Wire", access: "public" },
    });
    const list = await services.claims.list(operator, { sourceId: source.id, kind: "figure" });
    return { source, items: list.items };
  }

  it("proposes a basis where the text says who speaks or who saw", async () => {
    const { items } = await figures();
    const killed = items.find((c) => c.fields.measure === "killed" && c.fields.min === 120);
    expect(killed).toMatchObject({ basis: "reported_speech", derivedFrom: null });
    const seen = items.find((c) => c.text === "14 bodies" && c.start > WIRE.indexOf("I saw"));
    expect(seen?.basis).toBe("own_observation");
  });

  it("sets basis and link as a new version with a log entry, and refuses a cycle", async () => {
    const { source, items } = await figures();
    const [a, b] = items;
    if (!a || !b) throw new Error("expected two figure claims");
    const set = await services.provenance.setProvenance(operator, b.id, {
      basis: "cited_document",
      derivedFrom: { kind: "claim", id: a.id },
      reason: "the second passes on the first",
    });
    expect(set).toMatchObject({
      basis: "cited_document",
      derivedFrom: { kind: "claim", id: a.id },
      version: 2,
      status: "proposed",
    });
    await expect(
      services.provenance.setProvenance(operator, a.id, {
        derivedFrom: { kind: "claim", id: b.id },
      }),
    ).rejects.toThrow(/cycle/);
    await expect(
      services.provenance.setProvenance(operator, a.id, {
        derivedFrom: { kind: "claim", id: a.id },
      }),
    ).rejects.toThrow(/itself/);
    await expect(
      services.provenance.setProvenance(operator, a.id, { basis: "hearsay" }),
    ).rejects.toThrow(/basis must be one of/);
    await expect(
      services.provenance.setProvenance(operator, a.id, {
        derivedFrom: { kind: "source", id: "00000000-0000-4000-8000-000000000000" },
      }),
    ).rejects.toThrow(/no source/);
    // A link to a source or to a claimant not in the archive ends the chain.
    await services.provenance.setProvenance(operator, a.id, {
      derivedFrom: { kind: "claimant", id: "Regional prosecutor" },
      basis: "reported_speech",
    });
    const detail = await services.claims.get(operator, b.id);
    expect(detail.history.map((h) => [h.version, h.basis, h.derivedFrom?.kind ?? null])).toEqual([
      [1, expect.any(String), null],
      [2, "cited_document", "claim"],
    ]);
    const log = await services.log.list(operator, { targetId: b.id });
    expect(log[0]).toMatchObject({ action: "claim.provenance", actor: "reviewer" });
    // Removing the link is a decision of its own.
    const cleared = await services.provenance.setProvenance(operator, b.id, { derivedFrom: null });
    expect(cleared).toMatchObject({ derivedFrom: null, basis: "cited_document", version: 3 });
    expect(source.id).toBe(b.sourceId);
  });
});
