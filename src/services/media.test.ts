/** Media evidence through the services, on every store target: custody, derivatives, metadata claims, near-duplicates. */
import { chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { STORE_TARGETS } from "../../test/support/databases.js";
import {
  drawnPng,
  hasFfmpeg,
  jpegWithExif,
  testMp3,
  testMp4,
} from "../../test/support/media-files.js";
import { servicesOn } from "../../test/support/test-services.js";
import { createRng } from "../core/estimation/random.js";
import { drawPicture, scalePicture } from "../core/generate/pictures.js";
import { sha256Hex } from "../core/hash/sha256.js";
import { encodeJpeg } from "../ingest/media/picture-codecs.js";
import { blobPath } from "../store/blob-store.js";
import type { Store } from "../store/open-store.js";
import { ANONYMOUS, type Caller } from "./caller.js";
import type { Services } from "./services.js";

const operator: Caller = { kind: "operator", name: "test" };
const EXIF = {
  make: "Canon",
  model: "Canon EOS 80D",
  dateTimeOriginal: "1992:02:26 07:30:15",
  offsetTimeOriginal: "+04:00",
  lat: 39.91234,
  lon: 46.78901,
};
const ffmpeg = hasFfmpeg();

describe.each(STORE_TARGETS)("media evidence on $name", (target) => {
  let store: Store;
  let services: Services;
  servicesOn(target, (s) => {
    ({ store, services } = s);
  });

  const ingest = (bytes: Uint8Array, fileName: string, access?: string) =>
    services.ingest.ingestFile(operator, {
      bytes,
      fileName,
      origin: "test",
      metadata: access ? { access } : {},
    });

  it("archives a JPEG byte-exact, derives a thumbnail and proposes its EXIF time, place and camera as claims", async () => {
    const bytes = jpegWithExif(1, EXIF);
    // Named as a text file: the content decides.
    const outcome = await ingest(bytes, "notes.txt");
    expect(outcome.source.kind).toBe("photo");
    expect(outcome.source.format).toBe("jpeg");
    expect(outcome.source.sha256).toBe(sha256Hex(bytes));
    expect(Buffer.from(await store.blobs.read(sha256Hex(bytes))).equals(Buffer.from(bytes))).toBe(
      true,
    );

    const media = await services.media.get(operator, outcome.source.id);
    expect(media).toMatchObject({ kind: "image", width: 400, height: 300 });
    const thumb = media.derivatives.find((d) => d.role === "thumbnail");
    expect(thumb?.tool).toContain("jpeg-js");
    expect(thumb?.settings).toMatchObject({ maxSide: 320, quality: 80 });
    const thumbFile = await services.media.file(operator, outcome.source.id, "thumbnail");
    expect(sha256Hex(thumbFile.bytes)).toBe(thumb?.sha256);
    expect([...thumbFile.bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);

    const claims = await services.claims.list(operator, { sourceId: outcome.source.id });
    const fields = claims.items.map((c) => c.fields);
    expect(fields).toContainEqual(
      expect.objectContaining({ kind: "time", startIso: "1992-02-26T07:30", utcOffset: "+04:00" }),
    );
    expect(fields).toContainEqual(
      expect.objectContaining({
        kind: "place",
        coordinates: { lat: expect.closeTo(39.91234, 4), lon: expect.closeTo(46.78901, 4) },
      }),
    );
    expect(fields).toContainEqual({ kind: "statement", summary: "recorded with Canon EOS 80D" });

    // A correction keeps what it does not name: the place stays on the map, the time keeps its
    // offset; a correction that names them changes them.
    const place = claims.items.find((c) => c.kind === "place");
    const time = claims.items.find((c) => c.kind === "time");
    if (!place || !time) throw new Error("no place or time claim proposed from the EXIF");
    const renamed = await services.claims.review(operator, place.id, {
      action: "correct",
      fields: { name: "Khojaly" },
    });
    expect(renamed.fields).toEqual({ ...place.fields, name: "Khojaly" });
    const moved = await services.claims.review(operator, place.id, {
      action: "correct",
      fields: { coordinates: "39.9, 46.8" },
    });
    expect(moved.fields).toMatchObject({ name: "Khojaly", coordinates: { lat: 39.9, lon: 46.8 } });
    const retimed = await services.claims.review(operator, time.id, {
      action: "correct",
      fields: { precision: "hour" },
    });
    expect(retimed.fields).toEqual({ ...time.fields, precision: "hour" });
    expect(
      claims.items.every(
        (c) => c.status === "proposed" && c.claimant.name === "embedded file metadata",
      ),
    ).toBe(true);
  });

  it("ingests a PNG and finds its resized JPEG re-post as a near-duplicate, with the earliest appearance", async () => {
    const original = await ingest(drawnPng(5, 480, 360), "original.png");
    const picture = drawPicture(createRng(5), 480, 360);
    const repost = await ingest(encodeJpeg(scalePicture(picture, 0.6), 55), "repost.jpg");
    await ingest(drawnPng(6, 480, 360), "unrelated.png");
    const found = await services.media.similar(operator, repost.source.id);
    expect(found.matches.map((m) => m.sourceId)).toEqual([original.source.id]);
    expect(found.matches[0]?.distance).toBeLessThanOrEqual(4);
    expect(found.matches[0]?.earliest).toBe(true);
    expect(found.source.earliest).toBe(false);
  });

  it("keeps restricted media and its derivatives from anonymous readers", async () => {
    const outcome = await ingest(drawnPng(9), "private.png", "restricted");
    await expect(
      services.media.file(ANONYMOUS, outcome.source.id, "thumbnail"),
    ).rejects.toMatchObject({ status: 404 });
    await expect(services.media.get(ANONYMOUS, outcome.source.id)).rejects.toMatchObject({
      status: 404,
    });
    const pub = await ingest(
      encodeJpeg(drawPicture(createRng(9), 320, 240), 60),
      "public.jpg",
      "public",
    );
    const seen = await services.media.similar(ANONYMOUS, pub.source.id);
    expect(seen.matches).toEqual([]);
    expect((await services.media.similar(operator, pub.source.id)).matches).toHaveLength(1);
  });

  it.skipIf(!ffmpeg)(
    "makes a web copy, keyframes and container claims of an MP4, and a web copy of an MP3; verify re-hashes them",
    async () => {
      const mp4 = await ingest(testMp4(), "clip.bin");
      expect(mp4.source).toMatchObject({ kind: "video", format: "mp4" });
      const video = await services.media.get(operator, mp4.source.id);
      expect(video.durationSeconds).toBeCloseTo(4, 0);
      expect(video.derivatives.map((d) => d.role).sort()).toEqual([
        "keyframe",
        "thumbnail",
        "web_copy",
      ]);
      const web = video.derivatives.find((d) => d.role === "web_copy");
      expect(web).toMatchObject({
        mediaType: "video/webm",
        tool: expect.stringMatching(/^ffmpeg /),
      });
      const claims = await services.claims.list(operator, { sourceId: mp4.source.id });
      expect(claims.items.map((c) => c.fields)).toContainEqual(
        expect.objectContaining({ kind: "time", startIso: "2024-05-01T10:15", utcOffset: "Z" }),
      );

      const mp3 = await ingest(testMp3(), "tone.mp3");
      expect(mp3.source).toMatchObject({ kind: "audio", format: "mp3" });
      const audio = await services.media.get(operator, mp3.source.id);
      expect(audio.derivatives.map((d) => d.role)).toEqual(["web_copy"]);

      const report = await services.verify.verify(operator);
      expect(report.ok).toBe(true);
      // 2 originals + web copy, keyframe, thumbnail + web copy.
      expect(report.blobsChecked).toBe(6);
      const keyframe = video.derivatives.find((d) => d.role === "keyframe");
      const path = blobPath(join(store.dataDir, "blobs"), keyframe?.sha256 ?? "");
      chmodSync(path, 0o644);
      writeFileSync(path, "tampered");
      const after = await services.verify.verify(operator);
      expect(after.problems).toEqual([
        expect.objectContaining({ type: "blob", id: keyframe?.sha256 }),
      ]);
    },
  );

  it("refuses a corrupt JPEG with a clear error and leaves nothing behind", async () => {
    const bytes = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2, 3]);
    await expect(ingest(bytes, "broken.jpg")).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining("broken.jpg"),
    });
    const [n] = await store.db.query<{ n: number }>("SELECT count(*)::int AS n FROM sources");
    expect(n?.n).toBe(0);
  });

  it("settles a job item in the transaction that records the file, and answers with what it wrote", async () => {
    const bytes = drawnPng(7);
    const count = async (table: string) =>
      (await store.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n;
    // An item already settled by an earlier delivery (after a crash): the file is not recorded.
    const settledBefore = services.ingest.ingestFile(operator, {
      bytes,
      fileName: "settled.png",
      origin: "test",
      metadata: {},
      settle: async () => {
        throw new Error("item already settled");
      },
    });
    await expect(settledBefore).rejects.toThrow("item already settled");
    expect([await count("sources"), await count("acquisitions"), await count("claims")]).toEqual([
      0, 0, 0,
    ]);
    // A first delivery: the item's result is the outcome the ingest answers, committed with it.
    const settledWith: unknown[] = [];
    const outcome = await services.ingest.ingestFile(operator, {
      bytes,
      fileName: "first.png",
      origin: "test",
      metadata: { title: "A drawn picture", access: "restricted" },
      settle: async (_tx, o) => {
        settledWith.push(o);
      },
    });
    expect(settledWith).toEqual([outcome]);
    expect(outcome).toMatchObject({ status: "created", parts: 0 });
    const { caseNote, text, passages, acquisitions, parts, ...stored } = await services.sources.get(
      operator,
      outcome.source.id,
    );
    expect(outcome.source).toEqual(stored);
    expect(acquisitions.map((a) => a.id)).toEqual([outcome.acquisitionId]);
    expect(await count("acquisitions")).toBe(1);
  });
});
