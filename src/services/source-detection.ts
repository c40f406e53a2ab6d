/**
 * What a file says about itself, before it is added: the title, author, outlet, date and language
 * its reader detects (document properties, HTML meta), else the language its words suggest and
 * the first date its opening states. Nothing is stored: the add-sources form shows these for the
 * person adding the file to check and correct, then sends what they settled on with the upload.
 */
import { dateFound } from "../core/extract/date-found.js";
import { sniffMedia } from "../core/media/media-format.js";
import { detectLanguage } from "../core/text/detect-language.js";
import { ReadError } from "../ingest/readers/read-document.js";
import { ServiceError, unreadable } from "./errors.js";
import { readDocumentOffThread } from "./threads/off-thread.js";

export interface DetectedMetadata {
  readonly title: string;
  readonly authors: string[];
  readonly organisation: string | null;
  readonly published: string | null;
  readonly language: string | null;
  /** Where each detected value came from, for the form to say ("document properties", "text"). */
  readonly found: Record<string, "properties" | "text" | "file name">;
  readonly format: string;
  readonly warnings: string[];
}

export async function detectMetadata(
  bytes: Uint8Array,
  fileName: string,
  maxBytes: number,
): Promise<DetectedMetadata> {
  const media = sniffMedia(bytes);
  if (media !== null)
    return {
      title: fileName,
      authors: [],
      organisation: null,
      published: null,
      language: null,
      found: { title: "file name" },
      format: media.format,
      warnings: [],
    };
  let document: Awaited<ReturnType<typeof readDocumentOffThread>>;
  try {
    document = await readDocumentOffThread(bytes, fileName, maxBytes);
  } catch (error) {
    if (error instanceof ReadError)
      throw new ServiceError(
        "unprocessable",
        422,
        `${fileName}: ${error.message}`,
        { file: fileName },
        unreadable(error.code, fileName),
      );
    throw error;
  }
  const p = document.properties;
  // A plain or Markdown text has no properties: its title is its first line.
  const textual = document.format === "text" || document.format === "markdown";
  const found: Record<string, "properties" | "text" | "file name"> = {
    title: !document.title ? "file name" : textual ? "text" : "properties",
  };
  if (p?.author) found.authors = "properties";
  if (p?.outlet) found.organisation = "properties";
  const textDate = p?.published ? null : dateFound(document.text);
  if (p?.published) found.published = "properties";
  else if (textDate) found.published = "text";
  const textLanguage = p?.language ? null : detectLanguage(document.text);
  if (p?.language) found.language = "properties";
  else if (textLanguage) found.language = "text";
  return {
    title: document.title ?? fileName,
    authors: p?.author ? [p.author] : [],
    organisation: p?.outlet ?? null,
    published: p?.published ?? textDate,
    language: p?.language ?? textLanguage,
    found,
    format: document.format,
    warnings: document.warnings,
  };
}
