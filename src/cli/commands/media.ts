import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { type Command, UsageError } from "../command.js";
import { parseCommandArgs } from "../parse-args.js";
import { connect } from "../port/connect.js";

const usage = `Usage: casefile media show|similar <source-id> [--json]
       casefile media transcript <source-id> <file.vtt|file.srt> [--language L] [--json]

  show <source>     the media record of a photo, video or audio source: size, duration, codecs,
                    embedded metadata (each value with its field), warnings, and every derivative
                    (thumbnail, web copy, keyframes) with its SHA-256, tool and settings
  similar <source>  the archive's near-duplicates of a picture or video (re-posted, cropped,
                    recompressed, resized, slightly rotated, captioned), nearest first, with the
                    distance and which one appeared earliest
  transcript <source> <file>
                    attaches a transcript with time codes (WebVTT or SRT) to a video or audio
                    source: archived, its lines searchable, each linked to its moment; never
                    more visible than the recording; --language (az, en, ru…) when the
                    transcript's language is not the recording's (a translation)`;

export const mediaCommand: Command = {
  name: "media",
  summary: "media sources: derivatives and near-duplicates",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { json: { type: "boolean" }, language: { type: "string" } },
      usage,
    );
    const [action, id, ...rest] = positionals;
    if (action === "transcript") {
      const [file] = rest;
      if (id === undefined || file === undefined || rest.length > 1) throw new UsageError(usage);
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch (error) {
        throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
      }
      const port = await connect(io, "media");
      try {
        const out = await port.attachTranscript(id, basename(file), text, values.language);
        if (values.json) io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
        else
          io.stdout.write(
            `${out.cues} ${out.format === "webvtt" ? "WebVTT" : "SRT"} lines attached to ${out.mediaSourceId} as source ${out.sourceId}\n`,
          );
        return 0;
      } finally {
        await port.close();
      }
    }
    if ((action !== "show" && action !== "similar") || id === undefined || rest.length > 0)
      throw new UsageError(usage);
    const port = await connect(io, "media");
    try {
      if (action === "show") {
        const media = await port.media(id);
        if (values.json) io.stdout.write(`${JSON.stringify(media, null, 2)}\n`);
        else {
          const size = media.width ? ` ${media.width}×${media.height}` : "";
          const duration =
            media.durationSeconds === null ? "" : ` ${media.durationSeconds.toFixed(2)} s`;
          io.stdout.write(`${media.kind} ${media.format}${size}${duration}  ${media.sha256}\n`);
          for (const d of media.derivatives)
            io.stdout.write(
              `  ${d.role}${d.role === "keyframe" ? ` ${d.seq} @${d.atSeconds}s` : ""}  ${d.mediaType}  ${d.sha256}  ${d.tool}  ${JSON.stringify(d.settings)}\n`,
            );
          for (const w of media.warnings) io.stdout.write(`  ! ${w}\n`);
        }
        return 0;
      }
      const found = await port.similarMedia(id);
      if (values.json) io.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
      else {
        const line = (v: typeof found.source) =>
          `${v.distance.toFixed(2).padStart(6)}  ${v.sourceId}  ${v.title}${v.atSeconds === null ? "" : ` @${v.atSeconds}s`}  first seen ${v.publishedDate ?? v.firstAcquiredAt}${v.earliest ? "  ← earliest" : ""}\n`;
        if (found.matches.length === 0) io.stdout.write("no near-duplicates in the archive\n");
        else {
          io.stdout.write(line(found.source));
          for (const m of found.matches) io.stdout.write(line(m));
        }
      }
      return 0;
    } finally {
      await port.close();
    }
  },
};
