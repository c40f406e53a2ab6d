/**
 * @module Which photo, video or audio format a file is, decided by its bytes (magic numbers and
 * container brands), never by its name: a renamed file is still what its content says.
 */

export type MediaKind = "image" | "video" | "audio";

export type MediaFormat =
  | "jpeg"
  | "png"
  | "webp"
  | "tiff"
  | "heic"
  | "mp4"
  | "mov"
  | "webm"
  | "mp3"
  | "wav"
  | "ogg"
  | "m4a";

export interface MediaType {
  readonly kind: MediaKind;
  readonly format: MediaFormat;
  /** The IANA media type recorded with the blob. */
  readonly mediaType: string;
}

const TYPES: Readonly<Record<MediaFormat, MediaType>> = {
  jpeg: { kind: "image", format: "jpeg", mediaType: "image/jpeg" },
  png: { kind: "image", format: "png", mediaType: "image/png" },
  webp: { kind: "image", format: "webp", mediaType: "image/webp" },
  tiff: { kind: "image", format: "tiff", mediaType: "image/tiff" },
  heic: { kind: "image", format: "heic", mediaType: "image/heic" },
  mp4: { kind: "video", format: "mp4", mediaType: "video/mp4" },
  mov: { kind: "video", format: "mov", mediaType: "video/quicktime" },
  webm: { kind: "video", format: "webm", mediaType: "video/webm" },
  mp3: { kind: "audio", format: "mp3", mediaType: "audio/mpeg" },
  wav: { kind: "audio", format: "wav", mediaType: "audio/wav" },
  ogg: { kind: "audio", format: "ogg", mediaType: "audio/ogg" },
  m4a: { kind: "audio", format: "m4a", mediaType: "audio/mp4" },
};

/** ISO-BMFF major brands that mean an audio-only MPEG-4 file or a HEIF still image. */
const AUDIO_BRANDS = new Set(["M4A ", "M4B ", "M4P "]);
const HEIF_BRANDS = new Set(["heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1"]);

const ascii = (bytes: Uint8Array, from: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(from, from + length));

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0): boolean =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);

/**
 * The media type of the bytes, or null when they are not a photo, video or audio format we hold
 * as media. A text that merely starts like one (fewer bytes than a real header) is not media.
 * @example sniffMedia(jpegBytes)?.format === "jpeg"
 */
export function sniffMedia(bytes: Uint8Array): MediaType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return TYPES.jpeg;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return TYPES.png;
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return TYPES.tiff;
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF") {
    const form = ascii(bytes, 8, 4);
    if (form === "WEBP") return TYPES.webp;
    if (form === "WAVE") return TYPES.wav;
    return null;
  }
  if (bytes.length >= 12 && ascii(bytes, 4, 4) === "ftyp") return isoBmff(bytes);
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return TYPES.webm;
  // Ogg is taken as audio; a rare Theora video in Ogg still gets its streams from ffprobe.
  if (bytes.length >= 28 && ascii(bytes, 0, 4) === "OggS") return TYPES.ogg;
  if (bytes.length >= 10 && ascii(bytes, 0, 3) === "ID3") return TYPES.mp3;
  if (isMpegAudioFrame(bytes)) return TYPES.mp3;
  return null;
}

/** MP4, QuickTime, M4A or HEIC from the file-type box's major and compatible brands. */
function isoBmff(bytes: Uint8Array): MediaType {
  const boxSize = Math.min(
    bytes.length,
    (bytes[0] ?? 0) * 2 ** 24 + ((bytes[1] ?? 0) << 16) + ((bytes[2] ?? 0) << 8) + (bytes[3] ?? 0),
  );
  const major = ascii(bytes, 8, 4);
  const brands = [major];
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(bytes, at, 4));
  if (AUDIO_BRANDS.has(major)) return TYPES.m4a;
  if (HEIF_BRANDS.has(major)) return TYPES.heic;
  if (major === "qt  ") return TYPES.mov;
  if (
    brands.some((b) => HEIF_BRANDS.has(b)) &&
    !brands.some((b) => b.startsWith("iso") || b.startsWith("mp4"))
  )
    return TYPES.heic;
  return TYPES.mp4;
}

/** A bare MPEG-1/2 layer III frame header (MP3 without an ID3 tag): sync, layer, a valid bitrate. */
function isMpegAudioFrame(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0xff) return false;
  const b1 = bytes[1] ?? 0;
  const b2 = bytes[2] ?? 0;
  const sync = (b1 & 0xe0) === 0xe0;
  const layer3 = (b1 & 0x06) === 0x02;
  const bitrate = b2 >> 4;
  const rate = (b2 >> 2) & 0x03;
  return sync && layer3 && bitrate !== 0 && bitrate !== 0x0f && rate !== 0x03;
}

/** The source kind a media file becomes when the person adding it names none. */
export function sourceKindOfMedia(kind: MediaKind): "photo" | "video" | "audio" {
  return kind === "image" ? "photo" : kind;
}

/** The media type of a stored format name ("jpeg" → "image/jpeg"); octet-stream for others. */
export function mediaTypeOfFormat(format: string): string {
  return format in TYPES ? TYPES[format as MediaFormat].mediaType : "application/octet-stream";
}
