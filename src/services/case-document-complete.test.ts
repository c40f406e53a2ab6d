/**
 * The case document is complete, and stays so. One test reads the migrated schema and fails on a
 * table that neither travels in the document nor is listed, with a reason, as not a case's data.
 * The other takes a case holding what later issues added — a photo chronicle, a web capture and
 * the media files it kept, claims on a picture's region and on a recording's moment, a transcript,
 * a published memorial with consents, restricted entries and a grant — through export, import into
 * an empty store (with the files beside the document) and export again: the same document but for
 * its time, and the same answers from the services. A bad row is refused by its place, whole.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCaptureSite } from "../../test/support/capture-site.js";
import { STORE_TARGETS } from "../../test/support/databases.js";
import { drawnPng, hasFfmpeg, testMp3 } from "../../test/support/media-files.js";
import { buildTestRegistry, CASE } from "../../test/support/memorial-registry.js";
import { tempDir } from "../../test/support/paths.js";
import { CASE_TABLES, NOT_CASE_TABLES } from "../store/case-dump.repository.js";
import type { Store } from "../store/open-store.js";
import { ANONYMOUS, type Caller } from "./caller.js";
import { createServices, type Services } from "./services.js";

const operator: Caller = { kind: "operator", name: "memorial-test" };
const ffmpeg = hasFfmpeg();
const decode = (b: Uint8Array) => new TextDecoder().decode(b);
const withoutTime = (doc: string) => doc.replace(/"exportedAt":"[^"]+"/, '"exportedAt":"-"');
const env = {
  ...process.env,
  CASEFILE_CAPTURE_ALLOW_PRIVATE: "1",
  // No browser: a capture without one says so and keeps the rest (api-capture.test.ts).
  CASEFILE_CHROMIUM: "/nonexistent/chromium",
};
type Doc = {
  tables: Record<string, Record<string, unknown>[]>;
  blobs: { mode: string; files?: Record<string, string> };
};

describe.each(STORE_TARGETS)("the case document on $name", (target) => {
  let store: Store;
  let services: Services;
  const disposers: (() => Promise<void>)[] = [];
  const blobsDir = tempDir("casefile-dump-blobs-");
  const ids: Record<string, string> = {};
  let first: string;

  const opened = async (kind?: Parameters<typeof target.open>[0]) => {
    const o = await target.open(kind);
    disposers.push(o.dispose);
    return { store: o.store, services: createServices(o.store, { door: "test", env }) };
  };

  beforeAll(async () => {
    ({ store, services } = await opened({ caseId: CASE, corpusDir: null }));
    const ingest = async (fileName: string, bytes: Uint8Array, access: string) =>
      (
        await services.ingest.ingestFile(operator, {
          bytes,
          fileName,
          origin: `test/${fileName}`,
          metadata: { access, caseId: CASE },
        })
      ).source.id;
    const site = await startCaptureSite();
    try {
      const captured = await services.capture.capture(operator, `${site.origin}/page.html`, {
        metadata: { access: "public", caseId: CASE },
      });
      ids.capture = captured.id;
      // One of the page's pictures held back: an anonymous export leaves its file row out.
      const media = captured.files.find((f) => f.role === "media");
      ids.capturedMedia = media?.sourceId ?? "";
      await services.sources.edit(operator, ids.capturedMedia, { access: "restricted" }, "test");
    } finally {
      await site.close();
    }
    ids.square = await ingest("square.png", drawnPng(21, 320, 240), "public");
    ids.ruins = await ingest("ruins.png", drawnPng(22, 200, 100), "restricted");
    const claim = (sourceId: string, summary: string, locator: unknown) =>
      services.claims.create(operator, {
        sourceId,
        kind: "statement",
        fields: { summary },
        claimant: { name: "The photographer (test)", role: "witness" },
        locator,
      });
    await claim(ids.square, "a burnt car by the wall", {
      type: "ImageRegion",
      region: { shape: "rect", x: 40, y: 30, width: 100, height: 60 },
    });
    await claim(ids.ruins, "a roof without tiles", {
      type: "ImageRegion",
      region: {
        shape: "polygon",
        points: [
          [10, 10],
          [90, 12],
          [60, 80],
        ],
      },
    });
    if (ffmpeg) {
      ids.tape = await ingest("tape.mp3", testMp3(), "public");
      await claim(ids.tape, "a siren is heard", {
        type: "MediaTime",
        time: { start: 0.5, end: 2 },
      });
      await services.transcripts.attach(operator, ids.tape, {
        bytes: new TextEncoder().encode(
          "WEBVTT\n\n00:00.000 --> 00:01.200\nA siren far off.\n\n00:01.200 --> 00:02.900\nSomeone counts aloud.\n",
        ),
        fileName: "tape.vtt",
        origin: "test/tape.vtt",
      });
    }
    const registry = await buildTestRegistry(services);
    await services.memorial.setPublished(operator, CASE, true, "the families agreed (test)");
    await services.chronicle.add(operator, CASE, {
      sourceId: ids.square,
      caption: "The square on the morning after (test)",
      persons: [{ name: "Aysel Qəmbərova", recordId: registry.aysel }],
    });
    await services.chronicle.add(operator, CASE, {
      sourceId: ids.ruins,
      caption: "Roofs of the upper town (test)",
      access: "restricted",
    });
    await services.accounts.addGroup(operator, "archive-team");
    await services.grants.grant(operator, {
      targetType: "source",
      target: ids.ruins,
      principal: "group:archive-team",
    });
    first = decode((await services.exports.export(operator, CASE, { format: "json" })).bytes);
  }, 300_000);
  afterAll(async () => {
    for (const d of disposers) await d();
    blobsDir.remove();
  });

  it("holds every table of a case's data, or says why a table is not one", async () => {
    const rows = await store.db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const tables = rows.map((r) => r.table_name);
    const dumped = new Set<string>(CASE_TABLES);
    const unaccounted = tables.filter((t) => !dumped.has(t) && !(t in NOT_CASE_TABLES));
    expect(unaccounted, "tables neither in CASE_TABLES nor in NOT_CASE_TABLES").toEqual([]);
    // Both lists name real tables, and no table is in both.
    expect([...dumped, ...Object.keys(NOT_CASE_TABLES)].filter((t) => !tables.includes(t))).toEqual(
      [],
    );
    expect(Object.keys(NOT_CASE_TABLES).filter((t) => dumped.has(t))).toEqual([]);
    for (const reason of Object.values(NOT_CASE_TABLES)) expect(reason.length).toBeGreaterThan(20);
  });

  it("carries chronicle, captures, locators, transcripts and the memorial through an import identically", async () => {
    const doc = JSON.parse(first) as Doc;
    const count = (t: string) => doc.tables[t]?.length ?? 0;
    expect(count("chronicle_entries")).toBe(2);
    expect(count("captures")).toBe(1);
    // The WARC, the page and its two pictures, which are of the page's case.
    expect(doc.tables.capture_files?.map((f) => f.role).sort()).toEqual([
      "media",
      "media",
      "page",
      "warc",
    ]);
    const pictures = (doc.tables.capture_files ?? [])
      .filter((f) => f.role === "media")
      .map((f) => f.source_id);
    expect(
      (doc.tables.sources ?? []).filter((s) => pictures.includes(s.id)).map((s) => s.case_id),
    ).toEqual([CASE, CASE]);
    const types = (doc.tables.claim_media_locators ?? []).map(
      (l) => (l.selector as { type: string }).type,
    );
    expect(types.filter((t) => t === "ImageRegion")).toHaveLength(2);
    expect(types.filter((t) => t === "MediaTime")).toHaveLength(ffmpeg ? 1 : 0);
    // The captured photograph's camera metadata, proposed as claims on its fields.
    expect(types).toContain("MetadataFieldSelector");
    if (ffmpeg) expect([count("transcripts"), count("transcript_cues")]).toEqual([1, 2]);
    expect(count("person_consents")).toBe(4);
    expect(doc.tables.cases?.[0]?.memorial_published).toBe(true);
    expect(count("access_grants")).toBe(1);

    // The files beside the document, named by SHA-256 (as `export --blobs DIR` writes them).
    const dir = join(blobsDir.path, "files");
    mkdirSync(dir);
    for (const [sha, b64] of Object.entries(doc.blobs.files ?? {}))
      writeFileSync(join(dir, sha), Buffer.from(b64, "base64"));
    expect(Object.keys(doc.blobs.files ?? {}).sort()).toEqual(
      (doc.tables.blobs ?? []).map((b) => String(b.sha256)).sort(),
    );
    const referenced = JSON.stringify({ ...doc, blobs: { mode: "referenced" } });
    const b = await opened();
    const report = await b.services.imports.importCase(
      operator,
      referenced,
      async (sha) => new Uint8Array(readFileSync(join(dir, sha))),
    );
    expect(report.rows.capture_files).toBe(4);
    const again = decode(
      (await b.services.exports.export(operator, CASE, { format: "json" })).bytes,
    );
    expect(withoutTime(again)).toBe(withoutTime(first));
    expect((await b.services.verify.verify(operator)).problems).toEqual([]);

    // The services answer the same on both stores, for an administrator and for the public.
    for (const caller of [operator, ANONYMOUS]) {
      const same = async <T>(read: (s: Services) => Promise<T>) =>
        expect(await read(b.services)).toEqual(await read(services));
      await same((s) => s.chronicle.list(caller, CASE));
      await same((s) => s.memorial.list(caller, CASE));
      await same((s) => s.capture.get(caller, ids.capture ?? ""));
      await same((s) => s.claims.list(caller, { sourceId: ids.square, limit: 10 }));
      if (ffmpeg) await same((s) => s.transcripts.of(caller, ids.tape ?? ""));
    }
    expect((await b.services.chronicle.list(ANONYMOUS, CASE)).items.map((e) => e.caption)).toEqual([
      "The square on the morning after (test)",
    ]);
    const captured = await b.services.capture.get(operator, ids.capture ?? "");
    const warc = captured.files.find((f) => f.role === "warc");
    const bytes = await b.services.capture.file(operator, ids.capture ?? "", warc?.seq ?? -1);
    expect(bytes.sha256).toBe(warc?.sha256);
    expect(await b.services.grants.list(operator, "source", ids.ruins ?? "")).toEqual(
      await services.grants.list(operator, "source", ids.ruins ?? ""),
    );
  });

  it("leaves restricted entries and files out of an anonymous export", async () => {
    const doc = JSON.parse(
      decode((await services.exports.export(ANONYMOUS, CASE, { format: "json" })).bytes),
    ) as Doc;
    expect(doc.tables.chronicle_entries?.map((e) => e.source_id)).toEqual([ids.square]);
    expect(doc.tables.sources?.some((s) => s.id === ids.ruins)).toBe(false);
    expect(doc.tables.access_grants).toEqual([]);
    // The capture's picture that is held back stays behind, with its row and its file.
    expect(doc.tables.capture_files?.map((f) => f.role).sort()).toEqual(["media", "page", "warc"]);
    expect(doc.tables.sources?.some((s) => s.id === ids.capturedMedia)).toBe(false);
    // A person's record that is not public is no longer named by the entry.
    const shown = doc.tables.chronicle_entries?.[0]?.persons as { recordId: string | null }[];
    expect(
      shown.every(
        (p) => p.recordId === null || doc.tables.person_records?.some((r) => r.id === p.recordId),
      ),
    ).toBe(true);
  });

  it("refuses a document whose row the store refuses, naming the row, and writes nothing", async () => {
    const c = await opened();
    const doc = JSON.parse(first) as Doc;
    const files = doc.tables.capture_files ?? [];
    const bad = structuredClone(doc);
    const at = files.findIndex((f) => f.role === "warc");
    (bad.tables.capture_files as Record<string, unknown>[])[at] = {
      ...files[at],
      source_id: "00000000-0000-4000-8000-000000000000",
    };
    await expect(c.services.imports.importCase(operator, JSON.stringify(bad))).rejects.toThrow(
      `$.tables.capture_files[${at}]: the store refused this row`,
    );
    const [counts] = await c.store.db.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM sources) + (SELECT count(*) FROM cases)
            + (SELECT count(*) FROM chronicle_entries) + (SELECT count(*) FROM captures)
            + (SELECT count(*) FROM activity_log) AS n`,
    );
    expect(Number(counts?.n)).toBe(0);
  });
});
