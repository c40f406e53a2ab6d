/**
 * Reads the central directory of a ZIP archive without inflating anything: enough to tell a DOCX
 * from other ZIP-based files and to see declared sizes before a parser expands them.
 */

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const MAX_COMMENT = 0xffff;
const MAX_ENTRIES = 100_000;

/** True when the bytes begin like a ZIP archive (a local file header or an empty archive). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  const signature = u32(bytes, 0);
  return signature === LOCAL_HEADER || signature === END_OF_DIRECTORY;
}

/** The entries of the archive's central directory, or null when it cannot be found or is damaged. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const eocd = findEndOfDirectory(bytes);
  if (eocd < 0) return null;
  const count = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  // 0xffff / 0xffffffff mark ZIP64 fields, which DOCX writers do not need; let the parser decide.
  if (count === 0xffff || at === 0xffffffff || count > MAX_ENTRIES) return null;
  const decoder = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL_HEADER) return null;
    const nameLength = u16(bytes, at + 28);
    const nameEnd = at + 46 + nameLength;
    if (nameEnd > bytes.length) return null;
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, nameEnd)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      uncompressedSize: u32(bytes, at + 24),
      localHeaderOffset: u32(bytes, at + 42),
    });
    at = nameEnd + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/** Offset of the data of a stored or deflated entry, or -1 when its local header is damaged. */
export function entryDataOffset(bytes: Uint8Array, entry: ZipEntry): number {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL_HEADER) return -1;
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  return start + entry.compressedSize <= bytes.length ? start : -1;
}

function findEndOfDirectory(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - MAX_COMMENT);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (u32(bytes, at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) + u16(bytes, at + 2) * 0x10000) >>> 0;
}
