import { describe, expect, it } from "vitest";
import { extractClaims } from "../../core/extract/extract-claims.js";
import { readDocument } from "./read-document.js";

const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16(text: string, endian: "le" | "be", bom: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2 + (bom ? 2 : 0));
  let at = 0;
  if (bom) {
    out.set(endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]);
    at = 2;
  }
  for (let i = 0; i < text.length; i++, at += 2) {
    const code = text.charCodeAt(i);
    out[at + (endian === "le" ? 0 : 1)] = code & 0xff;
    out[at + (endian === "le" ? 1 : 0)] = code >> 8;
  }
  return out;
}

describe("readDocument: plain text and Markdown", () => {
  it("reads plain text as-is, with the first non-empty line as title", async () => {
    const doc = await readDocument(utf8("\n\n  Report on Khojaly  \nBody text.\n"), "report.txt");
    expect(doc).toMatchObject({
      format: "text",
      mediaType: "text/plain",
      title: "Report on Khojaly",
      warnings: [],
    });
    expect(doc.text).toBe("\n\n  Report on Khojaly  \nBody text.\n");
  });

  it("skips bare section numbers when choosing the title", async () => {
    const doc = await readDocument(utf8(" I.\n\nKHOJALY AS A CASE STUDY\n\nBody."), "c.txt");
    expect(doc.title).toBe("KHOJALY AS A CASE STUDY");
  });

  it("strips a UTF-8 BOM and normalises CRLF and CR to LF", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Xocalı\r\nline two\rline three")]);
    const doc = await readDocument(bytes, "notes.txt");
    expect(doc.text).toBe("Xocalı\nline two\nline three");
    expect(doc.title).toBe("Xocalı");
  });

  it("decodes UTF-16 LE and BE with a BOM", async () => {
    const text = "Ходжалы — Khojaly\r\n25–26 February 1992";
    for (const endian of ["le", "be"] as const) {
      const doc = await readDocument(utf16(text, endian, true), "utf16.txt");
      expect(doc.text).toBe("Ходжалы — Khojaly\n25–26 February 1992");
      expect(doc.warnings).toEqual([]);
    }
  });

  it("recognises UTF-16 LE without a BOM and says so", async () => {
    const doc = await readDocument(utf16("Plain English text in UTF-16.", "le", false), "x.txt");
    expect(doc.text).toBe("Plain English text in UTF-16.");
    expect(doc.warnings.join()).toMatch(/UTF-16LE without a byte-order mark/);
  });

  it("replaces invalid UTF-8 and warns", async () => {
    const bytes = new Uint8Array([...utf8("caf"), 0xe9, ...utf8(" au lait")]);
    const doc = await readDocument(bytes, "latin1.txt");
    expect(doc.text).toBe("caf\ufffd au lait");
    expect(doc.warnings.join()).toMatch(/invalid UTF-8: 1 /);
  });

  it("takes a Markdown title from the first heading, without its markup", async () => {
    const doc = await readDocument(
      utf8("Intro line\n\n## The *night* of [25 February](x.html) ##\n\ntext"),
      "a.md",
    );
    expect(doc).toMatchObject({
      format: "markdown",
      mediaType: "text/markdown",
      title: "The night of 25 February",
    });
  });

  it("takes a Markdown title from front matter or a setext heading", async () => {
    expect((await readDocument(utf8('---\ntitle: "Chronology"\n---\n# Other'), "a.md")).title).toBe(
      "Chronology",
    );
    expect((await readDocument(utf8("Setext title\n===\n\nbody"), "a.markdown")).title).toBe(
      "Setext title",
    );
  });

  it("shortens a long title to 200 characters at a word boundary", async () => {
    const doc = await readDocument(utf8(`${"word ".repeat(100)}\nbody`), "long.txt");
    expect(doc.title?.length).toBeLessThanOrEqual(200);
    expect(doc.title).toMatch(/word…$/);
  });

  it("reads a 1-million-digit single line in bounded time", async () => {
    const doc = await readDocument(utf8("9".repeat(1_000_000)), "digits.txt");
    expect(doc.text.length).toBe(1_000_000);
    expect(doc.title?.length).toBeLessThanOrEqual(200);
  });

  it("refuses a 100 MB single line over the default limit without reading it", async () => {
    const bytes = new Uint8Array(100 * 1024 * 1024).fill(0x37);
    await expect(readDocument(bytes, "huge.txt")).rejects.toMatchObject({ code: "too_large" });
  });

  it("reads a 30 MB single line when the limit allows it", async () => {
    const bytes = new Uint8Array(30 * 1024 * 1024).fill(0x37);
    const doc = await readDocument(bytes, "line.txt", { maxBytes: 64 * 1024 * 1024 });
    expect(doc.text.length).toBe(bytes.length);
  });

  it("agrees with the extractor: a short text with a few invalid bytes is read and extracted", async () => {
    // 3 undecodable bytes in 40: the reader keeps them as U+FFFD, and the extractor must not
    // then refuse the stored text as binary.
    const bytes = Uint8Array.from([
      ...utf8("About 200 people were killed "),
      0xff,
      0xfe,
      0xc3,
      ...utf8(" there."),
    ]);
    const doc = await readDocument(bytes, "note.txt");
    expect(doc.text).toContain("\ufffd");
    expect(() => extractClaims(doc.text)).not.toThrow();
  });

  it("refuses a text with a NUL past the first 64 KiB as corrupt, naming the byte", async () => {
    const bytes = utf8(`${"Line of text.\n".repeat(6000)}a\u0000b`);
    await expect(readDocument(bytes, "late-nul.txt")).rejects.toMatchObject({
      code: "corrupt",
      message: expect.stringMatching(/NUL character.*at byte 84001/),
    });
  });

  it("names the byte of the first control character of binary data", async () => {
    const bytes = Uint8Array.from([...utf8("ok"), ...new Array(100).fill(0x01)]);
    await expect(readDocument(bytes, "x.txt")).rejects.toMatchObject({
      code: "binary",
      message: expect.stringMatching(/first at byte 2/),
    });
  });
});
