/** DOCX: the raw text of the main document with mammoth, one paragraph per block. */
import type mammoth from "mammoth";
import { normaliseLineEnds } from "../../core/text/line-ends.js";
import { isBlank } from "../../core/text/whitespace.js";
import { startDeadline } from "./deadline.js";
import { docxCoreXml, docxProperties, docxTitle } from "./docx-title.js";
import { MEDIA_TYPES, type ReadDocument } from "./read-document.types.js";
import { messageOf, ReadError } from "./read-error.js";
import { firstLineTitle } from "./text-title.js";
import { assertUnzipsWithin } from "./zip-budget.js";
import type { ZipEntry } from "./zip-directory.js";

/**
 * What a DOCX may unzip to. The parser holds its XML as trees, about 90 times the XML's size
 * (16 MiB of paragraphs: 1.4 GB), so the XML budget keeps a read well inside a thread's heap;
 * images and other embedded files are not parsed, only bounded against a disguised bomb.
 */
export const DOCX_XML_BUDGET = 20 * 1024 * 1024;
const otherBudget = (fileBytes: number) => 4 * fileBytes + 1024 * 1024;

/**
 * Reads a DOCX within `timeoutMs`. `entries` is the central directory when it could be read
 * (null when damaged, which is refused).
 */
export async function readDocx(
  bytes: Uint8Array,
  entries: ZipEntry[] | null,
  timeoutMs: number,
): Promise<ReadDocument> {
  // Without a readable directory nothing can be inflated against a budget: the parser is not
  // given the chance to inflate it unbounded.
  if (entries === null) {
    throw new ReadError("corrupt", "the DOCX is damaged: its ZIP directory cannot be read");
  }
  assertUnzipsWithin(
    bytes,
    entries,
    { xmlBytes: DOCX_XML_BUDGET, otherBytes: otherBudget(bytes.length) },
    "the DOCX",
  );
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
  const core = docxCoreXml(bytes, entries);
  const title = docxTitle(core) ?? firstLineTitle(text);
  return {
    format: "docx",
    mediaType: MEDIA_TYPES.docx,
    text,
    title,
    properties: docxProperties(core),
    warnings,
  };
}
