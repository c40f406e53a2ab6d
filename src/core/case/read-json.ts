/**
 * Small readers over untrusted JSON. Each reads one field, records a problem naming the file and
 * JSON path when the value is wrong, and returns a placeholder so that one pass finds every error.
 */
import { type PartialDate, parsePartialDate } from "../model/index.js";

export interface CaseError {
  readonly file: string;
  readonly path: string;
  readonly problem: string;
}

export interface Ctx {
  readonly file: string;
  readonly errors: CaseError[];
}

export type Obj = Readonly<Record<string, unknown>>;

export function fail(ctx: Ctx, path: string, problem: string): void {
  ctx.errors.push({ file: ctx.file, path, problem });
}

export function asObject(ctx: Ctx, value: unknown, path: string): Obj {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as Obj;
  fail(ctx, path, "expected an object");
  return {};
}

export function asArray(ctx: Ctx, value: unknown, path: string): readonly unknown[] {
  if (Array.isArray(value)) return value;
  fail(ctx, path, "expected an array");
  return [];
}

/** A file's top-level list, each item read by `read` at its JSON path ("$[3]"). */
export function readList<T>(
  ctx: Ctx,
  value: unknown,
  read: (ctx: Ctx, item: unknown, path: string) => T,
): T[] {
  return asArray(ctx, value, "$").map((item, i) => read(ctx, item, `$[${i}]`));
}

export function str(ctx: Ctx, o: Obj, key: string, path: string): string {
  const v = o[key];
  if (typeof v === "string" && v.trim() !== "") return v;
  fail(ctx, `${path}.${key}`, "expected a non-empty string");
  return "";
}

export function strOrNull(ctx: Ctx, o: Obj, key: string, path: string): string | null {
  if (o[key] === null || o[key] === undefined) return null;
  return str(ctx, o, key, path);
}

export function int(ctx: Ctx, o: Obj, key: string, path: string): number {
  const v = o[key];
  if (typeof v === "number" && Number.isInteger(v) && v >= 0) return v;
  fail(ctx, `${path}.${key}`, "expected an integer ≥ 0");
  return 0;
}

export function numOrNull(ctx: Ctx, o: Obj, key: string, path: string): number | null {
  const v = o[key];
  if (v === null) return null;
  if (typeof v === "number" && Number.isFinite(v) && v >= 0) return v;
  fail(ctx, `${path}.${key}`, "expected a number ≥ 0 or null");
  return null;
}

export function bool(ctx: Ctx, o: Obj, key: string, path: string): boolean {
  const v = o[key];
  if (typeof v === "boolean") return v;
  fail(ctx, `${path}.${key}`, "expected true or false");
  return false;
}

export function oneOf<T extends string>(
  ctx: Ctx,
  o: Obj,
  key: string,
  list: readonly T[],
  path: string,
): T {
  const v = o[key];
  if (typeof v === "string" && (list as readonly string[]).includes(v)) return v as T;
  fail(ctx, `${path}.${key}`, `expected one of ${list.join(", ")}; got ${JSON.stringify(v)}`);
  return list[0] as T;
}

export function strList(ctx: Ctx, o: Obj, key: string, path: string): readonly string[] {
  const items = asArray(ctx, o[key], `${path}.${key}`);
  return items.map((item, i) => {
    if (typeof item === "string" && item !== "") return item;
    fail(ctx, `${path}.${key}[${i}]`, "expected a non-empty string");
    return "";
  });
}

export function partialDate(ctx: Ctx, o: Obj, key: string, path: string): PartialDate | null {
  const v = o[key];
  if (v === null || v === undefined) return null;
  const d = asObject(ctx, v, `${path}.${key}`);
  const iso = str(ctx, d, "iso", `${path}.${key}`);
  try {
    const parsed = parsePartialDate(iso);
    if (d.precision !== parsed.precision) {
      fail(ctx, `${path}.${key}.precision`, `expected "${parsed.precision}" for "${iso}"`);
    }
    return parsed;
  } catch (error) {
    fail(ctx, `${path}.${key}.iso`, (error as Error).message);
    return null;
  }
}

/** ISO date-time prefix as precise as the text allows: 1992, 1992-02, 1992-02-25, 1992-02-25T23:00. */
const ISO_TIME = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$/;

export function isoTime(
  ctx: Ctx,
  o: Obj,
  key: string,
  path: string,
  nullable: boolean,
): string | null {
  const v = o[key];
  if (v === null && nullable) return null;
  if (typeof v === "string" && ISO_TIME.test(v)) return v;
  fail(ctx, `${path}.${key}`, "expected an ISO time like 1992-02-25T23:00 (or a shorter prefix)");
  return nullable ? null : "";
}
