/**
 * @module Container metadata of a video or audio file by ffprobe: duration, streams and codecs,
 * size, creation time, and a position when the container carries one (ISO 6709).
 */
import {
  EMPTY_METADATA,
  type MediaMetadata,
  parseIso6709,
  parseMetadataDate,
} from "../../core/media/media-metadata.js";
import { type FfmpegTools, runTool } from "./ffmpeg-tools.js";
import { withTempFile } from "./picture-codecs.js";

interface ProbeStream {
  codec_type?: string;
  codec_name?: string;
  width?: number;
  height?: number;
  tags?: Record<string, string>;
}
interface ProbeOutput {
  format?: { duration?: string; tags?: Record<string, string> };
  streams?: ProbeStream[];
}

export interface ProbeResult {
  readonly metadata: MediaMetadata;
  readonly hasVideo: boolean;
  readonly hasAudio: boolean;
}

/** Probes the file; throws (with ffprobe's message) when ffprobe cannot read it. */
export async function probeMedia(tools: FfmpegTools, bytes: Uint8Array): Promise<ProbeResult> {
  const out = await withTempFile(bytes, (path) =>
    runTool(
      tools.ffprobe,
      ["-v", "error", "-print_format", "json", "-show_format", "-show_streams", path],
      60_000,
    ),
  );
  const probe = JSON.parse(out.toString("utf8")) as ProbeOutput;
  const streams = probe.streams ?? [];
  // Cover art in an MP3 or M4A is an attached picture, not a video.
  const video = streams.find(
    (s) => s.codec_type === "video" && !["mjpeg", "png"].includes(s.codec_name ?? ""),
  );
  const audio = streams.find((s) => s.codec_type === "audio");
  const tags = { ...(probe.format?.tags ?? {}) };
  const lower = Object.fromEntries(Object.entries(tags).map(([k, v]) => [k.toLowerCase(), v]));
  const duration = Number(probe.format?.duration);
  const created = lower.creation_time ?? null;
  const local = created === null ? null : parseMetadataDate(created);
  const location = lower.location ?? lower["com.apple.quicktime.location.iso6709"] ?? null;
  const place = location === null ? null : parseIso6709(location);
  const make = lower["com.apple.quicktime.make"] ?? null;
  const model = lower["com.apple.quicktime.model"] ?? null;
  return {
    hasVideo: video !== undefined,
    hasAudio: audio !== undefined,
    metadata: {
      ...EMPTY_METADATA,
      captureTime:
        created !== null && local !== null
          ? {
              value: { local, utcOffset: /Z$/.test(created) ? "Z" : null },
              field: "container creation_time",
              raw: created,
            }
          : null,
      position:
        place && location
          ? { value: place, field: "container location (ISO 6709)", raw: location }
          : null,
      device:
        make || model
          ? {
              value: [make, model].filter(Boolean).join(" "),
              field: "container make/model",
              raw: `${make ?? ""} / ${model ?? ""}`,
            }
          : null,
      width: video?.width ?? null,
      height: video?.height ?? null,
      durationSeconds: Number.isFinite(duration) ? duration : null,
      codecs: [video, audio].flatMap((s) => (s?.codec_name ? [s.codec_name] : [])),
    },
  };
}
