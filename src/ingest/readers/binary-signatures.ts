/**
 * Magic numbers of binary formats we do not read, so that a rejection can say what the file is
 * ("a PNG image") rather than only that it is not text.
 */

interface Signature {
  readonly what: string;
  readonly offset: number;
  /** Bytes to match; a string is compared as Latin-1. */
  readonly bytes: readonly number[] | string;
}

const SIGNATURES: readonly Signature[] = [
  { what: "a PNG image", offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { what: "a JPEG image", offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { what: "a GIF image", offset: 0, bytes: "GIF87a" },
  { what: "a GIF image", offset: 0, bytes: "GIF89a" },
  { what: "a TIFF image", offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { what: "a TIFF image", offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { what: "a WebP image", offset: 8, bytes: "WEBP" },
  { what: "a WAV audio file", offset: 8, bytes: "WAVE" },
  { what: "an AVI video", offset: 8, bytes: "AVI " },
  { what: "an MP4/QuickTime/HEIF media file", offset: 4, bytes: "ftyp" },
  { what: "a Matroska/WebM video", offset: 0, bytes: [0x1a, 0x45, 0xdf, 0xa3] },
  { what: "an Ogg media file", offset: 0, bytes: "OggS" },
  { what: "an MP3 audio file", offset: 0, bytes: "ID3" },
  { what: "a FLAC audio file", offset: 0, bytes: "fLaC" },
  { what: "an ELF executable", offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { what: "a Mach-O executable", offset: 0, bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { what: "a Mach-O executable", offset: 0, bytes: [0xce, 0xfa, 0xed, 0xfe] },
  { what: "a Java class file or Mach-O binary", offset: 0, bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { what: "a WebAssembly module", offset: 0, bytes: [0x00, 0x61, 0x73, 0x6d] },
  { what: "a gzip archive", offset: 0, bytes: [0x1f, 0x8b] },
  { what: "a bzip2 archive", offset: 0, bytes: "BZh" },
  { what: "an xz archive", offset: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { what: "a 7-Zip archive", offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { what: "a RAR archive", offset: 0, bytes: "Rar!\x1a\x07" },
  { what: "a zstd archive", offset: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { what: "an SQLite database", offset: 0, bytes: "SQLite format 3\x00" },
  {
    what: "a legacy Microsoft Office file (.doc/.xls/.ppt; convert it to DOCX or PDF)",
    offset: 0,
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  },
  { what: "an RTF document (convert it to DOCX or PDF)", offset: 0, bytes: "{\\rtf" },
  { what: "a PostScript document (convert it to PDF)", offset: 0, bytes: "%!PS" },
];

/** What a known binary format the bytes start with is, or null. */
export function knownBinaryFormat(bytes: Uint8Array): string | null {
  for (const signature of SIGNATURES) {
    if (matches(bytes, signature)) return signature.what;
  }
  if (isWindowsExecutable(bytes)) return "a Windows executable";
  return null;
}

function matches(bytes: Uint8Array, { offset, bytes: expected }: Signature): boolean {
  if (bytes.length < offset + expected.length) return false;
  for (let i = 0; i < expected.length; i++) {
    const want = typeof expected === "string" ? expected.charCodeAt(i) : expected[i];
    if (bytes[offset + i] !== want) return false;
  }
  return true;
}

// "MZ" alone could begin a text; an executable also has its PE header offset in bytes 60–63.
function isWindowsExecutable(bytes: Uint8Array): boolean {
  if (bytes.length < 64 || bytes[0] !== 0x4d || bytes[1] !== 0x5a) return false;
  return bytes.subarray(2, 64).includes(0);
}
