/** Readers for spans and quote locators: offsets only, never the quoted words. */
import type { FileSpan, QuoteLocator } from "./case-types.js";
import { asObject, type Ctx, fail, int, type Obj, str } from "./read-json.js";

const SHA256 = /^[0-9a-f]{64}$/;

function hash(ctx: Ctx, o: Obj, key: string, path: string): string {
  const v = str(ctx, o, key, path);
  if (v !== "" && !SHA256.test(v)) fail(ctx, `${path}.${key}`, "expected a lowercase hex SHA-256");
  return v;
}

export function readSpan(ctx: Ctx, value: unknown, path: string): FileSpan {
  const o = asObject(ctx, value, path);
  const span = {
    file: hash(ctx, o, "file", path),
    start: int(ctx, o, "start", path),
    end: int(ctx, o, "end", path),
  };
  if (span.end <= span.start) fail(ctx, `${path}.end`, "end must be after start");
  return span;
}

export function readQuoteLocator(ctx: Ctx, value: unknown, path: string): QuoteLocator {
  const span = readSpan(ctx, value, path);
  const o = asObject(ctx, value, path);
  if ("quote" in o || "text" in o || "exact" in o) {
    fail(ctx, path, "a locator holds offsets and a hash, never the quoted words");
  }
  return { ...span, quoteSha256: hash(ctx, o, "quoteSha256", path) };
}
