/**
 * PDF: the text layer, page by page, with pdf.js (through unpdf). No OCR: a PDF of scanned images
 * has no text to give and is refused as empty.
 */
import { getResolvedPDFJS } from "unpdf";
import { normaliseLineEnds } from "../../core/text/line-ends.js";
import { isBlank } from "../../core/text/whitespace.js";
import { startDeadline } from "./deadline.js";
import { assertPdfInflatesWithin, pdfInflateBudget } from "./pdf-budget.js";
import { pdfInfo, pdfProperties, pdfTitle, readPdfPages } from "./pdf-pages.js";
import { MEDIA_TYPES, type ReadDocument } from "./read-document.types.js";
import { messageOf, ReadError } from "./read-error.js";
import { firstLineTitle } from "./text-title.js";

/** Reads the text layer of a PDF within `timeoutMs`. */
export async function readPdf(bytes: Uint8Array, timeoutMs: number): Promise<ReadDocument> {
  const deadline = startDeadline(timeoutMs, "the PDF");
  await deadline.race(assertPdfInflatesWithin(bytes, pdfInflateBudget(bytes.length), "the PDF"));
  const pdfjs = await getResolvedPDFJS();
  // pdf.js takes ownership of (detaches) the buffer it is given, so it gets a copy. Not
  // `bytes.slice()`: on a Node Buffer that is a view, and could detach the Buffer pool.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    stopAtErrors: false,
  });
  try {
    const pdf = await deadline.race(task.promise);
    const pages = await deadline.race(readPdfPages(pdf, deadline));
    const warnings: string[] = [];
    const blank = pages.flatMap((page, i) => (isBlank(page) ? [i + 1] : []));
    if (blank.length === pages.length) {
      throw new ReadError(
        "empty",
        `the PDF has ${pages.length} page(s) but no text layer; it may be a scan (OCR is not done)`,
      );
    }
    if (blank.length > 0)
      warnings.push(`pages without text (scanned or images only?): ${summarise(blank)}`);
    const { text, pageStarts } = joinPages(pages);
    const info = await deadline.race(pdfInfo(pdf));
    const title = pdfTitle(info) ?? firstLineTitle(text);
    return {
      format: "pdf",
      mediaType: MEDIA_TYPES.pdf,
      text,
      title,
      properties: pdfProperties(info),
      pages: pages.length,
      pageStarts,
      warnings,
    };
  } catch (error) {
    throw asReadError(error);
  } finally {
    // Stops any parsing still under way (after a timeout) and frees pdf.js's memory.
    await task.destroy().catch(() => undefined);
  }
}

/** Pages joined by a blank line; `pageStarts[i]` is where page i + 1 begins in the text. */
function joinPages(pages: string[]): { text: string; pageStarts: number[] } {
  const pageStarts: number[] = [];
  let text = "";
  for (const page of pages) {
    if (text !== "") text += "\n\n";
    pageStarts.push(text.length);
    text += normaliseLineEnds(page).trim();
  }
  return { text, pageStarts };
}

function asReadError(error: unknown): ReadError {
  if (error instanceof ReadError) return error;
  const name = error instanceof Error ? error.name : "";
  if (name === "PasswordException") {
    return new ReadError("unreadable", "the PDF is password-protected", { cause: error });
  }
  return new ReadError("corrupt", `the PDF cannot be parsed: ${messageOf(error)}`, {
    cause: error,
  });
}

function summarise(pages: number[]): string {
  const shown = pages.slice(0, 20).join(", ");
  return pages.length > 20 ? `${shown} and ${pages.length - 20} more` : shown;
}
