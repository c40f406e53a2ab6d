/**
 * Reads a multipart form of several files ('file' fields) and known fields, for batch ingest.
 * The same refusals as the single-file form (multipart-form.ts), and at most MAX_BATCH_FILES.
 */
import type { FastifyRequest } from "fastify";
import { ServiceError } from "../../services/errors.js";
import { readMultipartForm } from "./multipart-form.js";

export const MAX_BATCH_FILES = 1000;

export function readBatchForm<F extends string>(
  req: FastifyRequest,
  allowed: readonly F[],
): Promise<{ files: { name: string; bytes: Buffer }[]; fields: ReadonlyMap<F, string> }> {
  return readMultipartForm(req, allowed, {
    maxFiles: MAX_BATCH_FILES,
    notMultipart: "expected multipart/form-data with one or more 'file' fields",
    tooLarge: "a file is over the size limit",
    tooMany: () =>
      new ServiceError(
        "too-large",
        413,
        `at most ${MAX_BATCH_FILES} files per batch`,
        {},
        { code: "too-large.batch", params: { limit: MAX_BATCH_FILES } },
      ),
    defaultName: (n) => `upload-${n}`,
  });
}
