import { describe, expect, it } from "vitest";
import { readDocument } from "./read-document.js";

const utf8 = (text: string) => new TextEncoder().encode(text);

const ARTICLE_PARAGRAPHS = [
  "On the night of 25 to 26 February 1992 the town came under attack from several directions, and residents fled on foot through the forest towards the east.",
  "Survivors described the crossing of the frozen river and the open fields near the village, where many were caught by fire while they tried to reach safety.",
  "In the days that followed, journalists who reached the area by helicopter reported bodies in the snow, and officials began to compile lists of the dead and missing.",
  "The figures given by different sources varied widely, and the disagreement between them has continued in reports, court documents and resolutions ever since.",
];

const PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The night of 25 February | Example News</title>
<style>body { color: red }</style><script>var tracking = "SCRIPT TEXT";</script></head>
<body>
  <header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
  <main><article>
    <h1>The night of 25 February</h1>
    ${ARTICLE_PARAGRAPHS.map((p) => `<p>${p.replace("forest", "<em>forest</em>")}</p>`).join("\n    ")}
  </article></main>
  <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Celebrity gossip</a></li></ul></aside>
  <footer><p>Copyright Example News. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>`;

describe("readDocument: HTML", () => {
  it("keeps the main text in paragraphs and drops navigation, sidebar, footer and scripts", async () => {
    const doc = await readDocument(utf8(PAGE), "page.html");
    expect(doc).toMatchObject({ format: "html", mediaType: "text/html" });
    for (const p of ARTICLE_PARAGRAPHS) expect(doc.text).toContain(p);
    expect(doc.text).toContain(`${ARTICLE_PARAGRAPHS[0]}\n\n${ARTICLE_PARAGRAPHS[1]}`);
    for (const boilerplate of [
      "Home",
      "Sport",
      "Celebrity gossip",
      "Copyright",
      "Privacy",
      "SCRIPT TEXT",
      "color: red",
    ]) {
      expect(doc.text).not.toContain(boilerplate);
    }
    expect(doc.title).toBe("The night of 25 February");
    expect(doc.warnings).toEqual([]);
  });

  it("warns when the main text is a small share of the page's text", async () => {
    const links = Array.from(
      { length: 300 },
      (_, i) => `<li><a href="/${i}">Link number ${i}</a></li>`,
    ).join("");
    const page = PAGE.replace("<aside", `<aside><ul>${links}</ul></aside><aside`);
    const doc = await readDocument(utf8(page), "busy.html");
    expect(doc.text).toContain(ARTICLE_PARAGRAPHS[0]);
    expect(doc.warnings.join()).toMatch(/main text is \d+% of the page's text/);
  });

  it("sniffs HTML from the content whatever the file is called", async () => {
    const doc = await readDocument(utf8(PAGE), "download.txt");
    expect(doc.format).toBe("html");
  });

  it("falls back to the body text, with blocks and line breaks, when there is no article", async () => {
    const html =
      "<html><head><title> Short\n page </title></head><body><div>One</div><p>Two<br>three &amp; four</p></body></html>";
    const doc = await readDocument(utf8(html), "short.htm");
    expect(doc.text).toContain("One\n\nTwo\nthree & four");
    expect(doc.title).toBe("Short page");
  });

  it("reads fragments without <html> or <body>, as a browser would imply them", async () => {
    const cases: [string, string, string | null][] = [
      ["<p>Hello fragment</p><p>Second</p>", "Hello fragment\n\nSecond", null],
      ["<!doctype html><title>T</title><h1>Head</h1>text after", "Head\n\ntext after", "T"],
      ["<html>no body tag <b>bold</b></html>", "no body tag bold", null],
      [
        "<table><tr><td>Name</td><td>Age</td></tr><tr><td>A</td><td>30</td></tr></table>",
        "Name Age\nA 30",
        null,
      ],
    ];
    for (const [html, text, title] of cases) {
      const doc = await readDocument(utf8(html), "fragment.html");
      expect(doc.text).toBe(text);
      expect(doc.title).toBe(title);
    }
  });

  it("keeps the lines of preformatted text", async () => {
    const body = `${ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}<pre>col1  col2\n  1992  613</pre>`;
    const doc = await readDocument(
      utf8(`<!doctype html><html><body><article>${body}</article></body></html>`),
      "p.html",
    );
    expect(doc.text).toContain("col1  col2\n  1992  613");
  });

  it("refuses a page with no visible text as empty", async () => {
    const html =
      "<!doctype html><html><head><script>x()</script></head><body><img src=a.png></body></html>";
    await expect(readDocument(utf8(html), "blank.html")).rejects.toMatchObject({ code: "empty" });
  });

  it("survives markup nested 20,000 levels deep, skipping main-text extraction", async () => {
    const html = `<html><body>${"<div>".repeat(20_000)}deep text${"</div>".repeat(20_000)}</body></html>`;
    const doc = await readDocument(utf8(html), "deep.html");
    expect(doc.text).toContain("deep text");
    expect(doc.warnings.join()).toMatch(/levels deep/);
  });

  it("decodes a legacy-encoded page with the charset it declares", async () => {
    // Windows-1251 puts А..я (U+0410..U+044F) at 0xC0..0xFF.
    const cp1251 = (text: string) =>
      Uint8Array.from(text, (c) =>
        c >= "А" && c <= "я" ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0),
      );
    const russian = "Ходжалы ночью двадцать пятого февраля";
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>${russian}</title></head><body><p>${russian}</p></body></html>`;
    const doc = await readDocument(cp1251(html), "kommersant.html");
    expect(doc.text).toContain(russian);
    expect(doc.title).toBe(russian);
    expect(doc.warnings.join()).toMatch(/decoded as windows-1251/);
  });
});
