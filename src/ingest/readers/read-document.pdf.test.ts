import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { makePdf, winAnsiText } from "../../../test/fixtures/documents/make-pdf.js";
import { makeFlateBombPdf, makeFlatePdf } from "../../../test/fixtures/documents/make-pdf-bomb.js";
import { CORPUS_FILES, itWithCorpus } from "../../../test/support/corpus.js";
import { segmentPassages } from "../../core/text/passages.js";
import { pdfInflateBudget } from "./pdf-budget.js";
import { readDocument } from "./read-document.js";

const corpusFile = CORPUS_FILES[0] as string;

/** Words of `text` greedily wrapped into lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

describe("readDocument: PDF", () => {
  it("reads the text layer page by page, pages joined by a blank line", async () => {
    const pdf = makePdf([
      ["Khojaly, 26 February 1992", "Second line (with parentheses)."],
      ["Page two."],
    ]);
    const doc = await readDocument(pdf, "report.pdf");
    expect(doc).toMatchObject({
      format: "pdf",
      mediaType: "application/pdf",
      pages: 2,
      warnings: [],
    });
    expect(doc.text).toBe(
      "Khojaly, 26 February 1992\nSecond line (with parentheses).\n\nPage two.",
    );
    expect(doc.pageStarts).toEqual([0, doc.text.indexOf("Page two.")]);
    expect(doc.title).toBe("Khojaly, 26 February 1992");
  });

  it("prefers the document-information title and ignores the file name", async () => {
    const doc = await readDocument(
      makePdf([["Body"]], { title: "Microsoft Word - Chronology.docx" }),
      "x.bin",
    );
    expect(doc).toMatchObject({ format: "pdf", title: "Chronology" });
  });

  it("warns about pages without text and keeps the others", async () => {
    const doc = await readDocument(makePdf([["First."], [], ["Third."]]), "mixed.pdf");
    expect(doc.pages).toBe(3);
    expect(doc.text).toContain("First.");
    expect(doc.text).toContain("Third.");
    expect(doc.warnings.join()).toMatch(/pages without text.*: 2$/);
  });

  it("refuses a PDF without any text layer as empty, saying it may be a scan", async () => {
    await expect(readDocument(makePdf([[], []]), "scan.pdf")).rejects.toMatchObject({
      code: "empty",
      message: expect.stringMatching(/no text layer.*scan.*OCR/),
    });
  });

  it("refuses a truncated PDF as corrupt, with the parser's message", async () => {
    const pdf = makePdf([["Some text that will be cut off."]]);
    await expect(readDocument(pdf.subarray(0, 120), "cut.pdf")).rejects.toMatchObject({
      code: "corrupt",
      message: expect.stringMatching(/Invalid PDF structure/),
    });
  });

  it("refuses a password-protected PDF as unreadable", async () => {
    await expect(
      readDocument(makePdf([["Secret."]], { encrypted: true }), "locked.pdf"),
    ).rejects.toMatchObject({
      code: "unreadable",
      message: expect.stringMatching(/password/),
    });
  });

  it("stops at the time limit", async () => {
    const pages = Array.from({ length: 300 }, (_, i) => [`Page ${i + 1}.`]);
    await expect(readDocument(makePdf(pages), "long.pdf", { timeoutMs: 1 })).rejects.toMatchObject({
      code: "unreadable",
      message: expect.stringMatching(/took longer than 1 ms/),
    });
  });

  it("leaves the caller's bytes intact (pdf.js detaches the buffer it is given)", async () => {
    const pdf = makePdf([["Text."]]);
    await readDocument(pdf, "a.pdf");
    expect(pdf.byteLength).toBeGreaterThan(0);
    expect((await readDocument(pdf, "a.pdf")).text).toBe("Text.");
  });

  it("accepts a Node Buffer and leaves it, and the Buffer pool, intact", async () => {
    const pooled = Buffer.from(makePdf([["Pooled text."]]));
    const copy = Buffer.from(pooled);
    expect((await readDocument(pooled, "a.pdf")).text).toBe("Pooled text.");
    expect(pooled.equals(copy)).toBe(true);
  });

  itWithCorpus(
    "round-trips a real corpus article through a 45-lines-a-page PDF, word for word",
    async () => {
      const source = winAnsiText(readFileSync(corpusFile, "utf8"));
      const lines = wrap(source, 90);
      const pages = Array.from({ length: Math.ceil(lines.length / 45) }, (_, i) =>
        lines.slice(i * 45, i * 45 + 45),
      );
      const doc = await readDocument(makePdf(pages), "article.pdf");
      expect(doc.pages).toBe(pages.length);
      expect(doc.text.split(/\s+/)).toEqual(source.trim().split(/\s+/));
      const passages = segmentPassages(doc.text);
      for (const p of passages) expect(doc.text.slice(p.start, p.end)).toBe(p.text);
      expect(passages.length).toBeGreaterThanOrEqual(pages.length);
    },
  );
});

describe("readDocument: PDF streams against the inflation budget", () => {
  it("reads Flate-compressed pages, whatever the length's form or the filters in front", async () => {
    for (const options of [
      {},
      { indirectLength: true },
      { filter: "hex-flate" as const },
      { indirectLength: true, filter: "hex-flate" as const },
    ]) {
      const doc = await readDocument(makeFlatePdf(options), "compressed.pdf");
      expect(doc.text, JSON.stringify(options)).toBe(
        "Khojaly, 26 February 1992: a compressed page.",
      );
    }
    // Within the budget, a stream with a false `endstream` in its data is read as pdf.js reads it.
    const padded = await readDocument(await makeFlateBombPdf(4), "padded.pdf");
    expect(padded.text).toBe("Khojaly, 26 February 1992: a compressed page.");
  });

  it("refuses a stream that inflates past the budget as too large, however it is dressed", async () => {
    for (const options of [{}, { filter: "hex-flate" as const }, { indirectLength: true }]) {
      const bomb = await makeFlateBombPdf(160, options);
      expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
      const budget = pdfInflateBudget(bomb.length);
      await expect(readDocument(bomb, "bomb.pdf"), JSON.stringify(options)).rejects.toMatchObject({
        code: "too_large",
        message: expect.stringMatching(
          new RegExp(`inflates to more than ${budget} bytes.*decompression bomb`),
        ),
      });
    }
  });
});
