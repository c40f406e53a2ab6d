/**
 * Witness protection on the reference case, on every store: a protected witness's name is hidden
 * from whoever is not granted the case — in search, texts, originals, briefs — and shown to the
 * case's team; consent gates publication and its withdrawal counts at once; the log keeps only
 * the pseudonym and still verifies.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STORE_TARGETS } from "../../test/support/databases.js";
import { CORPUS_DIR, HAS_CORPUS } from "../../test/support/paths.js";
import { MASK } from "../core/protection/index.js";
import type { Store } from "../store/open-store.js";
import { ANONYMOUS, type Caller } from "./caller.js";
import { createServices, type Services } from "./services.js";

const CASE = "khojaly-1992";
const WITNESS = "Valeh Huseynov";
/** Every spelling the test looks for: Latin, Azerbaijani Latin, Russian Cyrillic. */
const SPELLINGS = /Huseynov|Hüseynov|Huseinov|Guseynov|Гусейнов|Валех/i;
const operator: Caller = { kind: "operator", name: "lead" };
const user = (username: string, role: "reviewer" | "admin", groups: string[]): Caller => ({
  kind: "user",
  userId: "00000000-0000-4000-8000-000000000002",
  username,
  role,
  groups,
  token: null,
});
const teamReviewer = user("alice", "reviewer", ["khojaly-team"]);
const outsideAdmin = user("root", "admin", []);

describe.skipIf(!HAS_CORPUS).each(STORE_TARGETS)("witness protection on $name", (target) => {
  let store: Store;
  let services: Services;
  let dispose: () => Promise<void>;
  let sourceId: string;
  beforeAll(async () => {
    // The case as loaded from its corpus, copied from this run's template (not loaded again).
    ({ store, dispose } = await target.open({ caseId: CASE, corpusDir: CORPUS_DIR }));
    services = createServices(store, { door: "test" });
    await services.accounts.addUser(operator, {
      username: "alice",
      role: "reviewer",
      password: "a long passphrase 1",
    });
    await services.accounts.addGroup(operator, "khojaly-team");
    await services.accounts.setMember(operator, "khojaly-team", "alice", true);
    await services.grants.grant(operator, {
      targetType: "case",
      target: CASE,
      principal: "group:khojaly-team",
    });
    const found = await services.search.search(operator, { q: WITNESS });
    const hit = found.hits[0];
    if (!hit) throw new Error("the case has the witness's testimony");
    sourceId = hit.sourceId;
  });
  afterAll(async () => dispose());

  it("protects a witness of the case under a stable pseudonym and refuses unknown names", async () => {
    await expect(services.protection.protect(ANONYMOUS, CASE, WITNESS)).rejects.toMatchObject({
      status: 401,
    });
    await expect(services.protection.protect(operator, CASE, "Nobody Atall")).rejects.toMatchObject(
      { status: 404 },
    );
    const person = await services.protection.protect(operator, CASE, WITNESS, "lives near");
    expect(person).toMatchObject({ protected: true, namedPublicly: false, version: 1 });
    expect(person.pseudonym).toMatch(/^Person [0-9A-F]{6}$/);
    // Another spelling is the same person, the same pseudonym.
    const again = await services.protection.protect(operator, CASE, "Валех Гусейнов");
    expect(again).toMatchObject({ id: person.id, pseudonym: person.pseudonym, version: 2 });
    // A name with the same consonants is another person (not named in the case), never this entry.
    await expect(
      services.protection.protect(operator, CASE, "Valeh Hasanov"),
    ).rejects.toMatchObject({ status: 404 });
    const log = await services.log.list(operator, { targetId: person.id });
    expect(log.map((e) => e.action)).toEqual(["person.protect", "person.protect"]);
    expect(JSON.stringify(log)).not.toMatch(SPELLINGS);
  });

  // One test per caller: each reads every export and the brief, which on a busy machine took
  // most of a test's time limit for both together.
  it.each([
    ["an anonymous reader", ANONYMOUS],
    ["an administrator outside the team", outsideAdmin],
  ] as const)(
    "hides the name from %s, in every spelling",
    { timeout: 180_000 },
    async (_, caller) => {
      for (const q of [WITNESS, "Гусейнов", "huseynov"])
        expect((await services.search.search(caller, { q })).total).toBe(0);
      const hostage = await services.search.search(caller, { q: "hostage Khojaly", limit: 100 });
      expect(hostage.total).toBeGreaterThan(0);
      expect(JSON.stringify(hostage.hits.map((h) => h.snippet))).not.toMatch(SPELLINGS);
      const text = await services.sources.textFile(caller, sourceId);
      const stored = await services.sources.textFile(operator, sourceId);
      expect(text.text).toHaveLength(stored.text.length);
      expect(text.text).not.toMatch(SPELLINGS);
      expect(text.text).toContain(MASK);
      expect(text.sha256).not.toBe(stored.sha256);
      // The testimony is a part; its compilation's original file holds the name.
      const whole = (await services.sources.get(operator, sourceId)).parentId ?? sourceId;
      await expect(services.sources.original(caller, whole)).rejects.toMatchObject({
        status: 403,
        message: expect.stringMatching(/names a protected person/),
      });
      expect((await services.sources.list(caller, { q: "Huseynov" })).total).toBe(0);
      const brief = await services.report.report(caller, CASE, { format: "md" });
      expect(new TextDecoder().decode(brief.bytes)).not.toMatch(SPELLINGS);
      for (const req of [
        { format: "json" },
        { format: "jsonld" },
        { format: "events" },
        { format: "geojson" },
        { format: "csv", table: "sources" },
        { format: "csv", table: "claims" },
        { format: "csv", table: "persons" },
      ]) {
        const out = await services.exports.export(caller, CASE, req);
        const text = new TextDecoder().decode(out.bytes);
        const hit = SPELLINGS.exec(text);
        expect(hit ? text.slice(hit.index - 80, hit.index + 40) : null, req.format).toBeNull();
      }
      const redactor = await services.protection.redactorFor(caller);
      const people = await services.protection.shield(
        caller,
        await services.people.people(operator, CASE),
      );
      expect(redactor.active).toBe(true);
      expect(JSON.stringify(people)).not.toMatch(SPELLINGS);
      expect(JSON.stringify(people)).toMatch(/Person [0-9A-F]{6}/);
    },
  );

  it("shows the name to the case's team and to the operator", async () => {
    for (const caller of [teamReviewer, operator]) {
      const whole = (await services.sources.get(operator, sourceId)).parentId ?? sourceId;
      expect((await services.sources.original(caller, whole)).bytes.length).toBeGreaterThan(0);
      expect((await services.search.search(caller, { q: "Hüseynov" })).total).toBeGreaterThan(0);
      expect((await services.sources.textFile(caller, sourceId)).text).toMatch(/Huseynov/);
      expect((await services.protection.redactorFor(caller)).active).toBe(false);
    }
    const [person] = await services.protection.persons(teamReviewer, CASE);
    expect(person?.name).toBe(WITNESS);
    // The register is kept by the case's team: a reviewer outside it neither reads nor changes it.
    const bob = user("bob", "reviewer", []);
    await expect(services.protection.persons(bob, CASE)).rejects.toThrow(/granted the case/);
    await expect(services.protection.unprotect(bob, CASE, WITNESS)).rejects.toThrow(
      /granted the case/,
    );
    await expect(
      services.protection.recordConsent(bob, CASE, WITNESS, {
        scope: "publication",
        givenOn: "2026-01-01",
      }),
    ).rejects.toThrow(/granted the case/);
  });

  it("names a person publicly only with consent in force; a withdrawal counts at once", async () => {
    const unprotected = await services.protection.unprotect(operator, CASE, WITNESS, "asked");
    expect(unprotected).toMatchObject({ protected: false, namedPublicly: false });
    // Unprotected but without consent to publication: still hidden.
    expect((await services.search.search(ANONYMOUS, { q: WITNESS })).total).toBe(0);
    const consented = await services.protection.recordConsent(operator, CASE, WITNESS, {
      scope: "publication",
      givenOn: "2024-05-01",
      note: "signed form",
    });
    expect(consented.namedPublicly).toBe(true);
    const consent = consented.consents[0];
    if (!consent) throw new Error("expected the consent");
    expect(consent).toMatchObject({ scope: "publication", givenOn: "2024-05-01", version: 1 });
    expect((await services.search.search(ANONYMOUS, { q: WITNESS })).total).toBeGreaterThan(0);
    const withdrawn = await services.protection.withdrawConsent(operator, consent.id, "changed");
    expect(withdrawn).toMatchObject({ withdrawnBy: "lead", version: 2 });
    expect((await services.search.search(ANONYMOUS, { q: WITNESS })).total).toBe(0);
    await expect(services.protection.withdrawConsent(operator, consent.id)).rejects.toMatchObject({
      status: 409,
    });
    await expect(
      services.protection.recordConsent(operator, CASE, WITNESS, {
        scope: "everything",
        givenOn: "2024-05-01",
      }),
    ).rejects.toMatchObject({ status: 400 });
    const report = await services.verify.verify(operator);
    expect(report.problems).toEqual([]);
  });
});
