/**
 * Correcting a claim over HTTP: the claimant can be one the case knows (by id) or a new one, the
 * basis is set in the same version, and every refusal is a 400 that names the field it is about
 * (so the web form can show it there). Each correction is a version and a log entry.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STORE_TARGETS } from "./support/databases.js";
import {
  type InProcessApp,
  inProcessApp,
  OPERATOR,
  OPERATOR_TOKEN,
} from "./support/in-process-app.js";

const NOTE = "Field note, 4 March. Officials said only 12 people had died in the village.";

describe.each(STORE_TARGETS)("claim correction over HTTP on $name", (target) => {
  let t: InProcessApp;
  let claimId: string;
  const post = (path: string, payload: object) =>
    t.app.inject({
      method: "POST",
      url: path,
      headers: { authorization: `Bearer ${OPERATOR_TOKEN}` },
      payload,
    });
  const review = (payload: object) => post(`/api/claims/${claimId}/review`, payload);

  beforeAll(async () => {
    t = await inProcessApp(target);
    const { source } = await t.services.ingest.ingestFile(OPERATOR, {
      bytes: new TextEncoder().encode(NOTE),
      fileName: "note.txt",
      origin: "t",
      metadata: { organisation: "The Herald", access: "public" },
    });
    // A small case with two claimants, and the note attached to it.
    const db = t.services.store.db;
    await db.query(
      "INSERT INTO cases (id, title, summary, data, data_sha256, loaded_at) VALUES ('test-case', 'T', 'S', '{}', 'x', now())",
    );
    for (const [id, name] of [
      ["village-officials", "Village officials"],
      ["herald", "The Herald"],
    ])
      await db.query(
        "INSERT INTO claimants (case_id, id, name, affiliation, data) VALUES ('test-case', $1, $2, 'government', $3)",
        [
          id,
          name,
          JSON.stringify({ id, name, kind: "body", affiliation: "government", note: null }),
        ],
      );
    await db.query("UPDATE sources SET case_id = 'test-case' WHERE id = $1", [source.id]);
    const figures = await t.services.claims.list(OPERATOR, { sourceId: source.id, kind: "figure" });
    const died = figures.items.find((c) => c.text?.includes("12"));
    if (!died) throw new Error("no figure claim proposed from the note");
    claimId = died.id;
  });
  afterAll(() => t.dispose());

  it("lists the case's claimants for the form", async () => {
    const answer = await t.app.inject({
      method: "GET",
      url: `/api/claims/${claimId}/claimants`,
      headers: { authorization: `Bearer ${OPERATOR_TOKEN}` },
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.json().map((c: { id: string }) => c.id)).toEqual(["herald", "village-officials"]);
  });

  it("names the field of every refusal", async () => {
    const cases: [object, string][] = [
      [{ action: "correct", fields: { unit: "corpses" } }, "unit"],
      [{ action: "correct", fields: { min: 20, max: 10 } }, "figure"],
      [{ action: "correct", claimant: { name: "X", role: "spokesman" } }, "claimant.role"],
      [{ action: "correct", claimant: { name: "", role: "official" } }, "claimant.name"],
      [{ action: "correct", claimant: { name: "  ", role: "official" } }, "claimant.name"],
      [
        { action: "correct", claimant: { name: "", role: "official", ref: "nobody" } },
        "claimant.ref",
      ],
      [{ action: "correct", basis: "hearsay" }, "basis"],
    ];
    for (const [payload, field] of cases) {
      const answer = await review(payload);
      expect(answer.statusCode, JSON.stringify(payload)).toBe(400);
      expect(answer.headers["content-type"]).toMatch(/application\/problem\+json/);
      expect(answer.json().field, JSON.stringify(payload)).toBe(field);
      expect(answer.json().code, JSON.stringify(payload)).toMatch(/^invalid-input/);
    }
    // A choice among the vocabulary's codes names every allowed one.
    const role = await review({ action: "correct", claimant: { name: "X", role: "spokesman" } });
    expect(role.json().code).toBe("invalid-input.enum");
    expect(role.json().params.allowed).toContain("official");
    // Nothing was written by any refusal.
    const claim = await t.services.claims.get(OPERATOR, claimId);
    expect(claim.version).toBe(1);
  });

  it("gives the claim to a case claimant with its basis, as one logged version", async () => {
    const answer = await review({
      action: "correct",
      fields: { unit: "people" },
      claimant: { name: "", role: "official", ref: "village-officials" },
      basis: "reported_speech",
      reason: "the text gives the figure to officials",
    });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json()).toMatchObject({
      version: 2,
      status: "confirmed",
      claimant: { name: "Village officials", role: "official", ref: "village-officials" },
      basis: "reported_speech",
    });
    const detail = await t.services.claims.get(OPERATOR, claimId);
    expect(detail.history.at(-1)).toMatchObject({
      version: 2,
      basis: "reported_speech",
      claimant: { name: "Village officials", ref: "village-officials" },
      reason: "the text gives the figure to officials",
    });
    const log = await t.services.store.db.query<{ data: { claimant?: string; basis?: string } }>(
      "SELECT data FROM activity_log WHERE target_id = $1 AND action = 'claim.review' ORDER BY seq",
      [claimId],
    );
    expect(log.at(-1)?.data).toMatchObject({
      claimant: "village-officials",
      basis: "reported_speech",
    });
  });

  it("names a new claimant that the case does not know", async () => {
    const answer = await review({
      action: "correct",
      claimant: { name: "  A district doctor ", role: "witness" },
    });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json()).toMatchObject({
      version: 3,
      claimant: { name: "A district doctor", role: "witness", ref: null },
    });
  });
});
