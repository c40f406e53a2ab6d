/**
 * Reads a multipart form holding exactly one file and some known fields (multipart-form.ts: a
 * malformed body is 400, a file over the limit 413, a second file refused by name).
 */
import type { FastifyRequest } from "fastify";
import { InvalidInputError } from "../../services/errors.js";
import { readMultipartForm } from "./multipart-form.js";

export interface SingleFileForm<F extends string> {
  readonly file: { readonly name: string; readonly bytes: Buffer };
  readonly fields: ReadonlyMap<F, string>;
}

export async function readSingleFileForm<F extends string>(
  req: FastifyRequest,
  allowed: readonly F[],
  defaultName: string,
): Promise<SingleFileForm<F>> {
  const { files, fields } = await readMultipartForm(req, allowed, {
    maxFiles: 1,
    notMultipart: "expected multipart/form-data with a 'file' field",
    tooLarge: "the file is over the size limit",
    tooMany: () =>
      new InvalidInputError("one file per request", "file", { code: "upload.one-file" }),
    defaultName: () => defaultName,
  });
  return { file: files[0] as SingleFileForm<F>["file"], fields };
}
