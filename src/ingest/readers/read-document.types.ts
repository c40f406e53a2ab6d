/** What a reader returns: the extracted text every offset, passage and claim of a source points into. */

export type DocumentFormat = "text" | "markdown" | "html" | "pdf" | "docx";

export interface ReadDocument {
  format: DocumentFormat;
  mediaType: string;
  /** Extracted text with LF line ends; offsets elsewhere are into this string, not the raw bytes. */
  text: string;
  title: string | null;
  /** Number of pages (PDF only). */
  pages?: number;
  /** PDF only: offset in `text` where page i + 1 begins, for page locators in citations. */
  pageStarts?: number[];
  /**
   * What the document says about itself (HTML meta, PDF document information, DOCX core
   * properties), for a person adding it to check; absent where the format has none.
   */
  properties?: DocumentProperties;
  /** Things a reviewer should know about the extraction (replaced bytes, pages without text, …). */
  warnings: string[];
}

export interface DocumentProperties {
  author: string | null;
  /** The site or organisation that published it. */
  outlet: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  published: string | null;
  /** A language code as declared (en, az, ru, …). */
  language: string | null;
}

export interface ReadOptions {
  /** Largest input accepted, checked before any parsing. Default 50 MiB. */
  maxBytes?: number;
  /** Longest a parser may run. Default 60 s. */
  timeoutMs?: number;
}

export const MEDIA_TYPES: Readonly<Record<DocumentFormat, string>> = {
  text: "text/plain",
  markdown: "text/markdown",
  html: "text/html",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};
