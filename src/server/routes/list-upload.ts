/** Reads the multipart form of a person-list upload: one CSV file and the list's fields. */
import type { FastifyRequest } from "fastify";
import { PERSON_FIELDS, type PersonField } from "../../core/linkage/person-table.js";
import { InvalidInputError } from "../../services/errors.js";
import { readSingleFileForm } from "./single-file-form.js";

export const LIST_UPLOAD_FIELDS = ["name", "case", "access", "map", "ignore", "id"] as const;
type ListUploadField = (typeof LIST_UPLOAD_FIELDS)[number];

export interface ListUpload {
  readonly file: { readonly name: string; readonly bytes: Buffer };
  readonly fields: ReadonlyMap<ListUploadField, string>;
  readonly map: Partial<Record<PersonField, string>>;
  /** Headers of columns to leave out ("ignore" is a JSON array of headers or a comma list). */
  readonly ignore: readonly string[] | undefined;
}

/**
 * "surname=Soyad,given=Ad", or a JSON object {"surname": "Soyadı, adı"} when a header holds a
 * comma → { surname: "Soyad", given: "Ad" }.
 */
function parseMap(text: string | undefined): Partial<Record<PersonField, string>> {
  const pairs: [string, unknown][] = [];
  if (text?.trim().startsWith("{")) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = null;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value))
      throw new InvalidInputError("map is not a JSON object of field → column", "map", {
        code: "registry.map-form",
      });
    pairs.push(...Object.entries(value));
  } else {
    for (const item of text ? text.split(",") : []) {
      const eq = item.indexOf("=");
      pairs.push(eq <= 0 ? [item, ""] : [item.slice(0, eq).trim(), item.slice(eq + 1).trim()]);
    }
  }
  const map: Partial<Record<PersonField, string>> = {};
  for (const [field, column] of pairs) {
    if (
      typeof column !== "string" ||
      !column ||
      !(PERSON_FIELDS as readonly string[]).includes(field)
    )
      throw new InvalidInputError(
        `map takes field=column pairs with fields among ${PERSON_FIELDS.join(", ")}; got "${field}"`,
        "map",
        { code: "registry.map-field", params: { value: field, allowed: PERSON_FIELDS.join(", ") } },
      );
    map[field as PersonField] = column;
  }
  return map;
}

export async function readListUpload(req: FastifyRequest): Promise<ListUpload> {
  const { file, fields } = await readSingleFileForm(req, LIST_UPLOAD_FIELDS, "upload.csv");
  return {
    file,
    fields,
    map: parseMap(fields.get("map")),
    ignore: parseHeaders(fields.get("ignore")),
  };
}

/** Headers may hold commas ("Soyadı, adı"): a JSON array of strings keeps them whole. */
function parseHeaders(text: string | undefined): string[] | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  if (!text.trim().startsWith("[")) return text.split(",").map((h) => h.trim());
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = null;
  }
  if (!Array.isArray(value) || !value.every((h) => typeof h === "string"))
    throw new InvalidInputError(
      "ignore takes a JSON array of column headers or a comma list",
      "ignore",
      { code: "registry.ignore-form" },
    );
  return value as string[];
}
