/**
 * Bytes to a string for the text-based formats: BOM-aware (UTF-8, UTF-16 LE/BE), UTF-16 without
 * a BOM recognised from its zero bytes, invalid UTF-8 replaced with U+FFFD and reported, and
 * binary data refused before it becomes a "text" full of control characters.
 */
import { isControlChar, type NotText, notText } from "../../core/text/binary-text.js";
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
 * Decodes text bytes; throws a ReadError "binary" when the decoded text is not text (core's
 * `notText`, the extractor's rule too), or "corrupt" at a NUL character, naming its byte.
 * @example decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])).text // "hi"
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const decoded = decodeBytes(bytes);
  const problem = notText(decoded.text);
  if (problem) {
    const at = byteOffset(bytes, decoded.encoding, problem);
    throw new ReadError(
      problem.kind === "nul" ? "corrupt" : "binary",
      problem.kind === "nul"
        ? `${problem.message} at byte ${at}`
        : `${problem.message} (the first at byte ${at})`,
    );
  }
  return decoded;
}

function decodeBytes(bytes: Uint8Array): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return utf16(bytes.subarray(2), "utf-16le", []);
  if (b0 === 0xfe && b1 === 0xff) return utf16(bytes.subarray(2), "utf-16be", []);
  const bomless = sniffUtf16(bytes.subarray(0, SAMPLE_BYTES));
  if (bomless) {
    return utf16(bytes, bomless, [`decoded as ${bomless.toUpperCase()} without a byte-order mark`]);
  }
  // TextDecoder strips a leading UTF-8 BOM by default.
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { text, encoding: "utf-8", lossy: false, warnings: [] };
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes);
    return { text, encoding: "utf-8", lossy: true, warnings: [invalidUtf8Warning(text)] };
  }
}

/**
 * The byte at which the offending character begins. In UTF-8 a NUL or control character is one
 * ASCII byte that always decodes to itself, so the first such byte is the first such character.
 */
function byteOffset(
  bytes: Uint8Array,
  encoding: DecodedText["encoding"],
  problem: NotText,
): number {
  if (encoding !== "utf-8") {
    const bom = bytes[0] === 0xff || bytes[0] === 0xfe ? 2 : 0;
    return bom + 2 * problem.index;
  }
  if (problem.kind === "nul") return bytes.indexOf(0);
  return bytes.findIndex((b) => b === 0 || isControlChar(b));
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
