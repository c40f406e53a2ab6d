/**
 * @module Embedded metadata of a still picture (EXIF, XMP, IPTC) by exifr: capture time with its
 * offset, GPS position, camera. Values are read raw (not revived into the machine's time zone).
 */
import {
  type CaptureTime,
  EMPTY_METADATA,
  type MediaMetadata,
  type MetadataValue,
  parseMetadataDate,
  parseUtcOffset,
  validPosition,
} from "../../core/media/media-metadata.js";

type Tags = Readonly<Record<string, unknown>>;

const text = (v: unknown): string | null =>
  typeof v === "string" && v.trim() !== "" ? v.trim() : typeof v === "number" ? String(v) : null;

/** The metadata of a picture; a file whose metadata cannot be parsed yields none, with a warning. */
export async function readPictureMetadata(
  bytes: Uint8Array,
  warnings: string[],
): Promise<MediaMetadata> {
  let parsed: unknown;
  try {
    // Loaded on first use, not with the module: every process start would pay for it.
    const { default: exifr } = await import("exifr");
    parsed = await exifr.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      tiff: true,
      exif: true,
      gps: true,
      xmp: true,
      iptc: true,
      reviveValues: false,
      translateValues: false,
      mergeOutput: true,
    });
  } catch (error) {
    warnings.push(
      `embedded metadata could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
    return EMPTY_METADATA;
  }
  if (parsed === undefined || parsed === null || typeof parsed !== "object") return EMPTY_METADATA;
  const tags = parsed as Tags;
  return {
    ...EMPTY_METADATA,
    captureTime: captureTime(tags),
    position: position(tags),
    device: device(tags),
    width: typeof tags.ExifImageWidth === "number" ? tags.ExifImageWidth : null,
    height: typeof tags.ExifImageHeight === "number" ? tags.ExifImageHeight : null,
  };
}

function captureTime(tags: Tags): MetadataValue<CaptureTime> | null {
  const fields = [
    ["DateTimeOriginal", "OffsetTimeOriginal"],
    ["CreateDate", "OffsetTimeDigitized"],
    ["DateCreated", null],
    ["ModifyDate", "OffsetTime"],
  ] as const;
  for (const [field, offsetField] of fields) {
    const raw = text(tags[field]);
    const local = raw === null ? null : parseMetadataDate(raw);
    if (raw === null || local === null) continue;
    const offsetRaw = offsetField === null ? null : text(tags[offsetField]);
    // XMP dates carry their offset inline ("2024-05-01T13:45:10+04:00").
    const inline = /([+-]\d{2}:?\d{2}|Z)$/.exec(raw)?.[1] ?? null;
    const utcOffset = parseUtcOffset(offsetRaw ?? inline ?? "");
    return {
      value: { local, utcOffset },
      field: `EXIF ${field}${offsetRaw ? ` + ${offsetField}` : ""}`,
      raw: offsetRaw ? `${raw} ${offsetRaw}` : raw,
    };
  }
  return null;
}

function position(tags: Tags): MetadataValue<{ lat: number; lon: number }> | null {
  const lat = degrees(tags.GPSLatitude, tags.GPSLatitudeRef, "S");
  const lon = degrees(tags.GPSLongitude, tags.GPSLongitudeRef, "W");
  if (lat === null || lon === null) return null;
  const value = validPosition(lat, lon);
  if (value === null) return null;
  const raw = `${String(tags.GPSLatitude)} ${text(tags.GPSLatitudeRef) ?? ""}, ${String(tags.GPSLongitude)} ${text(tags.GPSLongitudeRef) ?? ""}`;
  return { value, field: "EXIF GPSLatitude/GPSLongitude", raw };
}

/** Degrees from EXIF's [deg, min, sec] (or a plain number), negative for the southern/western ref. */
function degrees(value: unknown, ref: unknown, negativeRef: string): number | null {
  let d: number | null = null;
  if (typeof value === "number") d = value;
  else if (
    Array.isArray(value) &&
    value.length === 3 &&
    value.every((x) => typeof x === "number")
  ) {
    const [deg, min, sec] = value as [number, number, number];
    d = deg + min / 60 + sec / 3600;
  }
  if (d === null) return null;
  return text(ref)?.toUpperCase() === negativeRef ? -d : d;
}

function device(tags: Tags): MetadataValue<string> | null {
  const make = text(tags.Make);
  const model = text(tags.Model);
  if (make === null && model === null) return null;
  const value =
    model !== null && make !== null && model.startsWith(make)
      ? model
      : [make, model].filter(Boolean).join(" ");
  return { value, field: "EXIF Make/Model", raw: `${make ?? ""} / ${model ?? ""}` };
}
