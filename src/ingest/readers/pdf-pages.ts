/** Text and metadata out of an open pdf.js document. */
import type { getDocumentProxy } from "unpdf";
import { truncateLabel } from "../../core/text/truncate.js";
import type { Deadline } from "./deadline.js";
import { properties } from "./declared-properties.js";
import { MAX_TITLE_CHARS } from "./text-title.js";

export type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

/** The text of every page, in order; lines end where pdf.js saw the end of a line. */
export async function readPdfPages(pdf: PdfDocument, deadline: Deadline): Promise<string[]> {
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    deadline.check(); // between pages, so a huge document stops soon after its time is up
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    let text = "";
    for (const item of content.items) {
      if ("str" in item) text += item.hasEOL ? `${item.str}\n` : item.str;
    }
    pages.push(text);
    page.cleanup();
  }
  return pages;
}

/** The document information dictionary, or null when damaged (it costs the title, not the document). */
export async function pdfInfo(pdf: PdfDocument): Promise<Record<string, unknown> | null> {
  try {
    const { info } = await pdf.getMetadata();
    return (info as Record<string, unknown> | null) ?? null;
  } catch {
    return null;
  }
}

/** Author, date and language of the document information, for a person to check. */
export function pdfProperties(info: Record<string, unknown> | null) {
  const text = (key: string) => (typeof info?.[key] === "string" ? (info[key] as string) : null);
  return properties({
    author: text("Author"),
    outlet: null,
    published: text("CreationDate"),
    language: text("Lang"),
  });
}

/** The title in the document information, unless it is empty or a word processor's placeholder. */
export function pdfTitle(info: Record<string, unknown> | null): string | null {
  const raw: unknown = info?.Title;
  if (typeof raw !== "string") return null;
  const title = raw
    .replace(/^Microsoft (?:Word|PowerPoint) - /, "")
    .replace(/\.(?:docx?|pptx?|odt|rtf)$/i, "")
    .replace(/\s+/g, " ")
    .trim();
  if (title === "" || /^(?:untitled|document\d*)$/i.test(title)) return null;
  return truncateLabel(title, MAX_TITLE_CHARS);
}
