/** The archive's guarantees through the services, on every store target. */
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CORPUS_FILES, itWithCorpus } from "../../test/support/corpus.js";
import { STORE_TARGETS } from "../../test/support/databases.js";
import { servicesOn } from "../../test/support/test-services.js";
import { blobPath } from "../store/blob-store.js";
import type { Store } from "../store/open-store.js";
import { ANONYMOUS, type Caller } from "./caller.js";
import { ServiceError } from "./errors.js";
import { createServices, type Services } from "./services.js";

const operator: Caller = { kind: "operator", name: "test" };
const bytesOf = (text: string) => new TextEncoder().encode(text);

describe.each(STORE_TARGETS)("archive on $name", (target) => {
  let store: Store;
  let services: Services;
  servicesOn(target, (s) => {
    ({ store, services } = s);
  });

  itWithCorpus(
    "ingests a corpus file into passages whose offsets slice the stored text",
    async () => {
      const bytes = readFileSync(CORPUS_FILES[1] as string);
      const outcome = await services.ingest.ingestFile(operator, {
        bytes,
        fileName: "004.txt",
        origin: "test",
        metadata: { kind: "compilation", title: "Compilation" },
      });
      expect(outcome.status).toBe("created");
      const detail = await services.sources.get(operator, outcome.source.id);
      expect(detail.passages.length).toBeGreaterThan(50);
      for (const p of detail.passages) expect(detail.text.slice(p.start, p.end)).toBe(p.text);
      expect(detail.acquisitions).toHaveLength(1);
      expect(detail.acquisitions[0]?.tool).toBe("casefile-test/0.1.0");
      // The search vectors the ingest writes out are the ones the store would compute.
      expect(await vectorsUnlikeTheStores()).toEqual([]);
    },
  );

  // Every passage has its search row, with the vector the store would compute from its tokens.
  const vectorsUnlikeTheStores = () =>
    store.db.query<{ search_tokens: string }>(
      `SELECT p.search_tokens FROM passages p LEFT JOIN passage_search ps ON ps.passage_id = p.id
       WHERE ps.tsv IS DISTINCT FROM strip(to_tsvector('simple', p.search_tokens))
          OR ps.source_id IS DISTINCT FROM p.source_id`,
    );

  it("writes each passage's search vector as the store would compute it, whatever the words", async () => {
    const long = "x".repeat(2100);
    const words = [
      "Khojaly Xocalı Ходжалы 1992 366th 0012 2526 1e5 12.5 3-4",
      "日本語 Αθήνα ß ǅ İstanbul naïve co-operate O'Brien",
      `${long} after a very long word`,
      Array.from({ length: 400 }, () => "again").join(" "),
    ];
    for (const [i, text] of words.entries())
      await services.ingest.ingestFile(operator, {
        bytes: bytesOf(text),
        fileName: `words-${i}.txt`,
        origin: "test",
        metadata: {},
        extract: false,
      });
    const [count] = await store.db.query<{ n: number }>("SELECT count(*)::int AS n FROM passages");
    expect(count?.n).toBeGreaterThanOrEqual(words.length);
    expect(await vectorsUnlikeTheStores()).toEqual([]);
    // Another writer's passages (without search rows), or changed tokens, get the store's vector.
    await store.db.query(
      `INSERT INTO passages (id, source_id, seq, start_offset, end_offset, text, search_tokens)
       SELECT gen_random_uuid(), source_id, seq + 1000, start_offset, end_offset, text, 'another writer'
       FROM passages`,
    );
    expect(await vectorsUnlikeTheStores()).toEqual([]);
    const [writer] = await store.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM passage_search WHERE tsv @@ to_tsquery('simple', 'writer')",
    );
    expect(writer?.n).toBe(count?.n);
    await store.db.query("UPDATE passages SET search_tokens = 'changed tokens'");
    expect(await vectorsUnlikeTheStores()).toEqual([]);
    const [found] = await store.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM passage_search WHERE tsv @@ to_tsquery('simple', 'changed')",
    );
    expect(found?.n).toBe(2 * (count?.n ?? 0));
  });

  it("keeps identical bytes once and records the second acquisition", async () => {
    const first = await services.ingest.ingestFile(operator, {
      bytes: bytesOf("A report.\n\nSecond paragraph."),
      fileName: "a.txt",
      origin: "/x/a.txt",
      metadata: {},
    });
    const second = await services.ingest.ingestFile(operator, {
      bytes: bytesOf("A report.\n\nSecond paragraph."),
      fileName: "copy.txt",
      origin: "https://example.org/copy.txt",
      metadata: {},
    });
    expect(second.status).toBe("duplicate");
    expect(second.source.id).toBe(first.source.id);
    const [blobs] = await store.db.query<{ n: number }>("SELECT count(*)::int AS n FROM blobs");
    expect(blobs?.n).toBe(1);
    const detail = await services.sources.get(operator, first.source.id);
    expect(detail.acquisitions.map((a) => a.origin)).toEqual([
      "/x/a.txt",
      "https://example.org/copy.txt",
    ]);
  });

  it("versions metadata edits and keeps earlier versions readable", async () => {
    const { source } = await services.ingest.ingestFile(operator, {
      bytes: bytesOf("text"),
      fileName: "t.txt",
      origin: "t",
      metadata: { title: "First title" },
    });
    await services.sources.edit(
      operator,
      source.id,
      { title: "Second title", published: "1992-02" },
      "typo",
    );
    const versions = await services.sources.versions(operator, source.id);
    expect(versions.map((v) => [v.version, v.metadata.title, v.reason])).toEqual([
      [1, "First title", null],
      [2, "Second title", "typo"],
    ]);
    await expect(
      services.sources.edit(operator, source.id, { published: "1992-13" }, null),
    ).rejects.toThrow(/published: month out of range/);
  });

  it("never shows a restricted source to an anonymous caller", async () => {
    // Public is chosen deliberately; a new source without a choice is restricted.
    await services.ingest.ingestFile(operator, {
      bytes: bytesOf("public text"),
      fileName: "p.txt",
      origin: "p",
      metadata: { access: "public" },
    });
    const secret = await services.ingest.ingestFile(operator, {
      bytes: bytesOf("witness identity"),
      fileName: "s.txt",
      origin: "s",
      metadata: {},
    });
    expect(secret.source.access).toBe("restricted");
    const anonymousList = await services.sources.list(ANONYMOUS, {});
    expect(anonymousList.total).toBe(1);
    expect(anonymousList.items.map((s) => s.access)).toEqual(["public"]);
    await expect(services.sources.get(ANONYMOUS, secret.source.id)).rejects.toMatchObject({
      status: 404,
    });
    await expect(services.sources.original(ANONYMOUS, secret.source.id)).rejects.toMatchObject({
      status: 404,
    });
    expect((await services.sources.list(operator, {})).total).toBe(2);
    await expect(
      services.ingest.ingestFile(ANONYMOUS, {
        bytes: bytesOf("x"),
        fileName: "x.txt",
        origin: "x",
        metadata: {},
      }),
    ).rejects.toMatchObject({ status: 401 });
  });

  it("deletes as a tombstone that stays in the log", async () => {
    const { source } = await services.ingest.ingestFile(operator, {
      bytes: bytesOf("to delete"),
      fileName: "d.txt",
      origin: "d",
      metadata: {},
    });
    await services.sources.remove(operator, source.id, "uploaded by mistake");
    expect((await services.sources.list(operator, {})).total).toBe(0);
    const log = await services.log.list(operator, {});
    expect(log[0]).toMatchObject({
      action: "source.delete",
      targetId: source.id,
      reason: "uploaded by mistake",
    });
  });

  it("verify passes on a clean store and names an altered blob and an altered log entry", async () => {
    const a = await services.ingest.ingestFile(operator, {
      bytes: bytesOf("first file"),
      fileName: "1.txt",
      origin: "1",
      metadata: {},
    });
    await services.ingest.ingestFile(operator, {
      bytes: bytesOf("second file"),
      fileName: "2.txt",
      origin: "2",
      metadata: {},
    });
    await services.sources.edit(operator, a.source.id, { title: "edited" }, "r");
    expect(await services.verify.verify(operator)).toMatchObject({
      ok: true,
      blobsChecked: 2,
      logEntriesChecked: 3,
      problems: [],
    });

    const path = blobPath(join(store.dataDir, "blobs"), a.source.sha256 as string);
    chmodSync(path, 0o644);
    const bytes = readFileSync(path);
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    writeFileSync(path, bytes);
    let report = await services.verify.verify(operator);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      expect.objectContaining({ type: "blob", id: a.source.sha256 }),
    ]);

    await store.db.exec("ALTER TABLE activity_log DISABLE TRIGGER activity_log_no_update");
    await store.db.query("UPDATE activity_log SET reason = 'forged' WHERE seq = 2");
    report = await services.verify.verify(operator);
    expect(report.problems.find((p) => p.type === "log")).toMatchObject({ id: "2" });
    await expect(services.verify.verify(ANONYMOUS)).rejects.toBeInstanceOf(ServiceError);
  });

  it("refuses bad files with the reason and leaves nothing behind", async () => {
    const cases: [Uint8Array, string, number][] = [
      [new Uint8Array(0), "empty.txt", 422],
      [bytesOf("   \n\n  "), "blank.txt", 422],
      [
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        "image.png",
        422,
      ],
      [bytesOf("GIF89a\x01\x00\x01\x00"), "anim.gif", 415],
      [bytesOf("%PDF-1.4\nthis is not really a pdf"), "broken.pdf", 422],
    ];
    for (const [bytes, name, status] of cases) {
      await expect(
        services.ingest.ingestFile(operator, { bytes, fileName: name, origin: name, metadata: {} }),
      ).rejects.toMatchObject({ status, message: expect.stringContaining(name) });
    }
    const [sources] = await store.db.query<{ n: number }>(
      "SELECT (SELECT count(*) FROM sources)::int + (SELECT count(*) FROM activity_log)::int + (SELECT count(*) FROM blobs)::int AS n",
    );
    expect(sources?.n).toBe(0);
    const tooBig = createServices(store, { door: "test", maxFileBytes: 10 });
    await expect(
      tooBig.ingest.ingestFile(operator, {
        bytes: bytesOf("more than ten bytes"),
        fileName: "big.txt",
        origin: "b",
        metadata: {},
      }),
    ).rejects.toMatchObject({ status: 413 });
    // Every door that takes a file refuses one over the limit alike, naming the file and the limit.
    const big = { bytes: bytesOf("more than ten bytes"), fileName: "big.csv", origin: "b" };
    for (const refused of [
      () => tooBig.ingest.ingestFile(operator, { ...big, metadata: {} }),
      () => tooBig.ingest.startBatch(operator, { files: [big], metadata: {} }),
      () => tooBig.ingest.detect(operator, big),
      () => tooBig.registry.importList(operator, { ...big, name: "a list" }),
      async () => tooBig.registry.previewList(operator, big),
    ])
      await expect(refused()).rejects.toMatchObject({
        status: 413,
        code: "too-large.file-limit",
        params: { file: "big.csv", limit: 10 },
        message: "big.csv: 19 bytes is over the limit of 10",
      });
  });
});
