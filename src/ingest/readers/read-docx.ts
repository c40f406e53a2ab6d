/** DOCX: the raw text of the main document with mammoth, one paragraph per block. */
import type mammoth from "mammoth";
import { normaliseLineEnds } from "../../core/text/line-ends.js";
import { isBlank } from "../../core/text/whitespace.js";
import { startDeadline } from "./deadline.js";
import { docxTitle } from "./docx-title.js";
import { MEDIA_TYPES, type ReadDocument } from "./read-document.types.js";
import { messageOf, ReadError } from "./read-error.js";
import { firstLineTitle } from "./text-title.js";
import type { ZipEntry } from "./zip-directory.js";

/** Refuse archives that declare more than this once unzipped (a "zip bomb"). */
const MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024;

/**
 * Reads a DOCX within `timeoutMs`. `entries` is the central directory when it could be read
 * (null when damaged: mammoth then gets the last word on whether the file is readable).
 */
export async function readDocx(
  bytes: Uint8Array,
  entries: ZipEntry[] | null,
  timeoutMs: number,
): Promise<ReadDocument> {
  const declared = (entries ?? []).reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > MAX_UNZIPPED_BYTES) {
    throw new ReadError(
      "too_large",
      `the DOCX would unzip to ${declared} bytes (limit ${MAX_UNZIPPED_BYTES})`,
    );
  }
  const deadline = startDeadline(timeoutMs, "the DOCX");
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let result: Awaited<ReturnType<typeof mammoth.extractRawText>>;
  try {
    // Loaded on first use, not with the module: every process start would pay for it.
    const { default: reader } = await import("mammoth");
    result = await deadline.race(reader.extractRawText({ buffer }));
  } catch (error) {
    if (error instanceof ReadError) throw error;
    throw new ReadError("corrupt", `the DOCX cannot be read: ${messageOf(error)}`, {
      cause: error,
    });
  }
  // mammoth ends every paragraph with "\n\n"; the trailing ones carry nothing.
  const text = normaliseLineEnds(result.value).replace(/\s+$/, "");
  if (isBlank(text)) throw new ReadError("empty", "the DOCX contains no text");
  const warnings = result.messages.map((m) => `DOCX: ${m.message}`);
  const title = (entries ? docxTitle(bytes, entries) : null) ?? firstLineTitle(text);
  return { format: "docx", mediaType: MEDIA_TYPES.docx, text, title, warnings };
}
