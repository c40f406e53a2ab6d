/** `casefile ingest --job`: the files as one batch job, followed until it finishes. */
import { readFile, stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import type { SourceMetadataPatch } from "../../core/source/source-metadata.js";
import { CliError, type CliIo } from "../command.js";
import { watchJob } from "../job-watch.js";
import { connect } from "../port/connect.js";

export async function ingestAsJob(
  files: readonly string[],
  io: CliIo,
  o: {
    metadata: SourceMetadataPatch;
    maxBytes: number;
    split: boolean | undefined;
    extract: boolean;
    json: boolean;
  },
): Promise<number> {
  const batch = [];
  for (const file of files) {
    const path = resolve(io.cwd, file);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) throw new CliError(`${file}: not a regular file`);
    if (info.size > o.maxBytes)
      throw new CliError(
        `${file}: ${info.size} bytes is over the limit of ${o.maxBytes} (CASEFILE_MAX_FILE_MB)`,
      );
    batch.push({ bytes: await readFile(path), fileName: basename(path), origin: path });
  }
  const port = await connect(io, "ingest");
  try {
    const job = await port.startBatch({
      files: batch,
      metadata: o.metadata,
      split: o.split,
      extract: o.extract,
    });
    if (!o.json) io.stderr.write(`job ${job.id} (${job.url}) via ${port.via}\n`);
    const final = await watchJob(port, job, io, { json: o.json });
    if (o.json) io.stdout.write(`${JSON.stringify(final)}\n`);
    else {
      const detail = await port.getJob(final.id);
      for (const item of detail.items.filter((i) => i.state === "failed"))
        io.stderr.write(`✗ ${item.label}: ${item.error}\n`);
      io.stdout.write(
        `job ${final.id} ${final.state}: ${JSON.stringify(final.result)} — via ${port.via}\n`,
      );
    }
    return final.state === "completed" && final.progress.failed === 0 ? 0 : 1;
  } finally {
    await port.close();
  }
}
