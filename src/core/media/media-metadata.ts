/**
 * @module What a photo, video or audio file says about itself (EXIF/XMP/IPTC, container tags),
 * normalised. Every value keeps the field it came from and its raw text: metadata can be forged
 * or wrong, so it becomes claims for review, never facts.
 */

export interface MetadataValue<T> {
  readonly value: T;
  /** Where it was read, e.g. "EXIF DateTimeOriginal" or "container creation_time". */
  readonly field: string;
  readonly raw: string;
}

export interface CaptureTime {
  /** Local date and time as recorded, "YYYY-MM-DDTHH:MM:SS". */
  readonly local: string;
  /** "+04:00", "Z", or null when the file does not say. */
  readonly utcOffset: string | null;
}

export interface MediaMetadata {
  readonly captureTime: MetadataValue<CaptureTime> | null;
  readonly position: MetadataValue<{ readonly lat: number; readonly lon: number }> | null;
  readonly device: MetadataValue<string> | null;
  readonly width: number | null;
  readonly height: number | null;
  readonly durationSeconds: number | null;
  /** Codec names of the streams, video first ("h264", "aac"). */
  readonly codecs: readonly string[];
}

export const EMPTY_METADATA: MediaMetadata = {
  captureTime: null,
  position: null,
  device: null,
  width: null,
  height: null,
  durationSeconds: null,
  codecs: [],
};

/** "2024:05:01 13:45:10" (EXIF) or "2024-05-01T13:45:10…" into local time; null when not a date. */
export function parseMetadataDate(raw: string): string | null {
  const m = /^(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/.exec(raw.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const month = Number(mo);
  const day = Number(d);
  if (
    Number(y) < 1800 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > 31 ||
    Number(h) > 23 ||
    Number(mi) > 59
  )
    return null;
  return `${y}-${mo}-${d}T${h}:${mi}:${s ?? "00"}`;
}

/** "+04:00", "-0530" or "Z" normalised to "±HH:MM" / "Z"; null when not an offset. */
export function parseUtcOffset(raw: string): string | null {
  const t = raw.trim();
  if (t === "Z" || t === "z") return "Z";
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(t);
  if (!m || Number(m[2]) > 14 || Number(m[3]) > 59) return null;
  return `${m[1]}${m[2]}:${m[3]}`;
}

/** A latitude and longitude pair when both are in range (and not the 0,0 of an unset GPS). */
export function validPosition(lat: number, lon: number): { lat: number; lon: number } | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || (lat === 0 && lon === 0)) return null;
  return { lat: Math.round(lat * 1e6) / 1e6, lon: Math.round(lon * 1e6) / 1e6 };
}

/** An ISO 6709 position as QuickTime and MP4 write it ("+40.1234+046.7890+120.0/"). */
export function parseIso6709(raw: string): { lat: number; lon: number } | null {
  const m = /^([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)/.exec(raw.trim());
  return m ? validPosition(Number(m[1]), Number(m[2])) : null;
}
