/**
 * The one decision on whether decoded text is text, shared by the document readers (before a file
 * is stored) and the claim extractor (before it scans), so that nothing one accepts the other
 * refuses. Undecodable bytes (U+FFFD) do not count: the reader keeps them, with a warning.
 */

/** How much of a text the share of control characters is measured on. */
export const TEXT_SAMPLE_CHARS = 65536;

export interface NotText {
  /** "control": too many control characters to be text; "nul": a NUL, which no store keeps. */
  readonly kind: "control" | "nul";
  /** UTF-16 index of the first offending character. */
  readonly index: number;
  readonly message: string;
}

/** C0 controls other than tab, line feed, form feed, carriage return and escape, and DEL. */
export function isControlChar(code: number): boolean {
  if (code === 0x7f) return true;
  return (
    code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d && code !== 0x1b
  );
}

/**
 * NUL and what isControlChar accepts, as a character class made from isControlChar itself (one
 * definition); global, so that `lastIndex` says where it matched.
 */
const CONTROL = new RegExp(
  `[${Array.from({ length: 128 }, (_, c) => c)
    .filter((c) => c === 0 || isControlChar(c))
    .map((c) => `\\u${c.toString(16).padStart(4, "0")}`)
    .join("")}]`,
  "g",
);

/**
 * Null when `text` is text; otherwise why not: over 5% of the first 65536 characters are control
 * characters (binary data), or a NUL character anywhere.
 * @example notText("a\u0000b") // { kind: "nul", index: 1, … }
 */
export function notText(text: string): NotText | null {
  const n = Math.min(text.length, TEXT_SAMPLE_CHARS);
  // Nearly every text has no control character at all: one native scan finds the first, and
  // only a text with one in its sample is counted character by character (from that one on).
  CONTROL.lastIndex = 0;
  const first = CONTROL.test(text) ? CONTROL.lastIndex - 1 : -1;
  if (first < 0) return null;
  if (first < n) {
    let nul = 0;
    let control = 0;
    for (let i = first; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 0) nul++;
      else if (isControlChar(c)) control++;
    }
    if (nul + control > n * 0.05) {
      const share = (count: number) => `${((100 * count) / n).toFixed(1)}%`;
      return {
        kind: "control",
        index: first,
        message: `binary data, not text: ${share(nul)} NUL and ${share(control)} other control characters in the first ${n} characters`,
      };
    }
  }
  const at = text.indexOf("\u0000");
  if (at >= 0)
    return { kind: "nul", index: at, message: "a NUL character, which text cannot hold" };
  return null;
}
