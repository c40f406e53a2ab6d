/** `casefile split <file>`: the sources a compilation is made of, read straight from a file. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { splitCompilation } from "../../core/split/index.js";
import { ReadError, readDocument } from "../../ingest/readers/read-document.js";
import { CliError, type CliIo, type Command, UsageError } from "../command.js";
import { parseCommandArgs } from "../parse-args.js";

const usage = `Usage: casefile split <file> [--json]

Splits a compilation (a text file) into its constituent sources: kind, title, outlet or body,
author or speaker, place, date of publication, section and character offsets. No store is needed.`;

/** Reads the document named on the command line (text, Markdown, HTML, PDF, DOCX), refusing what is not one. */
export async function readTextArg(
  file: string | undefined,
  io: CliIo,
  usageText: string,
): Promise<string> {
  if (file === undefined) throw new UsageError(`missing <file>\n\n${usageText}`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path.resolve(io.cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === "ENOENT" ? `no such file: ${file}` : `cannot read ${file}: ${String(error)}`,
    );
  }
  // The same readers as ingest: HTML, PDF and DOCX work too, and empty or binary files are refused.
  // Offsets are into the extracted text (for UTF-8 text with LF line ends: the file itself).
  try {
    return (await readDocument(bytes, path.basename(file))).text;
  } catch (error) {
    if (error instanceof ReadError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
}

/** Runs a core reader, turning its RangeError on bad input into a CLI error. */
export function guarded<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof RangeError) throw new CliError(error.message);
    throw error;
  }
}

export const splitCommand: Command = {
  name: "split",
  summary: "split a compilation file into its sources (no store needed)",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: "boolean" } }, usage);
    if (positionals.length > 1)
      throw new UsageError(`unexpected argument "${positionals[1]}"\n\n${usage}`);
    const text = await readTextArg(positionals[0], io, usage);
    const parts = guarded(() => splitCompilation(text));
    if (values.json) {
      io.stdout.write(`${JSON.stringify(parts, null, 2)}\n`);
      return 0;
    }
    for (const [i, p] of parts.entries()) {
      const who = [p.outlet, p.author].filter(Boolean).join(" — ") || "-";
      const when = p.published?.iso ?? "undated";
      io.stdout.write(
        `${String(i + 1).padStart(3)}  ${p.kind.padEnd(18)} ${when.padEnd(10)}  ${who}${p.title ? ` · ${p.title}` : ""}  [${p.start}–${p.end})\n`,
      );
    }
    io.stdout.write(`${parts.length} part(s)\n`);
    return 0;
  },
};
