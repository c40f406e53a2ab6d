/**
 * @module Pictures to pixels and back, in pure JavaScript (no install scripts): JPEG by jpeg-js,
 * PNG by pngjs, TIFF by utif2. WebP and HEIC go through ffmpeg when it is installed.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import jpeg from "jpeg-js";
import { PNG } from "pngjs";
import UTIF from "utif2";
import type { MediaFormat } from "../../core/media/media-format.js";
import { makeRaster, type Raster } from "../../core/media/raster.js";
import { type FfmpegTools, runTool } from "./ffmpeg-tools.js";

/** Decoding refuses pictures larger than this many pixels (a decompression bomb guard). */
const MAX_PIXELS = 80_000_000;

/** The pixels of a still picture, or null when no decoder for its format is at hand. */
export async function decodePicture(
  bytes: Uint8Array,
  format: MediaFormat,
  tools: FfmpegTools | null,
): Promise<Raster | null> {
  if (format === "jpeg") {
    const d = jpeg.decode(bytes, {
      useTArray: true,
      formatAsRGBA: true,
      maxMemoryUsageInMB: 1024,
      maxResolutionInMP: MAX_PIXELS / 1e6,
    });
    return makeRaster(d.width, d.height, d.data);
  }
  if (format === "png") return decodePng(bytes);
  if (format === "tiff") {
    const buffer = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    ) as ArrayBuffer;
    const [first] = UTIF.decode(buffer);
    if (!first) throw new Error("the TIFF file holds no image");
    UTIF.decodeImage(buffer, first);
    if (first.width * first.height > MAX_PIXELS)
      throw new Error("the TIFF image is too large to decode");
    return makeRaster(first.width, first.height, UTIF.toRGBA8(first));
  }
  if (tools === null) return null;
  return decodePng(await framePng(tools, bytes, null));
}

export function decodePng(bytes: Uint8Array): Raster {
  const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return makeRaster(
    png.width,
    png.height,
    new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength),
  );
}

/** JPEG bytes of a picture at the given quality (1–100). */
export function encodeJpeg(picture: Raster, quality: number): Uint8Array {
  const out = jpeg.encode(
    { width: picture.width, height: picture.height, data: Buffer.from(picture.data) },
    quality,
  );
  return new Uint8Array(out.data);
}

/** PNG bytes of a picture. */
export function encodePng(picture: Raster): Uint8Array {
  const png = new PNG({ width: picture.width, height: picture.height });
  png.data = Buffer.from(picture.data);
  return new Uint8Array(PNG.sync.write(png));
}

/** One frame (at `atSeconds`, or the only one of a still) as PNG bytes, by ffmpeg. */
export async function framePng(
  tools: FfmpegTools,
  bytes: Uint8Array,
  atSeconds: number | null,
): Promise<Uint8Array> {
  return withTempFile(bytes, async (path) => {
    const seek = atSeconds === null ? [] : ["-ss", atSeconds.toFixed(3)];
    const args = [
      "-hide_banner",
      "-loglevel",
      "error",
      ...seek,
      "-i",
      path,
      "-frames:v",
      "1",
      "-f",
      "image2pipe",
      "-vcodec",
      "png",
      "pipe:1",
    ];
    return new Uint8Array(await runTool(tools.ffmpeg, args, 60_000));
  });
}

/** Runs fn with the bytes in a private temporary file (ffmpeg needs to seek in MP4 and MOV). */
export async function withTempFile<T>(
  bytes: Uint8Array,
  fn: (path: string) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "casefile-media-"));
  try {
    const path = join(dir, "input");
    await writeFile(path, bytes, { mode: 0o600 });
    return await fn(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
