/**
 * Bytes to a string for the text-based formats: BOM-aware (UTF-8, UTF-16 LE/BE), UTF-16 without
 * a BOM recognised from its zero bytes, invalid UTF-8 replaced with U+FFFD and reported, and
 * binary data refused before it becomes a "text" full of control characters.
 */
import { ReadError } from "./read-error.js";

export interface DecodedText {
  readonly text: string;
  readonly encoding: "utf-8" | "utf-16le" | "utf-16be";
  /** True when bytes had to be replaced with U+FFFD. */
  readonly lossy: boolean;
  readonly warnings: string[];
}

/** How much of the file the binary and UTF-16 sniffers look at. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * Decodes text bytes; throws a ReadError "binary" when the bytes do not look like text.
 * @example decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])).text // "hi"
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return utf16(bytes.subarray(2), "utf-16le", []);
  if (b0 === 0xfe && b1 === 0xff) return utf16(bytes.subarray(2), "utf-16be", []);
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const bomless = sniffUtf16(sample);
  if (bomless) {
    return utf16(bytes, bomless, [`decoded as ${bomless.toUpperCase()} without a byte-order mark`]);
  }
  rejectBinary(sample);
  // TextDecoder strips a leading UTF-8 BOM by default.
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { text, encoding: "utf-8", lossy: false, warnings: [] };
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes);
    return { text, encoding: "utf-8", lossy: true, warnings: [invalidUtf8Warning(text)] };
  }
}

function utf16(
  bytes: Uint8Array,
  encoding: "utf-16le" | "utf-16be",
  warnings: string[],
): DecodedText {
  // ignoreBOM keeps a BOM we did not strip ourselves; BOM-less input has none to strip.
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  const replaced = countReplacements(text);
  if (replaced > 0) {
    warnings.push(
      `${replaced} invalid ${encoding.toUpperCase()} sequences were replaced with U+FFFD`,
    );
  }
  return { text, encoding, lossy: replaced > 0, warnings };
}

/** UTF-16 of mostly Latin text has a zero in nearly every other byte, and only there. */
function sniffUtf16(sample: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (sample.length < 4 || sample.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.02) return "utf-16le";
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.02) return "utf-16be";
  return null;
}

/** Refuses samples with NUL bytes or many C0 control characters (other than tab, line ends, FF, ESC). */
function rejectBinary(sample: Uint8Array): void {
  let nul = 0;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) nul++;
    else if (
      (byte < 0x20 &&
        byte !== 0x09 &&
        byte !== 0x0a &&
        byte !== 0x0c &&
        byte !== 0x0d &&
        byte !== 0x1b) ||
      byte === 0x7f
    )
      control++;
  }
  const n = sample.length;
  if (nul > n * 0.005 || nul + control > n * 0.05 || (nul > 0 && n < 512)) {
    const share = (count: number) => `${((100 * count) / n).toFixed(1)}%`;
    throw new ReadError(
      "binary",
      `binary data, not text: ${share(nul)} NUL and ${share(control)} other control bytes in the first ${n} bytes`,
    );
  }
}

function invalidUtf8Warning(text: string): string {
  const replaced = countReplacements(text);
  const legacy =
    replaced > text.length * 0.05
      ? " (mostly not UTF-8: probably a legacy encoding such as Windows-1251 or -1252; re-save it as UTF-8)"
      : "";
  return `invalid UTF-8: ${replaced} byte sequences were replaced with U+FFFD${legacy}`;
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\ufffd"); i >= 0; i = text.indexOf("\ufffd", i + 1)) count++;
  return count;
}
