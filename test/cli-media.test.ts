/** The CLI as a process on media: ingest of a JPEG with EXIF, a PNG, an MP4 and an MP3; show, similar, verify. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sha256Hex } from "../src/core/hash/sha256.js";
import { jsonOf, runCasefile } from "./support/cli-process.js";
import { drawnPng, hasFfmpeg, jpegWithExif, testMp3, testMp4 } from "./support/media-files.js";
import { ONE_PROCESS_TARGET, type ProcessEnv } from "./support/process-targets.js";

interface IngestSummary {
  created: number;
  failed: number;
  files: {
    file: string;
    status: string;
    sourceId: string;
    sha256: string;
    claims: number;
    warnings: string[];
  }[];
}
interface MediaJson {
  kind: string;
  derivatives: { role: string; sha256: string; tool: string }[];
  warnings: string[];
}

const EXIF = {
  make: "Nikon",
  model: "D90",
  dateTimeOriginal: "2020:03:01 09:05:00",
  offsetTimeOriginal: "+04:00",
  lat: 39.9,
  lon: 46.8,
};

describe.skipIf(!hasFfmpeg()).each(ONE_PROCESS_TARGET)(
  "casefile media on $name",
  (processTarget) => {
    let target: ProcessEnv;
    beforeEach(async () => {
      target = await processTarget.create();
    });
    afterEach(async () => target.dispose());

    it("ingests a JPEG, a PNG, an MP4 and an MP3 byte-exact with derivatives, lists near-duplicates, and verify passes", async () => {
      const files = {
        "photo.jpg": jpegWithExif(3, EXIF),
        "copy.png": drawnPng(3, 400, 300),
        "clip.mp4": testMp4(),
        "tone.mp3": testMp3(),
      };
      for (const [name, bytes] of Object.entries(files))
        writeFileSync(join(target.dataDir, name), bytes);
      const run = await runCasefile(
        ["ingest", ...Object.keys(files).map((f) => join(target.dataDir, f)), "--json"],
        target.env,
        { timeoutMs: 240_000 },
      );
      expect(run.code, run.stderr).toBe(0);
      const summary = jsonOf<IngestSummary>(run);
      expect(summary.created).toBe(4);
      expect(summary.files.map((f) => f.sha256)).toEqual(Object.values(files).map(sha256Hex));
      expect(summary.files[0]?.claims).toBe(3);

      const [photo, png, clip, tone] = summary.files;
      const show = jsonOf<MediaJson>(
        await runCasefile(["media", "show", clip?.sourceId ?? "", "--json"], target.env),
      );
      expect(show.kind).toBe("video");
      expect(new Set(show.derivatives.map((d) => d.role))).toEqual(
        new Set(["web_copy", "keyframe", "thumbnail"]),
      );
      const audio = jsonOf<MediaJson>(
        await runCasefile(["media", "show", tone?.sourceId ?? "", "--json"], target.env),
      );
      expect(audio.derivatives.map((d) => d.role)).toEqual(["web_copy"]);

      // The PNG is the same drawing as the JPEG (which was recompressed with EXIF added).
      const similar = await runCasefile(["media", "similar", png?.sourceId ?? ""], target.env, {
        timeoutMs: 240_000,
      });
      expect(similar.code, similar.stderr).toBe(0);
      expect(similar.stdout).toContain(photo?.sourceId);
      expect(similar.stdout).toContain("earliest");

      const verify = await runCasefile(["verify", "--json"], target.env, { timeoutMs: 240_000 });
      expect(verify.code, verify.stderr).toBe(0);
      // 4 originals; derivatives: JPEG and PNG thumbnails, MP4 web copy + keyframe + thumbnail, MP3 web copy.
      expect(jsonOf<{ blobsChecked: number }>(verify).blobsChecked).toBe(10);
    }, 600_000);

    it("files claims on a picture's region and a recording's moment, refuses a bad locator naming it, and cites them", async () => {
      const png = join(target.dataDir, "street.png");
      const mp3 = join(target.dataDir, "tone.mp3");
      writeFileSync(png, drawnPng(11, 320, 240));
      writeFileSync(mp3, testMp3());
      const ingest = await runCasefile(["ingest", png, mp3, "--json"], target.env, {
        timeoutMs: 240_000,
      });
      expect(ingest.code, ingest.stderr).toBe(0);
      const [picture, tone] = jsonOf<IngestSummary>(ingest).files;
      const claim = [
        "--kind",
        "statement",
        "--set",
        "summary=a car burns",
        "--claimant",
        "The photographer",
        "--role",
        "witness",
      ];
      const rect = await runCasefile(
        ["claims", "create", picture?.sourceId ?? "", ...claim, "--rect", "40,30,100,60", "--json"],
        target.env,
      );
      expect(rect.code, rect.stderr).toBe(0);
      const rectId = jsonOf<{ id: string }>(rect).id;
      const polygon = await runCasefile(
        [
          "claims",
          "create",
          picture?.sourceId ?? "",
          ...claim,
          "--polygon",
          "10,10 200,20 150,120",
        ],
        target.env,
      );
      expect(polygon.code, polygon.stderr).toBe(0);
      expect(polygon.stdout).toContain("polygon of 3 points within x 10–200, y 10–120 px");
      const moment = await runCasefile(
        ["claims", "create", tone?.sourceId ?? "", ...claim, "--time", "0:01.5-2.5", "--json"],
        target.env,
      );
      expect(moment.code, moment.stderr).toBe(0);
      const momentId = jsonOf<{ id: string }>(moment).id;
      const outside = await runCasefile(
        ["claims", "create", picture?.sourceId ?? "", ...claim, "--rect", "300,0,40,10"],
        target.env,
      );
      expect(outside.code).not.toBe(0);
      expect(outside.stderr).toContain("locator.region.width");
      const citeRect = await runCasefile(["cite", rectId], target.env);
      expect(citeRect.code, citeRect.stderr).toBe(0);
      expect(citeRect.stdout).toContain("At region x 40–140, y 30–90 px.");
      const citeMoment = await runCasefile(["cite", momentId, "--format", "csl-json"], target.env);
      expect(citeMoment.stdout).toContain("At 0:01.5–0:02.5");
      const srt = join(target.dataDir, "tone.srt");
      writeFileSync(
        srt,
        "1\r\n00:00:00,000 --> 00:00:01,400\r\nA steady tone begins.\r\n\r\n2\r\n00:00:01,400 --> 00:00:03,000\r\nIt holds at 330 hertz.\r\n",
      );
      const attached = await runCasefile(
        ["media", "transcript", tone?.sourceId ?? "", srt],
        target.env,
      );
      expect(attached.code, attached.stderr).toBe(0);
      expect(attached.stdout).toContain(`2 SRT lines attached to ${tone?.sourceId}`);
      const moved = await runCasefile(
        ["claims", "correct", rectId, "--rect", "50,30,100,60", "--reason", "further right"],
        target.env,
      );
      expect(moved.code, moved.stderr).toBe(0);
      expect(moved.stdout).toContain("region x 50–150, y 30–90 px");
    }, 600_000);

    it("archives a video without ffmpeg and says what is missing", async () => {
      const path = join(target.dataDir, "clip.mov");
      writeFileSync(path, testMp4());
      const run = await runCasefile(
        ["ingest", path],
        { ...target.env, CASEFILE_FFMPEG: "none" },
        { timeoutMs: 240_000 },
      );
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain("ffmpeg/ffprobe are not installed");
      const bad = await runCasefile(["media", "similar", "nope"], target.env, {
        timeoutMs: 400_000,
      });
      expect(bad.code).not.toBe(0);
      expect(bad.stderr).toContain("source nope not found");
    }, 400_000);
  },
);
