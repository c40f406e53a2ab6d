import { readFile, stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { ServiceError } from "../../services/errors.js";
import { maxFileBytesFromEnv } from "../../services/max-file-bytes.js";
import { CliError, type Command, UsageError } from "../command.js";
import { METADATA_OPTIONS, metadataFromFlags, metadataUsage } from "../metadata-flags.js";
import { parseCommandArgs } from "../parse-args.js";
import { connect } from "../port/connect.js";
import { progressBar } from "../progress.js";
import { ingestAsJob } from "./ingest-job.js";

const usage = `Usage: casefile ingest <files…> [options]

Archives each file (text, Markdown, HTML, PDF, DOCX), reads its text and cuts it into passages.
Photos (JPEG, PNG, WebP, TIFF), video (MP4, WebM, MOV) and audio (MP3, WAV, OGG, M4A), known by
their content, are archived byte-exact with derivatives (thumbnail, web copy, keyframes; ffmpeg
for video and audio) and their embedded metadata proposed as claims.
Each file is one transaction: a file that fails leaves nothing behind and the others go on.

Options:
${metadataUsage("default: the document's own title or first line")}
  --split                split a compilation into its constituent sources (press records,
                         report excerpts, testimonies, …), stored as its parts
  --no-extract           do not propose claims
  --job                  ingest the files as one background job shared by every worker (a
                         progress bar while it runs; with --json one line per change)
  --json                 print a machine-readable summary`;

type FileResult =
  | {
      file: string;
      status: "created" | "duplicate";
      sourceId: string;
      title: string;
      access: string;
      passages: number;
      sha256: string | null;
      parts: number;
      claims: number;
      warnings: string[];
    }
  | { file: string; status: "failed"; error: string };

export const ingestCommand: Command = {
  name: "ingest",
  summary: "archive files and read them into sources and passages",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        ...METADATA_OPTIONS,
        json: { type: "boolean" },
        split: { type: "boolean" },
        "no-extract": { type: "boolean" },
        job: { type: "boolean" },
      },
      usage,
    );
    if (positionals.length === 0) throw new UsageError(`no files given\n\n${usage}`);
    const metadata = metadataFromFlags(values);
    const maxBytes = maxFileBytesFromEnv(io.env);
    if (values.job)
      return ingestAsJob(positionals, io, {
        metadata,
        maxBytes,
        split: values.split,
        extract: !values["no-extract"],
        json: values.json ?? false,
      });
    const port = await connect(io, "ingest");
    const results: FileResult[] = [];
    const bar = progressBar(io.stderr, values.json ? 0 : positionals.length, "ingest");
    try {
      for (const file of positionals) {
        const path = resolve(io.cwd, file);
        try {
          const info = await stat(path);
          if (!info.isFile()) throw new CliError("not a regular file");
          // Refuse before reading, so a huge file is never loaded into memory.
          if (info.size > maxBytes)
            throw new CliError(
              `${info.size} bytes is over the limit of ${maxBytes} (CASEFILE_MAX_FILE_MB)`,
            );
          const bytes = await readFile(path);
          const outcome = await port.ingestFile({
            bytes,
            fileName: basename(path),
            origin: path,
            metadata,
            split: values.split,
            extract: !values["no-extract"],
          });
          results.push({
            file,
            status: outcome.status,
            sourceId: outcome.source.id,
            title: outcome.source.title,
            access: outcome.source.access,
            passages: outcome.source.passageCount,
            sha256: outcome.source.sha256,
            parts: outcome.parts,
            claims: outcome.claims,
            warnings: outcome.warnings ?? [],
          });
        } catch (error) {
          if (
            !(
              error instanceof CliError ||
              error instanceof ServiceError ||
              (error as NodeJS.ErrnoException).code
            )
          )
            throw error;
          const message = (error as Error).message;
          results.push({
            file,
            status: "failed",
            error: message.startsWith(basename(path))
              ? message.slice(basename(path).length + 2)
              : message,
          });
        }
        bar.tick(basename(file));
      }
    } finally {
      bar.done();
      await port.close();
    }
    const failed = results.filter((r) => r.status === "failed").length;
    const created = results.filter((r) => r.status === "created").length;
    if (values.json) {
      io.stdout.write(
        `${JSON.stringify({ via: port.via, created, duplicates: results.length - created - failed, failed, files: results }, null, 2)}\n`,
      );
    } else {
      for (const r of results) {
        if (r.status === "failed") io.stderr.write(`✗ ${r.file}: ${r.error}\n`);
        else {
          for (const w of r.warnings) io.stderr.write(`! ${r.file}: ${w}\n`);
          io.stdout.write(
            `${r.status === "created" ? "✓" : "="} ${r.file} → ${r.sourceId} (${r.status === "duplicate" ? `already archived, ${r.access}` : `${r.access}, ${r.passages} passages, ${r.parts} parts, ${r.claims} claims proposed`})\n`,
          );
        }
      }
      io.stdout.write(
        `${results.length} file(s): ${created} ingested, ${results.length - created - failed} already archived, ${failed} failed — via ${port.via}\n`,
      );
    }
    return failed > 0 ? 1 : 0;
  },
};
