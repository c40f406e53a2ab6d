import { describe, expect, it } from "vitest";
import { makeZip } from "../../../test/fixtures/documents/make-zip.js";
import { entryDataOffset, looksLikeZip, readZipDirectory } from "./zip-directory.js";

describe("readZipDirectory", () => {
  const zip = makeZip([
    { name: "word/document.xml", data: "<w:document/>" },
    { name: "ünïcode.txt", data: "stored bytes", stored: true },
  ]);

  it("lists names, methods and sizes from the central directory", () => {
    expect(looksLikeZip(zip)).toBe(true);
    const entries = readZipDirectory(zip);
    expect(entries?.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ["word/document.xml", 8, 13],
      ["ünïcode.txt", 0, 12],
    ]);
    const stored = entries?.[1];
    if (!stored) throw new Error("no second entry");
    const at = entryDataOffset(zip, stored);
    expect(new TextDecoder().decode(zip.subarray(at, at + stored.compressedSize))).toBe(
      "stored bytes",
    );
  });

  it("returns null for a truncated archive and for non-archives", () => {
    expect(readZipDirectory(zip.subarray(0, zip.length - 30))).toBeNull();
    expect(readZipDirectory(new TextEncoder().encode("PK but not really"))).toBeNull();
    expect(looksLikeZip(new Uint8Array([0x50, 0x4b]))).toBe(false);
  });
});
