/**
 * One HTTP byte range (RFC 9110 §14): what a media player asks for to seek without downloading the
 * whole file. Only a single range is served; several ranges, or a malformed header, are answered
 * with the whole file (which the RFC allows), and a range past the end is 416.
 */
export type ByteRange = { readonly start: number; readonly end: number } | "unsatisfiable" | null;

/** The inclusive byte range `header` asks for in a file of `size` bytes; null for the whole file. */
export function byteRange(header: string | undefined, size: number): ByteRange {
  const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!m || (m[1] === "" && m[2] === "")) return null;
  if (m[1] === "") {
    // A suffix: the last N bytes.
    const n = Number(m[2]);
    if (n === 0) return "unsatisfiable";
    return { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (start >= size) return "unsatisfiable";
  if (end < start) return null;
  return { start, end };
}
