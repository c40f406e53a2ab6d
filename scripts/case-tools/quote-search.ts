/**
 * Finds a search string in a corpus text and turns a span into a locator (offsets + SHA-256 of
 * the quoted words). Whitespace in the search string matches any run of whitespace, because the
 * corpus wraps lines mid-sentence. Offsets are JavaScript string indices of the UTF-8-decoded file.
 */
import { createHash } from "node:crypto";

export interface Found {
  readonly start: number;
  readonly end: number;
}

export function sha256(text: string | Uint8Array): string {
  return createHash("sha256").update(text).digest("hex");
}

function pattern(search: string): RegExp {
  const parts = search
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(parts.join("\\s+"), "g");
}

/** Every occurrence of `search` in text[from, to). */
export function findAll(text: string, search: string, from = 0, to = text.length): Found[] {
  const re = pattern(search);
  const slice = text.slice(from, to);
  const out: Found[] = [];
  for (const m of slice.matchAll(re)) {
    out.push({ start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

export function locator(text: string, fileSha256: string, start: number, end: number) {
  return { file: fileSha256, start, end, quoteSha256: sha256(text.slice(start, end)) };
}
