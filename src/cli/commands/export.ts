import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { unzipSync } from "fflate";
import { sha256Hex } from "../../core/hash/sha256.js";
import { type Command, UsageError } from "../command.js";
import { parseCommandArgs } from "../parse-args.js";
import { connect } from "../port/connect.js";
import { writeWhole } from "../write-whole.js";

const FORMATS = ["json", "jsonld", "geojson", "csv", "events"];

const usage = `Usage: casefile export <case> --format json|jsonld|geojson|csv|events [--table T] [--out PATH] [--blobs DIR]

Exports what you may see of a case, stating the time, the Casefile version and the activity log
head it describes; each export is logged.
  json     the whole case as one document that \`casefile import\` loads into an empty store
           identically; archived files inline (base64), or with --blobs DIR written to DIR by
           their SHA-256 and only named in the document
  jsonld   reviewed claims as schema.org ClaimReview / Claim (JSON-LD, context embedded)
  geojson  places and flight routes (FeatureCollection, [lon, lat])
  csv      sources, claims, persons and evidence links: --out DIR writes the four files and a
           manifest.json into DIR, --out FILE.zip (or no --out) a zip; --table T one table
  events   the event, its acts, victims (counting_unit for groups), involvements and
           information records, shaped as the HURIDOCS Events Standard Formats
Without --out the export goes to standard output.`;

/** The document with its inline files written to DIR and named by SHA-256 only. */
function referenceBlobs(bytes: Uint8Array, dir: string): string {
  const doc = JSON.parse(new TextDecoder().decode(bytes)) as {
    blobs: { mode: string; files?: Record<string, string> };
  };
  mkdirSync(dir, { recursive: true });
  for (const [sha, b64] of Object.entries(doc.blobs.files ?? {})) {
    const content = Buffer.from(b64, "base64");
    if (sha256Hex(content) !== sha) throw new Error(`the export's file ${sha} hashes otherwise`);
    writeWhole(join(dir, sha), content);
  }
  doc.blobs = { mode: "referenced" };
  return JSON.stringify(doc);
}

export const exportCommand: Command = {
  name: "export",
  summary: "a case as JSON (re-importable), JSON-LD, GeoJSON, CSV or HURIDOCS events",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        format: { type: "string" },
        table: { type: "string" },
        out: { type: "string" },
        blobs: { type: "string" },
      },
      usage,
    );
    const caseId = positionals[0];
    if (!caseId || positionals.length > 1 || !values.format) throw new UsageError(usage);
    if (!FORMATS.includes(values.format))
      throw new UsageError(`--format takes ${FORMATS.join(", ")}, not "${values.format}"`);
    if (values.blobs !== undefined && values.format !== "json")
      throw new UsageError("--blobs is only for --format json");
    const port = await connect(io, "export");
    try {
      const out = await port.exportCase(caseId, { format: values.format, table: values.table });
      const target = values.out === undefined ? null : resolve(io.cwd, values.out);
      const zipIntoDir =
        out.mediaType === "application/zip" && target !== null && !target.endsWith(".zip");
      if (zipIntoDir) {
        mkdirSync(target, { recursive: true });
        const files = unzipSync(out.bytes);
        for (const [name, content] of Object.entries(files))
          writeWhole(join(target, name), content);
        io.stderr.write(`wrote ${Object.keys(files).join(", ")} to ${target}\n`);
        return 0;
      }
      const bytes =
        values.blobs === undefined
          ? out.bytes
          : referenceBlobs(out.bytes, resolve(io.cwd, values.blobs));
      if (target === null) io.stdout.write(bytes);
      else {
        writeWhole(target, bytes);
        io.stderr.write(`wrote ${values.format} export of ${caseId} to ${target}\n`);
      }
      return 0;
    } finally {
      await port.close();
    }
  },
};
