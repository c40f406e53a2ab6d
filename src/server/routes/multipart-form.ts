/**
 * Reads a multipart form of files ('file' fields) and known fields: the one reader behind the
 * single-file and the batch forms. A malformed body is the sender's mistake (400), a file over the
 * limit 413, too many files as the form says, anything else refused by name.
 */
import type { FastifyRequest } from "fastify";
import { InvalidInputError, ServiceError } from "../../services/errors.js";
import { assertCleanInput } from "../input-guard.js";

export interface MultipartRules {
  /** How many files the form may hold. */
  readonly maxFiles: number;
  /** What is said when the body is not multipart at all. */
  readonly notMultipart: string;
  /** What is said when a file is over the size limit. */
  readonly tooLarge: string;
  /** The refusal when more files come than `maxFiles`. */
  readonly tooMany: () => ServiceError;
  /** A name for the n-th file (from 1) sent without one. */
  readonly defaultName: (n: number) => string;
}

export async function readMultipartForm<F extends string>(
  req: FastifyRequest,
  allowed: readonly F[],
  rules: MultipartRules,
): Promise<{ files: { name: string; bytes: Buffer }[]; fields: ReadonlyMap<F, string> }> {
  if (!req.isMultipart())
    throw new InvalidInputError(rules.notMultipart, "file", { code: "upload.not-multipart" });
  const fields = new Map<F, string>();
  const files: { name: string; bytes: Buffer }[] = [];
  try {
    for await (const part of req.parts({ limits: { files: rules.maxFiles } })) {
      if (part.type === "file") {
        assertCleanInput(part.filename, "file name");
        files.push({
          name: part.filename || rules.defaultName(files.length + 1),
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
      throw new ServiceError("too-large", 413, rules.tooLarge, {}, { code: "too-large.file" });
    if (code === "FST_FILES_LIMIT") throw rules.tooMany();
    throw new InvalidInputError(`malformed multipart body: ${(error as Error).message}`, "file", {
      code: "upload.malformed",
    });
  }
  if (files.length === 0)
    throw new InvalidInputError("the form has no 'file' field", "file", { code: "upload.no-file" });
  return { files, fields };
}
