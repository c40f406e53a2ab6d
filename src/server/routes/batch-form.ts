/**
 * Reads a multipart form of several files ('file' fields) and known fields, for batch ingest.
 * The same refusals as the single-file form: malformed is 400, a file over the limit 413.
 */
import type { FastifyRequest } from "fastify";
import { InvalidInputError, ServiceError } from "../../services/errors.js";
import { assertCleanInput } from "../input-guard.js";

export const MAX_BATCH_FILES = 1000;

export async function readBatchForm<F extends string>(
  req: FastifyRequest,
  allowed: readonly F[],
): Promise<{ files: { name: string; bytes: Buffer }[]; fields: ReadonlyMap<F, string> }> {
  if (!req.isMultipart())
    throw new InvalidInputError(
      "expected multipart/form-data with one or more 'file' fields",
      "file",
      { code: "upload.not-multipart" },
    );
  const fields = new Map<F, string>();
  const files: { name: string; bytes: Buffer }[] = [];
  try {
    for await (const part of req.parts({ limits: { files: MAX_BATCH_FILES } })) {
      if (part.type === "file") {
        assertCleanInput(part.filename, "file name");
        files.push({
          name: part.filename || `upload-${files.length + 1}`,
          bytes: await part.toBuffer(),
        });
      } else if ((allowed as readonly string[]).includes(part.fieldname)) {
        assertCleanInput(String(part.value), part.fieldname);
        fields.set(part.fieldname as F, String(part.value));
      } else {
        throw new InvalidInputError(`unknown form field "${part.fieldname}"`, part.fieldname, {
          code: "upload.unknown-field",
          params: { field: part.fieldname },
        });
      }
    }
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    const code = (error as { code?: string }).code;
    if (code === "FST_REQ_FILE_TOO_LARGE")
      throw new ServiceError(
        "too-large",
        413,
        "a file is over the size limit",
        {},
        {
          code: "too-large.file",
        },
      );
    if (code === "FST_FILES_LIMIT")
      throw new ServiceError(
        "too-large",
        413,
        `at most ${MAX_BATCH_FILES} files per batch`,
        {},
        { code: "too-large.batch", params: { limit: MAX_BATCH_FILES } },
      );
    throw new InvalidInputError(`malformed multipart body: ${(error as Error).message}`, "file", {
      code: "upload.malformed",
    });
  }
  if (files.length === 0)
    throw new InvalidInputError("the form has no 'file' field", "file", { code: "upload.no-file" });
  return { files, fields };
}
