/** Reads the multipart form of a person-list upload: one CSV file and the list's fields. */
import type { FastifyRequest } from "fastify";
import { PERSON_FIELDS, type PersonField } from "../../core/linkage/person-table.js";
import { InvalidInputError } from "../../services/errors.js";
import { readSingleFileForm } from "./single-file-form.js";

export const LIST_UPLOAD_FIELDS = ["name", "case", "access", "map", "id"] as const;
type ListUploadField = (typeof LIST_UPLOAD_FIELDS)[number];

export interface ListUpload {
  readonly file: { readonly name: string; readonly bytes: Buffer };
  readonly fields: ReadonlyMap<ListUploadField, string>;
  readonly map: Partial<Record<PersonField, string>>;
}

/** "surname=Soyad,given=Ad" → { surname: "Soyad", given: "Ad" }. */
function parseMap(text: string | undefined): Partial<Record<PersonField, string>> {
  const map: Partial<Record<PersonField, string>> = {};
  for (const item of text ? text.split(",") : []) {
    const eq = item.indexOf("=");
    const field = item.slice(0, eq).trim();
    const column = item.slice(eq + 1).trim();
    if (eq <= 0 || !column || !(PERSON_FIELDS as readonly string[]).includes(field))
      throw new InvalidInputError(
        `map takes field=column pairs with fields among ${PERSON_FIELDS.join(", ")}; got "${item}"`,
        "map",
      );
    map[field as PersonField] = column;
  }
  return map;
}

export async function readListUpload(req: FastifyRequest): Promise<ListUpload> {
  const { file, fields } = await readSingleFileForm(req, LIST_UPLOAD_FIELDS, "upload.csv");
  return { file, fields, map: parseMap(fields.get("map")) };
}
