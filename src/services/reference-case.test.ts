/**
 * A reference case loaded into two empty stores gets the same ids in both (sources, passages,
 * claims), so that a citation made against one store resolves in another; and it can be cited.
 */
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STORE_TARGETS } from "../../test/support/databases.js";
import { CORPUS_DIR, CORPUS_FILES } from "../../test/support/paths.js";
import type { Store } from "../store/open-store.js";
import { ANONYMOUS, type Caller } from "./caller.js";
import { ensureReferenceCase } from "./reference-case.service.js";
import { createServices } from "./services.js";

const CASE = "khojaly-1992";
const operator: Caller = { kind: "operator", name: "reader" };
const HAS_CORPUS = CORPUS_FILES.every((f) => existsSync(f));

/** Every id the case gives rise to, keyed by what names it in the case. */
async function idsOf(store: Store) {
  const services = createServices(store, { door: "test" });
  const sources = await services.sources.list(operator, { limit: 500 });
  const out = new Map<string, string>();
  for (const s of sources.items) {
    out.set(`source:${s.caseRef}`, s.id);
    const detail = await services.sources.get(operator, s.id);
    for (const p of detail.passages) out.set(`passage:${s.caseRef}:${p.seq}`, p.id);
  }
  const claims = await services.claims.list(operator, { limit: 1000 });
  // Claims are keyed by where they stand: the same words of the same source in both stores.
  for (const c of claims.items) out.set(`claim:${c.sourceId}:${c.start}:${c.end}:${c.kind}`, c.id);
  return out;
}

describe("stable ids of a reference case", () => {
  // Two empty stores: PGlite and the PostgreSQL server when one is configured, else two PGlites.
  const targets = [STORE_TARGETS[0], STORE_TARGETS[1] ?? STORE_TARGETS[0]];
  const opened: { store: Store; dispose: () => Promise<void> }[] = [];
  beforeAll(async () => {
    for (const target of targets) {
      if (!target) throw new Error("no store target");
      const o = await target.open();
      await ensureReferenceCase(o.store, CASE, CORPUS_DIR);
      opened.push(o);
    }
  }, 240_000);
  afterAll(async () => {
    for (const o of opened) await o.dispose();
  });

  it("gives sources, passages and claims the same ids in both stores", async () => {
    const [a, b] = await Promise.all(opened.map((o) => idsOf(o.store)));
    expect(a?.size).toBeGreaterThan(300);
    expect([...(a?.entries() ?? [])]).toEqual([...(b?.entries() ?? [])]);
    const passages = [...(a?.keys() ?? [])].filter((k) => k.startsWith("passage:"));
    if (HAS_CORPUS) {
      expect(passages.length).toBeGreaterThan(90);
      // Passages are numbered from 1 in every source.
      expect(passages.some((k) => k.endsWith(":0"))).toBe(false);
    }
  });

  it("cites a source, a passage and a claim with their address and the file's SHA-256", async () => {
    const store = opened[0]?.store as Store;
    const services = createServices(store, { door: "test" });
    const claims = await services.claims.list(operator, { limit: 1000 });
    const claim = claims.items.find((c) => c.text && c.passageId);
    if (!HAS_CORPUS || !claim) return;
    const cited = await services.cite.format(operator, claim.id, "http://archive.test", "text");
    expect(cited.citation.target).toBe("claim");
    expect(cited.citation.url).toBe(
      `http://archive.test/sources/${claim.sourceId}#claim-${claim.id}`,
    );
    expect(cited.citation.passage).toBeGreaterThanOrEqual(1);
    expect(cited.citation.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(cited.text).toContain(`“${(claim.text ?? "").replace(/\s+/g, " ").trim()}”`);
    const passage = await services.cite.format(
      operator,
      claim.passageId as string,
      "http://archive.test",
      "bibtex",
    );
    expect(passage.citation.target).toBe("passage");
    expect(passage.text).toMatch(/^@\w+\{casefile-/);
    expect(passage.text).toContain(`#p-${passage.citation.passage}`);
    const source = await services.cite.format(
      operator,
      claim.sourceId,
      "http://a.test",
      "csl-json",
    );
    const [item] = JSON.parse(source.text) as { title: string; URL: string }[];
    expect(item?.URL).toBe(`http://a.test/sources/${claim.sourceId}`);
    expect(item?.title.length).toBeGreaterThan(0);
    // What a caller may not see, it cannot cite; an unknown id is "not found".
    await expect(
      services.cite.format(ANONYMOUS, "00000000-0000-4000-8000-000000000000", "x", "text"),
    ).rejects.toThrow(/not found/);
  });
});
