import { describe, expect, it } from "vitest";
import { makeDocx } from "../../../test/fixtures/documents/make-docx.js";
import { makeZip } from "../../../test/fixtures/documents/make-zip.js";
import { readDocument } from "./read-document.js";
import { DOCX_XML_BUDGET } from "./read-docx.js";

describe("readDocument: DOCX", () => {
  it("reads the paragraphs, separated by blank lines, with the first as title", async () => {
    const doc = await readDocument(
      makeDocx(["Testimony of a resident", "We left at 23:00 & walked <east>."]),
      "t.docx",
    );
    expect(doc).toMatchObject({
      format: "docx",
      mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      title: "Testimony of a resident",
    });
    expect(doc.text).toBe("Testimony of a resident\n\nWe left at 23:00 & walked <east>.");
  });

  it("takes the title from the core properties when there is one", async () => {
    const doc = await readDocument(
      makeDocx(["Body text."], { title: "Hostage testimonies & more" }),
      "t.docx",
    );
    expect(doc.title).toBe("Hostage testimonies & more");
  });

  it("recognises a DOCX by its content, whatever it is called", async () => {
    expect((await readDocument(makeDocx(["Body."]), "upload.bin")).format).toBe("docx");
  });

  it("refuses a DOCX with no text as empty", async () => {
    await expect(readDocument(makeDocx([]), "blank.docx")).rejects.toMatchObject({ code: "empty" });
  });

  it("refuses a DOCX whose document part is damaged as corrupt", async () => {
    const zip = makeZip([{ name: "word/document.xml", data: "<w:document><w:body><w:p>" }]);
    await expect(readDocument(zip, "bad.docx")).rejects.toMatchObject({ code: "corrupt" });
  });

  it("refuses a DOCX whose paragraphs honestly unzip past the budget (a zip bomb) as too large", async () => {
    // About 21 MiB of paragraphs in a file of some 100 KB: refused while inflating, not after.
    const paragraphs = Array.from({ length: 350_000 }, () => "Many people fled at night.");
    const bomb = makeDocx(paragraphs);
    expect(bomb.length).toBeLessThan(DOCX_XML_BUDGET / 20);
    await expect(readDocument(bomb, "bomb.docx")).rejects.toMatchObject({
      code: "too_large",
      message: expect.stringMatching(
        /more than 20971520 bytes of XML \(stopped at word\/document\.xml\)/,
      ),
    });
  });

  it("counts the bytes inflated, not the sizes the archive declares", async () => {
    const docx = makeDocx(["Body."]);
    const central = Buffer.from(docx).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    new DataView(docx.buffer, docx.byteOffset).setUint32(central + 24, 0xf0000000, true);
    // A false declared size is not taken for a bomb; the parser finds the archive inconsistent.
    await expect(readDocument(docx, "declared.docx")).rejects.toMatchObject({ code: "corrupt" });
  });

  it("refuses a truncated DOCX as corrupt", async () => {
    const docx = makeDocx(["Some text in a paragraph."]);
    await expect(
      readDocument(docx.subarray(0, docx.length - 40), "cut.docx"),
    ).rejects.toMatchObject({ code: "corrupt" });
  });
});
