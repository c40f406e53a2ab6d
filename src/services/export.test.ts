/**
 * Exports and imports on every store: the case as JSON round-trips through an empty store
 * identically (ids, hashes, review history, blobs), bad documents are refused by place with
 * nothing written, and every format keeps to what the caller may see.
 */
import jsonld from "jsonld";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STORE_TARGETS } from "../../test/support/databases.js";
import { CORPUS_DIR, HAS_CORPUS } from "../../test/support/paths.js";
import type { Store } from "../store/open-store.js";
import { ANONYMOUS, type Caller } from "./caller.js";
import { jobFinished, startJobRunner } from "./jobs/job-runner.js";
import { JOB_TYPES } from "./jobs/job-types.js";
import { createServices, type Services } from "./services.js";

const operator: Caller = { kind: "operator", name: "archivist" };
const CASE = "khojaly-1992";
// A surname found nowhere in the case's own (public) data, so that finding it in an export can only mean the
// restricted list leaked.
const LIST = "id,Soyad,Ad\n1,Qaraqoyunluzadə,Elçin\n2,=HYPERLINK(1),Tofiq\n";
const decode = (b: Uint8Array) => new TextDecoder().decode(b);
const withoutTime = (doc: string) => doc.replace(/"exportedAt":"[^"]+"/, '"exportedAt":"-"');

/** A loader that refuses the network: the export must carry every context it needs. */
const offlineLoader = async (url: string): Promise<never> => {
  throw new Error(`the test refuses to fetch ${url}`);
};

describe.each(STORE_TARGETS)("exports and imports on $name", (target) => {
  let store: Store;
  let services: Services;
  const disposers: (() => Promise<void>)[] = [];
  let hidden: { sourceId: string; claimId: string; listId: string };
  let first: string;

  beforeAll(async () => {
    // The case as loaded from its corpus, copied from this run's template (not loaded again).
    const opened = await target.open({ caseId: CASE, corpusDir: CORPUS_DIR });
    ({ store } = opened);
    disposers.push(opened.dispose);
    services = createServices(store, { door: "test" });
    // Review history of every kind: evidence links, grades, a restricted source, a person list.
    await services.evidence.propose(operator, CASE);
    const [link] = await services.evidence.list(operator, CASE, { crime: "wc-niac-hostages" });
    if (!link) throw new Error("expected a proposed link");
    await services.evidence.review(operator, link.id, { action: "confirm" });
    const claims = await services.claims.list(operator, { caseId: CASE, limit: 1000 });
    const claim = claims.items.find((c) => c.kind === "figure") ?? claims.items[0];
    const other = claims.items.find((c) => c.kind === "time" && c.sourceId !== claim?.sourceId);
    if (!claim || !other) throw new Error("expected claims");
    await services.claims.review(operator, other.id, { action: "reject", reason: "for the test" });
    await services.grades.grade(operator, "claim", claim.id, { grade: "2", reason: "two outlets" });
    await services.grades.grade(operator, "source", claim.sourceId, {
      grade: "B",
      reason: "usually reliable",
    });
    await services.sources.edit(
      operator,
      claim.sourceId,
      { access: "restricted", title: "=SUM(A1) restricted for the test" },
      "held back",
    );
    const list = await services.registry.importList(operator, {
      bytes: new TextEncoder().encode(LIST),
      fileName: "list.csv",
      origin: "/lists/list.csv",
      name: "test list",
      map: { surname: "Soyad", given: "Ad" },
      caseId: CASE,
    });
    hidden = { sourceId: claim.sourceId, claimId: claim.id, listId: list.list.id };
    first = decode((await services.exports.export(operator, CASE, { format: "json" })).bytes);
  });
  afterAll(async () => {
    for (const d of disposers) await d();
  });

  async function emptyServices() {
    const opened = await target.open();
    disposers.push(opened.dispose);
    return { store: opened.store, services: createServices(opened.store, { door: "test" }) };
  }

  it("imports the JSON into an empty store and exports it again identically but for the time", async () => {
    const doc = JSON.parse(first) as {
      logHead: { seq: number; hash: string };
      tables: Record<string, unknown[]>;
      blobs: { mode: string; files: Record<string, string> };
    };
    expect(doc.tables.claim_versions?.length).toBeGreaterThan(doc.tables.claims?.length ?? 0);
    expect(doc.tables.evidence_link_versions?.length).toBeGreaterThan(0);
    expect(doc.tables.grades).toHaveLength(2);
    expect(doc.tables.person_records).toHaveLength(2);
    expect(Object.keys(doc.blobs.files)).toHaveLength(doc.tables.blobs?.length ?? -1);
    const b = await emptyServices();
    const report = await b.services.imports.importCase(operator, first);
    expect(report.rows.claims).toBe(doc.tables.claims?.length);
    const again = decode(
      (await b.services.exports.export(operator, CASE, { format: "json" })).bytes,
    );
    expect(withoutTime(again)).toBe(withoutTime(first));
    // The copy states the state it copies, its own log verifies, and its files are the same bytes.
    expect(JSON.parse(again).logHead).toEqual(doc.logHead);
    expect((await b.services.verify.verify(operator)).problems).toEqual([]);
    const log = await b.services.log.list(operator, {});
    expect(log.map((e) => e.action)).toEqual(["case.export", "case.import"]);
    // A second import finds the store full and writes nothing.
    await expect(b.services.imports.importCase(operator, first)).rejects.toThrow(/not empty/);
  });

  it("refuses a malformed document by place and leaves the store as it was", async () => {
    const c = await emptyServices();
    const importing = (text: string) => c.services.imports.importCase(operator, text);
    await expect(importing("{")).rejects.toThrow(/^\$: not JSON/);
    const doc = JSON.parse(first) as { tables: Record<string, Record<string, unknown>[]> };
    const claims = doc.tables.claims as Record<string, unknown>[];
    const extra = structuredClone(doc);
    (extra.tables.claims as Record<string, unknown>[])[3] = { ...claims[3], verdict: "true" };
    await expect(importing(JSON.stringify(extra))).rejects.toThrow(
      '$.tables.claims[3]: unknown column "verdict"',
    );
    // Rows the store refuses (claims of a source that is not there) roll everything back.
    const orphan = structuredClone(doc);
    orphan.tables.sources = (orphan.tables.sources ?? []).filter(
      (s) => s.id !== claims[0]?.source_id,
    );
    await expect(importing(JSON.stringify(orphan))).rejects.toThrow(
      /^\$\.tables\.\w+\[\d+\]: the store refused this row/,
    );
    const [counts] = await c.store.db.query<{ n: number }>(
      "SELECT (SELECT count(*) FROM sources) + (SELECT count(*) FROM cases) + (SELECT count(*) FROM activity_log) AS n",
    );
    expect(Number(counts?.n)).toBe(0);
    // Anyone but an administrator is refused before anything is read.
    await expect(c.services.imports.importCase(ANONYMOUS, first)).rejects.toThrow();
  });

  it("exports only what an anonymous caller may see, in every format", async () => {
    const secret = [hidden.sourceId, hidden.claimId, hidden.listId, "Qaraqoyunluzadə"];
    for (const format of ["json", "jsonld", "events", "geojson"]) {
      const out = decode((await services.exports.export(ANONYMOUS, CASE, { format })).bytes);
      for (const s of secret) expect(out, `${format} leaks ${s}`).not.toContain(s);
    }
    for (const table of ["sources", "claims", "persons", "links"]) {
      const out = decode(
        (await services.exports.export(ANONYMOUS, CASE, { format: "csv", table })).bytes,
      );
      for (const s of secret) expect(out, `${table}.csv leaks ${s}`).not.toContain(s);
    }
    const full = decode((await services.exports.export(operator, CASE, { format: "json" })).bytes);
    for (const s of secret) expect(full).toContain(s);
    // The case's own data names the source by its case id: that record is left out too.
    const [row] = await store.db.query<{ case_ref: string }>(
      "SELECT case_ref FROM sources WHERE id = $1",
      [hidden.sourceId],
    );
    type Doc = { tables: { cases: { data: { sources: { id: string }[] } }[] } };
    const dataSources = (doc: string) =>
      (JSON.parse(doc) as Doc).tables.cases[0]?.data.sources.map((s) => s.id) ?? [];
    expect(dataSources(full)).toContain(row?.case_ref);
    const anonymous = decode(
      (await services.exports.export(ANONYMOUS, CASE, { format: "json" })).bytes,
    );
    expect(dataSources(anonymous)).not.toContain(row?.case_ref);
    expect(dataSources(anonymous).length).toBe(dataSources(full).length - 1);
  });

  it("writes claims as schema.org ClaimReview JSON-LD that expands offline", async () => {
    const out = await services.exports.export(operator, CASE, { format: "jsonld" });
    expect(out.mediaType).toBe("application/ld+json");
    const expanded = await jsonld.expand(JSON.parse(decode(out.bytes)), {
      documentLoader: offlineLoader,
    });
    const text = JSON.stringify(expanded);
    for (const type of ["Dataset", "ClaimReview", "Claim", "CreativeWork"])
      expect(text).toContain(`"https://schema.org/${type}"`);
    for (const property of ["appearance", "firstAppearance", "author", "datePublished"])
      expect(text).toContain(`"https://schema.org/${property}"`);
  });

  it("writes places and routes as a GeoJSON FeatureCollection in [lon, lat]", async () => {
    const out = await services.exports.export(operator, CASE, { format: "geojson" });
    const fc = JSON.parse(decode(out.bytes)) as {
      type: string;
      casefile: { exportedAt: string; logHead: unknown };
      features: { type: string; geometry: { type: string; coordinates: unknown } | null }[];
    };
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.casefile.logHead).not.toBeNull();
    const points = fc.features.flatMap((f) =>
      f.geometry?.type === "Point" ? [f.geometry.coordinates as [number, number]] : [],
    );
    expect(points.length).toBeGreaterThan(0);
    // Khojaly lies near 46.8° E, 39.9° N: longitude first.
    for (const [lon, lat] of points) {
      expect(lon).toBeGreaterThan(44);
      expect(lon).toBeLessThan(51);
      expect(lat).toBeGreaterThan(38);
      expect(lat).toBeLessThan(42);
    }
    expect(fc.features.some((f) => f.geometry?.type === "LineString")).toBe(true);
  });

  it("writes CSV tables with formula cells neutralised, and a zip of all four", async () => {
    const sources = decode(
      (await services.exports.export(operator, CASE, { format: "csv", table: "sources" })).bytes,
    );
    expect(sources.split("\r\n")[0]).toMatch(/^id,case_ref,parent_id,kind,title,/);
    expect(sources).toContain(",'=SUM(A1) restricted for the test,");
    const persons = decode(
      (await services.exports.export(operator, CASE, { format: "csv", table: "persons" })).bytes,
    );
    expect(persons).toContain("'=HYPERLINK(1)");
    expect(persons).not.toMatch(/,=HYPERLINK/);
    const zip = await services.exports.export(operator, CASE, { format: "csv" });
    expect(zip.mediaType).toBe("application/zip");
    const { unzipSync } = await import("fflate");
    const files = unzipSync(zip.bytes);
    expect(Object.keys(files).sort()).toEqual([
      "claims.csv",
      "links.csv",
      "manifest.json",
      "persons.csv",
      "sources.csv",
    ]);
    const manifest = JSON.parse(decode(files["manifest.json"] as Uint8Array));
    expect(manifest).toMatchObject({ caseId: CASE, casefileVersion: expect.any(String) });
    await expect(
      services.exports.export(operator, CASE, { format: "csv", table: "victims" }),
    ).rejects.toThrow(/table must be one of/);
  });

  it("writes the event, its acts and victims as HURIDOCS records, and logs every export", async () => {
    const out = JSON.parse(
      decode((await services.exports.export(operator, CASE, { format: "events" })).bytes),
    ) as {
      logHead: unknown;
      events: { event_record_number: string }[];
      acts: { type_of_act: string; victim: string }[];
      persons: {
        person_record_number: string;
        counting_unit: string;
        number_of_persons_in_group?: { min: number; max: number };
      }[];
      information: { act: string }[];
    };
    expect(out.events).toHaveLength(1);
    const killing = out.acts.find((a) => a.type_of_act === "killing");
    expect(killing).toBeDefined();
    const group = out.persons.find((p) => p.person_record_number === killing?.victim);
    expect(group?.counting_unit).toBe("group");
    expect(group?.number_of_persons_in_group?.max).toBeGreaterThanOrEqual(
      group?.number_of_persons_in_group?.min ?? Infinity,
    );
    expect(out.persons.filter((p) => p.counting_unit === "individual")).toHaveLength(2);
    expect(out.information.filter((i) => i.act === `act:killed:all`).length).toBeGreaterThan(1);
    const log = await services.log.list(operator, { limit: 1000 });
    expect(log.filter((e) => e.action === "case.export").length).toBeGreaterThan(8);
  });

  it("runs an export and a brief as jobs whose files are served to who started them", async () => {
    const runner = await startJobRunner(services, JOB_TYPES, { concurrency: 1 });
    try {
      const exportJob = await services.jobs.start(operator, "export", {
        case: CASE,
        format: "csv",
        table: "claims",
      });
      const reportJob = await services.jobs.start(operator, "report", {
        case: CASE,
        format: "md",
      });
      for (const id of [exportJob.id, reportJob.id])
        for (let i = 0; i < 1200 && !(await jobFinished(services, id)); i++)
          await new Promise((r) => setTimeout(r, 100));
      const csv = await services.jobs.output(operator, exportJob.id);
      expect(csv).toMatchObject({
        name: `${CASE}-claims.csv`,
        mediaType: expect.stringMatching(/^text\/csv/),
      });
      expect(decode(csv.bytes)).toMatch(/^id,case_ref,source_id,/);
      const brief = await services.jobs.output(operator, reportJob.id);
      expect(decode(brief.bytes)).toContain("[^1]:");
      // The files are the jobs': never orphans while the records exist, gone once they expire.
      const outputs = await Promise.all(
        [exportJob.id, reportJob.id].map(
          async (id) =>
            ((await services.jobs.get(operator, id)).result as { file: { sha256: string } }).file
              .sha256,
        ),
      );
      const orphaned = async () =>
        (await services.verify.verify(operator)).orphans.map((o) => o.sha256);
      expect(await orphaned()).not.toContain(outputs[0]);
      expect(await orphaned()).not.toContain(outputs[1]);
      const kept = await services.blobGc.gc(operator, { graceMs: 0 });
      expect(kept.expiredJobs).toEqual([]);
      expect(kept.removed.map((o) => o.sha256)).not.toContain(outputs[0]);
      expect(await store.blobs.modified(outputs[0] ?? "")).not.toBeNull();
      const later = new Date(Date.now() + 31 * 24 * 3600 * 1000);
      const dry = await services.blobGc.gc(operator, { graceMs: 0, dryRun: true, now: later });
      expect(dry.expiredJobs).toEqual(expect.arrayContaining([exportJob.id, reportJob.id]));
      expect(await services.jobs.get(operator, exportJob.id)).toMatchObject({ state: "completed" });
      const expired = await services.blobGc.gc(operator, { graceMs: 0, now: later });
      expect(expired.expiredJobs).toEqual(expect.arrayContaining([exportJob.id, reportJob.id]));
      expect(expired.removed.map((o) => o.sha256)).toEqual(expect.arrayContaining(outputs));
      for (const sha of outputs) expect(await store.blobs.modified(sha ?? "")).toBeNull();
      await expect(services.jobs.get(operator, exportJob.id)).rejects.toThrow(/not found|no job/i);
      const log = await services.log.list(operator, { limit: 50 });
      expect(log.filter((e) => e.action === "job.expire").map((e) => e.targetId)).toEqual(
        expect.arrayContaining([exportJob.id, reportJob.id]),
      );
      expect((await services.verify.verify(operator)).ok).toBe(true);
      await expect(
        services.jobs.start(operator, "export", { case: CASE, format: "xml" }),
      ).rejects.toThrow(/format must be one of/);
      await expect(
        services.jobs.start(ANONYMOUS, "export", { case: CASE, format: "json" }),
      ).rejects.toThrow();
    } finally {
      await runner.stop();
    }
  });

  it.skipIf(!HAS_CORPUS)(
    "hides a protected witness from whoever may not see the name, and round-trips the register",
    async () => {
      const WITNESS = "Valeh Huseynov";
      const SPELLINGS = /Huseynov|Hüseynov|Huseinov|Guseynov|Гусейнов|Валех/i;
      const person = await services.protection.protect(operator, CASE, WITNESS, "at his request");
      // The anonymous JSON export is read again below (one export of the whole case, not two).
      let anonymousJson = "";
      for (const format of ["json", "jsonld", "events", "geojson"]) {
        const out = decode((await services.exports.export(ANONYMOUS, CASE, { format })).bytes);
        expect(out, `${format} names the witness`).not.toMatch(SPELLINGS);
        if (format === "json") anonymousJson = out;
      }
      for (const table of ["sources", "claims", "persons", "links"]) {
        const out = decode(
          (await services.exports.export(ANONYMOUS, CASE, { format: "csv", table })).bytes,
        );
        expect(out, `${table}.csv names the witness`).not.toMatch(SPELLINGS);
      }
      const anonymous = JSON.parse(anonymousJson) as {
        tables: Record<string, unknown[]>;
        blobs: { withheld?: string[] };
      };
      expect(anonymous.tables.case_persons).toEqual([]);
      expect(anonymous.blobs.withheld?.length).toBeGreaterThan(0);
      expect(JSON.stringify(anonymous)).toContain(person.pseudonym);
      // The operator's export holds the register and still round-trips identically.
      const full = decode(
        (await services.exports.export(operator, CASE, { format: "json" })).bytes,
      );
      expect(full).toMatch(SPELLINGS);
      const b = await emptyServices();
      await b.services.imports.importCase(operator, full);
      const again = decode(
        (await b.services.exports.export(operator, CASE, { format: "json" })).bytes,
      );
      expect(withoutTime(again)).toBe(withoutTime(full));
      expect(
        (JSON.parse(again) as { tables: Record<string, unknown[]> }).tables.case_persons,
      ).toHaveLength(1);
      // A reader's copy without the files that name him cannot pass for the case.
      const c = await emptyServices();
      await expect(
        c.services.imports.importCase(operator, JSON.stringify(anonymous)),
      ).rejects.toThrow(/withheld from this export because the case holds a name/);
    },
    // Every format of the whole case with the corpus, an import and exports again: ~25 s on a
    // busy CI machine; the limit catches a hang, not a speed.
    180_000,
  );
});
