/** What a DOCX declares in its core properties (docProps/core.xml): title, creator, date, language. */
import { inflateRawSync } from "node:zlib";
import { truncateLabel } from "../../core/text/truncate.js";
import { properties } from "./declared-properties.js";
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

/** The core properties' XML, or null when absent, too big or unreadable. */
export function docxCoreXml(bytes: Uint8Array, entries: readonly ZipEntry[]): string | null {
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
  return xml;
}

/** One element's text, e.g. `dc:title`, or "" when absent. */
function element(xml: string, name: string): string {
  const match = new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`).exec(xml);
  return decodeEntities(match?.[1] ?? "")
    .replace(/\s+/g, " ")
    .trim();
}

/** `dc:title` of the document, or null when absent or empty. */
export function docxTitle(xml: string | null): string | null {
  const title = xml ? element(xml, "dc:title") : "";
  return title === "" ? null : truncateLabel(title, MAX_TITLE_CHARS);
}

/** Creator, creation date and language of the core properties, for a person to check. */
export function docxProperties(xml: string | null) {
  return properties({
    author: xml ? element(xml, "dc:creator") : null,
    outlet: null,
    published: xml ? element(xml, "dcterms:created") : null,
    language: xml ? element(xml, "dc:language") : null,
  });
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
