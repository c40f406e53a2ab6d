/** The title a DOCX declares in its core properties (docProps/core.xml, `dc:title`). */
import { inflateRawSync } from "node:zlib";
import { truncateLabel } from "../../core/text/truncate.js";
import { MAX_TITLE_CHARS } from "./text-title.js";
import { entryDataOffset, type ZipEntry } from "./zip-directory.js";

const CORE_PROPERTIES = "docProps/core.xml";
/** Core properties are a few hundred bytes; anything bigger is not worth inflating for a title. */
const MAX_CORE_BYTES = 256 * 1024;

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** `dc:title` of the document, or null when absent, empty or unreadable. */
export function docxTitle(bytes: Uint8Array, entries: readonly ZipEntry[]): string | null {
  const entry = entries.find((e) => e.name === CORE_PROPERTIES);
  if (!entry || entry.uncompressedSize > MAX_CORE_BYTES) return null;
  const start = entryDataOffset(bytes, entry);
  if (start < 0) return null;
  const data = bytes.subarray(start, start + entry.compressedSize);
  let xml: string;
  try {
    const raw =
      entry.method === 0
        ? data
        : entry.method === 8
          ? inflateRawSync(data, { maxOutputLength: MAX_CORE_BYTES })
          : null;
    if (raw === null) return null;
    xml = new TextDecoder().decode(raw);
  } catch {
    return null; // a damaged properties part costs the title, not the document
  }
  const match = /<dc:title(?:\s[^>]*)?>([^<]*)<\/dc:title>/.exec(xml);
  const title = decodeEntities(match?.[1] ?? "")
    .replace(/\s+/g, " ")
    .trim();
  return title === "" ? null : truncateLabel(title, MAX_TITLE_CHARS);
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X"
          ? Number.parseInt(name.slice(2), 16)
          : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}
