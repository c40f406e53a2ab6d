/**
 * Reads a multipart form holding exactly one file and some known fields. A malformed body is the
 * sender's mistake (400), a file over the limit is 413, anything else is refused by name.
 */
import type { FastifyRequest } from "fastify";
import { InvalidInputError, ServiceError } from "../../services/errors.js";
import { assertCleanInput } from "../input-guard.js";

export interface SingleFileForm<F extends string> {
  readonly file: { readonly name: string; readonly bytes: Buffer };
  readonly fields: ReadonlyMap<F, string>;
}

export async function readSingleFileForm<F extends string>(
  req: FastifyRequest,
  allowed: readonly F[],
  defaultName: string,
): Promise<SingleFileForm<F>> {
  if (!req.isMultipart())
    throw new InvalidInputError("expected multipart/form-data with a 'file' field", "file", {
      code: "upload.not-multipart",
    });
  const fields = new Map<F, string>();
  let file: { name: string; bytes: Buffer } | null = null;
  try {
    for await (const part of req.parts()) {
      if (part.type === "file") {
        if (file)
          throw new InvalidInputError("one file per request", "file", { code: "upload.one-file" });
        assertCleanInput(part.filename, "file name");
        file = { name: part.filename || defaultName, bytes: await part.toBuffer() };
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
        "the file is over the size limit",
        {},
        {
          code: "too-large.file",
        },
      );
    throw new InvalidInputError(`malformed multipart body: ${(error as Error).message}`, "file", {
      code: "upload.malformed",
    });
  }
  if (!file)
    throw new InvalidInputError("the form has no 'file' field", "file", { code: "upload.no-file" });
  return { file, fields };
}
