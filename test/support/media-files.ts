/**
 * Media files made by the tests themselves: pictures drawn from a seed (JPEG with an EXIF block
 * written here, PNG), and video and audio from ffmpeg's synthetic lavfi sources. No downloads.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRng } from "../../src/core/estimation/random.js";
import { drawPicture } from "../../src/core/generate/pictures.js";
import { encodeJpeg, encodePng } from "../../src/ingest/media/picture-codecs.js";

export interface ExifFields {
  readonly make: string;
  readonly model: string;
  /** "YYYY:MM:DD HH:MM:SS" */
  readonly dateTimeOriginal: string;
  readonly offsetTimeOriginal: string;
  readonly lat: number;
  readonly lon: number;
}

type Entry = { tag: number; type: 2 | 4 | 5; count: number; data: Uint8Array };

const ascii = (s: string): Entry["data"] => new TextEncoder().encode(`${s}\0`);
const u32 = (n: number) => Uint8Array.of(n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);
const rationals = (values: readonly [number, number][]) => {
  const out = new Uint8Array(values.length * 8);
  values.forEach(([num, den], i) => {
    out.set(u32(num), i * 8);
    out.set(u32(den), i * 8 + 4);
  });
  return out;
};
const dms = (deg: number): [number, number][] => {
  const a = Math.abs(deg);
  const d = Math.floor(a);
  const m = Math.floor((a - d) * 60);
  const s = Math.round(((a - d) * 60 - m) * 60 * 10000);
  return [
    [d, 1],
    [m, 1],
    [s, 10000],
  ];
};

/** Lays out one IFD at `at` (offset from the TIFF header): entries, next-IFD 0, then long values. */
function ifd(entries: readonly Entry[], at: number): Uint8Array {
  const head = 2 + entries.length * 12 + 4;
  const parts: number[] = [entries.length >> 8, entries.length & 255];
  const extra: number[] = [];
  for (const e of [...entries].sort((a, b) => a.tag - b.tag)) {
    parts.push(e.tag >> 8, e.tag & 255, 0, e.type, ...u32(e.count));
    if (e.data.length <= 4) parts.push(...e.data, ...new Array(4 - e.data.length).fill(0));
    else {
      parts.push(...u32(at + head + extra.length));
      extra.push(...e.data);
      if (extra.length % 2) extra.push(0);
    }
  }
  parts.push(0, 0, 0, 0);
  return Uint8Array.from([...parts, ...extra]);
}

/** An APP1 EXIF segment (big-endian TIFF) with camera, capture time and GPS. */
export function exifSegment(f: ExifFields): Uint8Array {
  // Sizes first (pointers are 4 bytes whatever their value), then the real layout.
  const gpsEntries: Entry[] = [
    { tag: 1, type: 2, count: 2, data: ascii(f.lat < 0 ? "S" : "N") },
    { tag: 2, type: 5, count: 3, data: rationals(dms(f.lat)) },
    { tag: 3, type: 2, count: 2, data: ascii(f.lon < 0 ? "W" : "E") },
    { tag: 4, type: 5, count: 3, data: rationals(dms(f.lon)) },
  ];
  const exifEntries: Entry[] = [
    { tag: 0x9003, type: 2, count: 20, data: ascii(f.dateTimeOriginal) },
    {
      tag: 0x9011,
      type: 2,
      count: f.offsetTimeOriginal.length + 1,
      data: ascii(f.offsetTimeOriginal),
    },
  ];
  const ifd0 = (exifAt: number, gpsAt: number) =>
    ifd(
      [
        { tag: 0x010f, type: 2, count: f.make.length + 1, data: ascii(f.make) },
        { tag: 0x0110, type: 2, count: f.model.length + 1, data: ascii(f.model) },
        { tag: 0x8769, type: 4, count: 1, data: u32(exifAt) },
        { tag: 0x8825, type: 4, count: 1, data: u32(gpsAt) },
      ],
      8,
    );
  const size0 = ifd0(0, 0).length;
  const exifAt = 8 + size0;
  const exif = ifd(exifEntries, exifAt);
  const gpsAt = exifAt + exif.length;
  const gps = ifd(gpsEntries, gpsAt);
  const tiff = Uint8Array.from([
    0x4d,
    0x4d,
    0,
    0x2a,
    0,
    0,
    0,
    8,
    ...ifd0(exifAt, gpsAt),
    ...exif,
    ...gps,
  ]);
  const body = Uint8Array.from([...new TextEncoder().encode("Exif\0\0"), ...tiff]);
  const length = body.length + 2;
  return Uint8Array.from([0xff, 0xe1, length >> 8, length & 255, ...body]);
}

/** A drawn JPEG (seeded) with the EXIF block inserted right after the start-of-image marker. */
export function jpegWithExif(
  seed: number,
  fields: ExifFields,
  width = 400,
  height = 300,
): Uint8Array {
  const plain = encodeJpeg(drawPicture(createRng(seed), width, height), 85);
  return Uint8Array.from([...plain.subarray(0, 2), ...exifSegment(fields), ...plain.subarray(2)]);
}

/** A drawn PNG (seeded). */
export function drawnPng(seed: number, width = 320, height = 240): Uint8Array {
  return encodePng(drawPicture(createRng(seed), width, height));
}

/** Runs ffmpeg with lavfi inputs and returns the output file's bytes. */
export function ffmpegMade(args: readonly string[], extension: string): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "casefile-test-media-"));
  try {
    const out = join(dir, `out.${extension}`);
    execFileSync("ffmpeg", ["-hide_banner", "-loglevel", "error", ...args, "-y", out]);
    return new Uint8Array(readFileSync(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A 4-second MP4 (H.264 test pattern + tone) with a creation time. */
export const testMp4 = () =>
  ffmpegMade(
    [
      "-f",
      "lavfi",
      "-i",
      "testsrc2=size=320x240:rate=15:duration=4",
      "-f",
      "lavfi",
      "-i",
      "sine=frequency=440:duration=4",
      "-c:v",
      "libx264",
      "-preset",
      "ultrafast",
      "-pix_fmt",
      "yuv420p",
      "-c:a",
      "aac",
      "-shortest",
      "-metadata",
      "creation_time=2024-05-01T10:15:00Z",
    ],
    "mp4",
  );

/** A 3-second MP3 tone. */
export const testMp3 = () =>
  ffmpegMade(
    ["-f", "lavfi", "-i", "sine=frequency=330:duration=3", "-c:a", "libmp3lame", "-b:a", "64k"],
    "mp3",
  );

export function hasFfmpeg(): boolean {
  try {
    execFileSync("ffmpeg", ["-version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
