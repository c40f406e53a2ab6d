import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { makeZip } from "../../../test/fixtures/documents/make-zip.js";
import { ReadError, readDocument } from "./read-document.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const PNG_HEADER = [
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
];

async function failure(
  bytes: Uint8Array,
  fileName: string,
  options?: { maxBytes?: number },
): Promise<ReadError> {
  try {
    await readDocument(bytes, fileName, options);
  } catch (error) {
    if (error instanceof ReadError) return error;
    throw error;
  }
  throw new Error(`${fileName} was read without an error`);
}

describe("readDocument: inputs it refuses", () => {
  it("refuses an empty file and a whitespace-only file as empty", async () => {
    expect((await failure(new Uint8Array(), "a.txt")).code).toBe("empty");
    expect((await failure(utf8(" \r\n\t\n  "), "a.md")).code).toBe("empty");
    expect((await failure(new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a]), "bom.txt")).code).toBe(
      "empty",
    );
  });

  it("refuses a PNG, even one named .txt, naming what it is", async () => {
    const error = await failure(new Uint8Array([...PNG_HEADER, ...randomBytes(256)]), "notes.txt");
    expect(error).toMatchObject({
      code: "unsupported_type",
      message: expect.stringMatching(/PNG image/),
    });
  });

  it("names other known binary formats", async () => {
    const ole = new Uint8Array([
      0xd0,
      0xcf,
      0x11,
      0xe0,
      0xa1,
      0xb1,
      0x1a,
      0xe1,
      ...new Uint8Array(100),
    ]);
    expect((await failure(ole, "old.doc")).message).toMatch(/legacy Microsoft Office/);
    expect((await failure(utf8("{\\rtf1\\ansi Hello}"), "a.rtf")).message).toMatch(/RTF/);
    const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Uint8Array(100)]);
    expect((await failure(elf, "program")).message).toMatch(/ELF executable/);
  });

  it("refuses an SVG image, which is text but not a document", async () => {
    const svg =
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><text>Hi</text></svg>';
    expect(await failure(utf8(svg), "map.svg")).toMatchObject({
      code: "unsupported_type",
      message: expect.stringMatching(/SVG/),
    });
  });

  it("refuses random binary data as binary", async () => {
    const error = await failure(new Uint8Array(randomBytes(8192)), "data.txt");
    expect(error).toMatchObject({ code: "binary", message: expect.stringMatching(/NUL/) });
  });

  it("refuses NUL-heavy data as binary", async () => {
    const bytes = utf8(`${"text\u0000\u0000\u0000".repeat(200)}`);
    expect((await failure(bytes, "x.txt")).code).toBe("binary");
  });

  it("refuses a ZIP that is not a DOCX, naming what it holds", async () => {
    const zip = makeZip([{ name: "photos/a.txt", data: "not a document" }]);
    const error = await failure(zip, "archive.zip");
    expect(error).toMatchObject({
      code: "unsupported_type",
      message: expect.stringMatching(/ZIP archive.*not a DOCX/),
    });
    const xlsx = makeZip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "xl/workbook.xml", data: "<w/>" },
    ]);
    expect((await failure(xlsx, "book.docx")).message).toMatch(/Excel workbook/);
  });

  it("refuses a file over the size limit before parsing it", async () => {
    const error = await failure(utf8("x".repeat(2000)), "big.txt", { maxBytes: 1000 });
    expect(error).toMatchObject({
      code: "too_large",
      message: expect.stringMatching(/2000 bytes.*1000/),
    });
  });

  it("refuses a text named .pdf as corrupt, but reads an HTML page named .pdf as HTML", async () => {
    expect((await failure(utf8("just some text"), "report.pdf")).code).toBe("corrupt");
    const html = `<!doctype html><html><body><p>${"Access denied. ".repeat(5)}</p></body></html>`;
    const doc = await readDocument(utf8(html), "report.pdf");
    expect(doc.format).toBe("html");
    expect(doc.warnings.join()).toMatch(/named \.pdf but holds HTML/);
  });

  it("refuses random bytes named .pdf or .docx as corrupt", async () => {
    expect((await failure(new Uint8Array(randomBytes(4096)), "x.pdf")).code).toBe("corrupt");
    expect((await failure(new Uint8Array(randomBytes(4096)), "x.docx")).code).toBe("corrupt");
  });
});
