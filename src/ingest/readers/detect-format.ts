/**
 * Which reader a file goes to. Content decides first (magic bytes, then HTML sniffing on the
 * decoded text), the file name's extension only after; a name never makes an image a text.
 */
import { knownBinaryFormat } from "./binary-signatures.js";
import { ReadError } from "./read-error.js";
import { looksLikeZip, readZipDirectory, type ZipEntry } from "./zip-directory.js";

export type Container =
  | { kind: "pdf" }
  | { kind: "docx"; entries: ZipEntry[] | null }
  | { kind: "text" };

/**
 * pdf.js, like Acrobat, accepts a header anywhere in the first kilobyte (after junk some writers
 * prepend); we look that far only when the name says PDF, lest a text about PDFs become one.
 */
const PDF_HEADER_WINDOW = 1024;
const DOCX_MAIN_PART = "word/document.xml";

const MARKDOWN_EXTENSIONS = new Set(["md", "markdown", "mdown", "mkd", "mkdn"]);
const HTML_EXTENSIONS = new Set(["html", "htm", "xhtml", "shtml"]);

/** The lower-cased extension of a file name without the dot, or "". */
export function extensionOf(fileName: string): string {
  const base = fileName.slice(fileName.search(/[^/\\]*$/));
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? "" : base.slice(dot + 1).toLowerCase();
}

/**
 * Classifies the bytes as a PDF, a DOCX or something to decode as text; throws a ReadError
 * "unsupported_type" naming any other known binary format or ZIP-based file.
 */
export function sniffContainer(bytes: Uint8Array, extension: string): Container {
  const pdfWindow = extension === "pdf" ? PDF_HEADER_WINDOW : 5;
  if (indexOfAscii(bytes.subarray(0, pdfWindow), "%PDF-") >= 0) return { kind: "pdf" };
  if (looksLikeZip(bytes)) return sniffZip(bytes, extension);
  const binary = knownBinaryFormat(bytes);
  if (binary !== null) throw new ReadError("unsupported_type", `unsupported file type: ${binary}`);
  return { kind: "text" };
}

/**
 * HTML, Markdown or plain text for decoded text: HTML by its opening tags, else by extension.
 * Throws "unsupported_type" for an SVG image, which is text but not a document.
 */
export function textFormat(text: string, extension: string): "html" | "markdown" | "text" {
  if (looksLikeHtml(text)) return "html";
  if (looksLikeSvg(text))
    throw new ReadError("unsupported_type", "unsupported file type: an SVG image");
  if (HTML_EXTENSIONS.has(extension)) return "html";
  if (MARKDOWN_EXTENSIONS.has(extension)) return "markdown";
  return "text";
}

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  if (!head.startsWith("<")) return false;
  return head.includes("<!doctype html") || /<html[\s>]/.test(head);
}

function looksLikeSvg(text: string): boolean {
  const head = text.slice(0, 1024).trimStart();
  return head.startsWith("<") && /<svg[\s>]/.test(head);
}

function sniffZip(bytes: Uint8Array, extension: string): Container {
  const entries = readZipDirectory(bytes);
  if (entries === null) {
    // A damaged archive: if it names a Word part (or the file claims to be a DOCX) let the DOCX
    // reader try, and report what it says.
    if (extension === "docx" || indexOfAscii(bytes, DOCX_MAIN_PART) >= 0)
      return { kind: "docx", entries: null };
    throw new ReadError(
      "unsupported_type",
      "unsupported file type: a ZIP archive (its directory is damaged)",
    );
  }
  if (entries.some((e) => e.name === DOCX_MAIN_PART)) return { kind: "docx", entries };
  throw new ReadError("unsupported_type", `unsupported file type: ${describeZip(entries)}`);
}

/** Names the ZIP-based format from its parts, so the person uploading knows what to convert. */
function describeZip(entries: readonly ZipEntry[]): string {
  const has = (name: string) => entries.some((e) => e.name === name);
  if (has("xl/workbook.xml")) return "an Excel workbook (XLSX), not a DOCX";
  if (has("ppt/presentation.xml")) return "a PowerPoint presentation (PPTX), not a DOCX";
  if (has("META-INF/container.xml")) return "an EPUB e-book, not a DOCX";
  if (has("content.xml") && has("META-INF/manifest.xml"))
    return "an OpenDocument file (ODT/ODS/ODP); save it as DOCX or PDF";
  return `a ZIP archive of ${entries.length} file(s) without ${DOCX_MAIN_PART}, so not a DOCX`;
}

function indexOfAscii(bytes: Uint8Array, needle: string): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle, 0, "latin1");
}
