/**
 * @module The entry point of the document readers: bytes and a file name in, extracted text out,
 * or a ReadError saying why not. Offsets everywhere downstream are into `ReadDocument.text`.
 */
import { notText } from "../../core/text/binary-text.js";
import { extensionOf, sniffContainer } from "./detect-format.js";
import type { ReadDocument, ReadOptions } from "./read-document.types.js";
import { readDocx } from "./read-docx.js";
import { ReadError } from "./read-error.js";
import { readPdf } from "./read-pdf.js";
import { readTextual } from "./read-textual.js";

export type { DocumentFormat, ReadDocument, ReadOptions } from "./read-document.types.js";
export { ReadError, type ReadErrorCode } from "./read-error.js";

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Extracts the text of a document (plain text, Markdown, HTML, PDF text layer, DOCX). The format
 * comes from the content first and the file name's extension second. Throws a ReadError coded
 * "empty", "unsupported_type", "too_large", "corrupt", "unreadable" or "binary".
 * @example const doc = await readDocument(bytes, "report.pdf"); doc.text; doc.pages
 */
export async function readDocument(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): Promise<ReadDocument> {
  const maxBytes = positive(options.maxBytes ?? DEFAULT_MAX_BYTES, "maxBytes");
  const timeoutMs = positive(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, "timeoutMs");
  if (bytes.length > maxBytes) {
    throw new ReadError(
      "too_large",
      `the file is ${bytes.length} bytes, over the limit of ${maxBytes}`,
    );
  }
  if (bytes.length === 0) throw new ReadError("empty", "the file is empty (0 bytes)");
  const extension = extensionOf(fileName);
  const container = sniffContainer(bytes, extension);
  if (container.kind === "pdf") return asText(await readPdf(bytes, timeoutMs));
  if (container.kind === "docx") return asText(await readDocx(bytes, container.entries, timeoutMs));
  return readTextual(bytes, extension);
}

/**
 * A text layer by the same rule as a text file (core/text's `notText`, which the extractor
 * applies too): NULs, which a layout engine may emit for unmapped glyphs, become U+FFFD (offsets,
 * such as page starts, stay valid) with a warning; a layer of mostly control characters is refused.
 */
function asText(doc: ReadDocument): ReadDocument {
  let { text, warnings } = doc;
  if (text.includes("\u0000")) {
    const count = text.split("\u0000").length - 1;
    text = text.replaceAll("\u0000", "\ufffd");
    warnings = [...warnings, `${count} NUL characters in the text layer were replaced with U+FFFD`];
  }
  const problem = notText(text);
  if (problem) throw new ReadError("unreadable", `the text layer is not text: ${problem.message}`);
  return { ...doc, text, warnings };
}

/** Options are programmer input: a bad one is a bug to surface, not a document to refuse. */
function positive(value: number, name: string): number {
  if (!(value > 0)) throw new RangeError(`${name} must be a positive number, got ${value}`);
  return value;
}
