/**
 * @module Everything Casefile derives from one photo, video or audio file: its metadata, the
 * derived files (thumbnail, web-playable copy, keyframes), each naming the tool and settings
 * that made it, and the perceptual hashes of the picture or of each keyframe. The original
 * bytes are never changed; derived files are kept beside them, never in their place.
 */

import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { MediaType } from "../../core/media/media-format.js";
import { EMPTY_METADATA, type MediaMetadata } from "../../core/media/media-metadata.js";
import { windowHashes } from "../../core/media/picture-windows.js";
import { fitWithin, type Raster, resizeRaster } from "../../core/media/raster.js";
import { ReadError } from "../readers/read-error.js";
import { FFMPEG_MISSING, type FfmpegTools, findFfmpeg, runTool } from "./ffmpeg-tools.js";
import { decodePicture, decodePng, encodeJpeg, framePng, withTempFile } from "./picture-codecs.js";
import { readPictureMetadata } from "./picture-metadata.js";
import { probeMedia } from "./probe-media.js";

export type DerivativeRole = "thumbnail" | "web_copy" | "keyframe";

export interface DerivedFile {
  readonly role: DerivativeRole;
  /** Keyframe number (0 for the other roles). */
  readonly seq: number;
  readonly atSeconds: number | null;
  readonly bytes: Uint8Array;
  readonly mediaType: string;
  readonly tool: string;
  readonly settings: Readonly<Record<string, string | number>>;
}

export interface FrameHashes {
  /** 0 for a still picture; the keyframe number for a video. */
  readonly frame: number;
  readonly atSeconds: number | null;
  /** windowHashes() of the frame: the whole frame first. */
  readonly windows: readonly string[];
}

export interface ReadMedia {
  readonly type: MediaType;
  readonly metadata: MediaMetadata;
  readonly derivatives: readonly DerivedFile[];
  readonly hashes: readonly FrameHashes[];
  readonly warnings: readonly string[];
}

const version = (pkg: string): string => {
  const data: unknown = createRequire(import.meta.url)(`${pkg}/package.json`);
  const v =
    typeof data === "object" && data !== null && "version" in data ? String(data.version) : "?";
  return `${pkg} ${v}`;
};

const THUMBNAIL = { maxSide: 320, quality: 80, resize: "area-average" } as const;
/** Pictures are hashed from a copy at most this large: enough detail, bounded work. */
const HASH_SIDE = 512;
const MAX_KEYFRAMES = 8;

/** Reads a media file already recognised by sniffMedia; throws a ReadError for a corrupt file. */
export async function readMedia(
  bytes: Uint8Array,
  type: MediaType,
  tools?: FfmpegTools | null,
): Promise<ReadMedia> {
  const ffmpeg = tools === undefined ? await findFfmpeg() : tools;
  return type.kind === "image"
    ? readStill(bytes, type, ffmpeg)
    : readRecording(bytes, type, ffmpeg);
}

async function readStill(
  bytes: Uint8Array,
  type: MediaType,
  tools: FfmpegTools | null,
): Promise<ReadMedia> {
  const warnings: string[] = [];
  let picture: Raster | null;
  try {
    picture = await decodePicture(bytes, type.format, tools);
  } catch (error) {
    throw new ReadError(
      "corrupt",
      `the ${type.format.toUpperCase()} image cannot be decoded: ${messageOf(error)}`,
    );
  }
  const metadata = await readPictureMetadata(bytes, warnings);
  if (picture === null) {
    warnings.push(
      `no ${type.format.toUpperCase()} decoder without ffmpeg: archived without thumbnail or near-duplicate hash`,
    );
    return { type, metadata, derivatives: [], hashes: [], warnings };
  }
  const decoder =
    type.format === "jpeg"
      ? version("jpeg-js")
      : type.format === "png"
        ? version("pngjs")
        : type.format === "tiff"
          ? version("utif2")
          : (tools?.version ?? "?");
  return {
    type,
    metadata: { ...metadata, width: picture.width, height: picture.height },
    derivatives: [thumbnailOf(picture, 0, null, decoder)],
    hashes: [{ frame: 0, atSeconds: null, windows: hashesOf(picture) }],
    warnings,
  };
}

function thumbnailOf(
  picture: Raster,
  seq: number,
  atSeconds: number | null,
  decoder: string,
): DerivedFile {
  const size = fitWithin(picture.width, picture.height, THUMBNAIL.maxSide);
  const small =
    size.width === picture.width && size.height === picture.height
      ? picture
      : resizeRaster(picture, size.width, size.height);
  return {
    role: "thumbnail",
    seq,
    atSeconds,
    bytes: encodeJpeg(small, THUMBNAIL.quality),
    mediaType: "image/jpeg",
    tool: `casefile (decoded by ${decoder}, encoded by ${version("jpeg-js")})`,
    settings: { ...THUMBNAIL, width: size.width, height: size.height },
  };
}

function hashesOf(picture: Raster): string[] {
  const size = fitWithin(picture.width, picture.height, HASH_SIDE);
  const small =
    size.width === picture.width && size.height === picture.height
      ? picture
      : resizeRaster(picture, size.width, size.height);
  return windowHashes(small);
}

async function readRecording(
  bytes: Uint8Array,
  type: MediaType,
  tools: FfmpegTools | null,
): Promise<ReadMedia> {
  if (tools === null)
    return {
      type,
      metadata: EMPTY_METADATA,
      derivatives: [],
      hashes: [],
      warnings: [FFMPEG_MISSING],
    };
  let probe: Awaited<ReturnType<typeof probeMedia>>;
  try {
    probe = await probeMedia(tools, bytes);
  } catch (error) {
    throw new ReadError(
      "corrupt",
      `the ${type.format.toUpperCase()} file cannot be read by ffprobe: ${messageOf(error)}`,
    );
  }
  if (!probe.hasVideo && !probe.hasAudio)
    throw new ReadError(
      "corrupt",
      `the ${type.format.toUpperCase()} file holds no audio or video stream`,
    );
  const derivatives: DerivedFile[] = [await webCopy(tools, bytes, probe.hasVideo)];
  const hashes: FrameHashes[] = [];
  if (probe.hasVideo) {
    const duration = probe.metadata.durationSeconds ?? 0;
    const count = Math.max(1, Math.min(MAX_KEYFRAMES, Math.ceil(duration / 10)));
    for (let seq = 0; seq < count; seq++) {
      const at = Math.round(((seq + 0.5) * duration * 1000) / count) / 1000;
      const png = await framePng(tools, bytes, at);
      const frame = decodePng(png);
      derivatives.push({
        role: "keyframe",
        seq,
        atSeconds: at,
        bytes: png,
        mediaType: "image/png",
        tool: tools.version,
        settings: { at, format: "png", frames: 1 },
      });
      hashes.push({ frame: seq, atSeconds: at, windows: hashesOf(frame) });
      if (seq === 0) derivatives.push(thumbnailOf(frame, 0, at, version("pngjs")));
    }
  }
  return {
    type: { ...type, kind: probe.hasVideo ? "video" : "audio" },
    metadata: probe.metadata,
    derivatives,
    hashes,
    warnings: [],
  };
}

/** A copy every browser plays: WebM (VP8 + Opus) for video, Ogg Opus for audio. */
async function webCopy(
  tools: FfmpegTools,
  bytes: Uint8Array,
  video: boolean,
): Promise<DerivedFile> {
  const settings: Record<string, string | number> = video
    ? {
        container: "webm",
        video: "libvpx (VP8)",
        bitrate: "1M",
        maxWidth: 1280,
        audio: "libopus 96k",
        deadline: "realtime",
        cpuUsed: 8,
      }
    : { container: "ogg", audio: "libopus 96k" };
  const out = await withTempFile(bytes, async (input) => {
    const output = join(`${input}.out.${video ? "webm" : "ogg"}`);
    const codec = video
      ? [
          "-c:v",
          "libvpx",
          "-b:v",
          "1M",
          "-deadline",
          "realtime",
          "-cpu-used",
          "8",
          "-vf",
          "scale='min(1280,iw)':-2",
          "-c:a",
          "libopus",
          "-b:a",
          "96k",
        ]
      : ["-vn", "-c:a", "libopus", "-b:a", "96k"];
    await runTool(
      tools.ffmpeg,
      ["-hide_banner", "-loglevel", "error", "-i", input, ...codec, "-y", output],
      600_000,
    );
    return readFile(output);
  });
  return {
    role: "web_copy",
    seq: 0,
    atSeconds: null,
    bytes: new Uint8Array(out),
    mediaType: video ? "video/webm" : "audio/ogg",
    tool: tools.version,
    settings,
  };
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
