/** Plain text and Markdown: kept as written, only line ends normalised. */
import { normaliseLineEnds } from "../../core/text/line-ends.js";
import { MEDIA_TYPES, type ReadDocument } from "./read-document.types.js";
import { firstLineTitle, markdownTitle } from "./text-title.js";

/** A plain-text or Markdown document from its decoded text. */
export function readText(
  decoded: string,
  format: "text" | "markdown",
  warnings: string[],
): ReadDocument {
  // Offsets downstream are into this stored text (LF line ends), not into the raw bytes.
  const text = normaliseLineEnds(decoded);
  const title = format === "markdown" ? markdownTitle(text) : firstLineTitle(text);
  return { format, mediaType: MEDIA_TYPES[format], text, title, warnings };
}
