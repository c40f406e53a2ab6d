/**
 * Ingest of a batch of files as a job of items, one per file, shared by every worker. The files'
 * bytes are archived before the job is queued (so any worker can read them from the blob store),
 * and each file is recorded in the transaction that settles its item: after a crash a file is
 * either fully ingested and settled, or not at all.
 */
import type { Json } from "../../../core/hash/canonical-json.js";
import { SHA256_PATTERN } from "../../../core/hash/sha256.js";
import {
  applyMetadataPatch,
  defaultMetadata,
  InvalidMetadataError,
  type SourceMetadataPatch,
} from "../../../core/source/source-metadata.js";
import { InvalidInputError } from "../../errors.js";
import type { IngestOutcome } from "../../ingest.service.js";
import type { ItemJobType } from "../job-type.js";
import {
  compact,
  type JsonObject,
  objectOf,
  optionalBoolean,
  optionalString,
} from "./input-fields.js";

const METADATA_FIELDS = [
  "kind",
  "title",
  "organisation",
  "published",
  "publishedPlace",
  "language",
  "url",
  "access",
  "affiliation",
  "caseId",
  "reliability",
] as const;

export function parseMetadata(value: Json | undefined): JsonObject {
  if (value === undefined || value === null) return {};
  const o = objectOf(value, "metadata");
  const patch: JsonObject = {};
  for (const key of METADATA_FIELDS) {
    const v = optionalString(o, key, `metadata.${key}`);
    if (v !== undefined) patch[key] = v;
  }
  const authors = o.authors;
  if (authors !== undefined && authors !== null) {
    if (!Array.isArray(authors) || authors.some((a) => typeof a !== "string"))
      throw new InvalidInputError("metadata.authors must be a list of names", "metadata.authors", {
        code: "invalid-input.type",
        params: { field: "metadata.authors", type: "array" },
      });
    patch.authors = authors;
  }
  try {
    applyMetadataPatch(defaultMetadata("check"), patch as SourceMetadataPatch);
  } catch (error) {
    if (error instanceof InvalidMetadataError)
      throw new InvalidInputError(error.message, `metadata.${error.field}`, error.coded);
    throw error;
  }
  return patch;
}

function parseFile(value: Json, index: number): JsonObject {
  const field = `files[${index}]`;
  const o = objectOf(value, field);
  const sha256 = optionalString(o, "sha256", `${field}.sha256`);
  if (!sha256 || !SHA256_PATTERN.test(sha256))
    throw new InvalidInputError(`${field}.sha256 must be a SHA-256 in hex`, `${field}.sha256`, {
      code: "invalid-input.pattern",
      params: { field: `${field}.sha256` },
    });
  const fileName = optionalString(o, "fileName", `${field}.fileName`);
  if (!fileName)
    throw new InvalidInputError(`${field}.fileName is required`, `${field}.fileName`, {
      code: "invalid-input.required",
      params: { field: `${field}.fileName` },
    });
  return { sha256, fileName, origin: optionalString(o, "origin", `${field}.origin`) ?? "upload" };
}

/** An item's result: what its file became. */
function resultOf(outcome: IngestOutcome): Json {
  return {
    status: outcome.status,
    sourceId: outcome.source.id,
    claims: outcome.claims,
    parts: outcome.parts,
  };
}

export const ingestBatchJob: ItemJobType = {
  type: "ingest-batch",
  kind: "items",
  summary: "ingest a batch of archived files (one item per file)",
  parse(input) {
    const o = objectOf(input, "input");
    const files = o.files;
    if (!Array.isArray(files) || files.length === 0)
      throw new InvalidInputError("files must be a non-empty list", "files", {
        code: "invalid-input.empty-list",
        params: { field: "files" },
      });
    return compact({
      files: files.map(parseFile),
      metadata: parseMetadata(o.metadata),
      split: optionalBoolean(o, "split"),
      extract: optionalBoolean(o, "extract"),
    });
  },
  items: (input) =>
    ((input as JsonObject).files as JsonObject[]).map((f) => ({
      label: String(f.fileName),
      input: f,
    })),
  async runItem(ctx, input, item) {
    const job = input as JsonObject;
    const file = item as { sha256: string; fileName: string; origin: string };
    const bytes = await ctx.services.store.blobs.read(file.sha256);
    const outcome = await ctx.services.ingest.ingestFile(ctx.caller, {
      bytes,
      fileName: file.fileName,
      origin: file.origin,
      metadata: job.metadata as SourceMetadataPatch,
      split: job.split === true,
      extract: job.extract !== false,
      // The item settles with its result in the transaction that records the file.
      settle: (tx, o) => ctx.settle(tx, resultOf(o)),
    });
    return resultOf(outcome);
  },
  summarise(results) {
    let created = 0;
    let duplicates = 0;
    let claims = 0;
    for (const r of results) {
      const o = (r.result ?? {}) as JsonObject;
      if (o.status === "created") created++;
      if (o.status === "duplicate") duplicates++;
      claims += typeof o.claims === "number" ? o.claims : 0;
    }
    return {
      files: results.length,
      created,
      duplicates,
      failed: results.filter((r) => r.state === "failed").length,
      claims,
      errors: results.filter((r) => r.error).map((r) => r.error as string),
    };
  },
};
