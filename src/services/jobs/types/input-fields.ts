/** Reading a job's submitted input (plain JSON from the API or the CLI) with errors naming the field. */
import type { Json } from "../../../core/hash/canonical-json.js";
import { InvalidInputError } from "../../errors.js";

export type JsonObject = { [key: string]: Json };

export function objectOf(value: unknown, field: string): JsonObject {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new InvalidInputError(`${field} must be an object`, field, {
      code: "invalid-input.type",
      params: { field: field, type: "object" },
    });
  return value as JsonObject;
}

export function optionalString(o: JsonObject, key: string, field = key): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "string")
    throw new InvalidInputError(`${field} must be a string`, field, {
      code: "invalid-input.type",
      params: { field: field, type: "string" },
    });
  return v;
}

export function optionalNumber(o: JsonObject, key: string, field = key): number | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "number" || !Number.isFinite(v))
    throw new InvalidInputError(`${field} must be a number`, field, {
      code: "invalid-input.type",
      params: { field: field, type: "number" },
    });
  return v;
}

export function optionalBoolean(o: JsonObject, key: string, field = key): boolean | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "boolean")
    throw new InvalidInputError(`${field} must be true or false`, field, {
      code: "invalid-input.type",
      params: { field: field, type: "boolean" },
    });
  return v;
}

export function optionalStrings(o: JsonObject, key: string, field = key): string[] | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string"))
    throw new InvalidInputError(`${field} must be a list of strings`, field, {
      code: "invalid-input.type",
      params: { field: field, type: "array" },
    });
  return v as string[];
}

/** Drops undefined values, so the object is JSON. */
export function compact(o: { [key: string]: Json | undefined }): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out;
}

/**
 * The input of a job that writes a file of a case (an export, a brief): the case, one of the
 * given formats, and one optional string option (a table, a crime).
 */
export function caseFileInput(
  input: unknown,
  formats: readonly string[],
  option: string,
): JsonObject {
  const o = objectOf(input ?? {}, "input");
  const caseId = optionalString(o, "case");
  const format = optionalString(o, "format");
  if (!caseId)
    throw new InvalidInputError("input.case is required", "case", {
      code: "invalid-input.required",
      params: { field: "case" },
    });
  if (!format || !formats.includes(format))
    throw new InvalidInputError(`input.format must be one of ${formats.join(", ")}`, "format", {
      code: "invalid-input.enum",
      params: { field: "format", allowed: formats.join(", ") },
    });
  return compact({ case: caseId, format, [option]: optionalString(o, option) });
}
