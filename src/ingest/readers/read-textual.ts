/** Files that decode to text: plain text, Markdown and HTML (which one is decided after decoding). */
import { isBlank } from "../../core/text/whitespace.js";
import { type DecodedText, decodeText } from "./decode-text.js";
import { textFormat } from "./detect-format.js";
import { decodeDeclaredCharset } from "./html-charset.js";
import type { ReadDocument } from "./read-document.types.js";
import { messageOf, ReadError } from "./read-error.js";
import { readHtml } from "./read-html.js";
import { readText } from "./read-text.js";

/** Reads text-based bytes; `extension` breaks ties the content leaves open. */
export function readTextual(bytes: Uint8Array, extension: string): ReadDocument {
  const misnamed = extension === "pdf" || extension === "docx";
  let decoded: DecodedText;
  try {
    decoded = decodeText(bytes);
  } catch (error) {
    if (misnamed && error instanceof ReadError) throw notWhatItSays(bytes, extension);
    throw error;
  }
  let { text, warnings } = decoded;
  if (isBlank(text)) throw new ReadError("empty", "the file holds only whitespace");
  const format = textFormat(text, extension);
  if (misnamed) {
    // A saved error page named .pdf is readable, but not what the name promises; a text is not.
    if (format !== "html") throw notWhatItSays(bytes, extension);
    warnings.push(`the file is named .${extension} but holds HTML; it was read as HTML`);
  }
  if (format !== "html") return readText(text, format, warnings);
  if (decoded.lossy && decoded.encoding === "utf-8") {
    const legacy = decodeDeclaredCharset(bytes);
    if (legacy) {
      text = legacy.text;
      warnings = [
        `decoded as ${legacy.charset}, the charset the page declares (it is not valid UTF-8)`,
      ];
    }
  }
  const document = readHtmlSafely(text, warnings);
  if (isBlank(document.text)) throw new ReadError("empty", "the HTML page has no visible text");
  return document;
}

/** readHtml, with any unexpected failure of the HTML libraries reported as a ReadError. */
function readHtmlSafely(html: string, warnings: string[]): ReadDocument {
  try {
    return readHtml(html, warnings);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError("corrupt", `the HTML cannot be read: ${messageOf(error)}`, {
      cause: error,
    });
  }
}

function notWhatItSays(bytes: Uint8Array, extension: string): ReadError {
  const preview = Array.from(bytes.subarray(0, 16), (b) =>
    b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : ".",
  ).join("");
  return new ReadError(
    "corrupt",
    `the file is named .${extension} but is not a ${extension.toUpperCase()} file (it begins "${preview}")`,
  );
}
