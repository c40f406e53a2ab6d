import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { firstViewElement, inertJson } from "./first-view-data.js";
import { webShell } from "./web-shell.js";

describe("the page for a client-side address", () => {
  const root = mkdtempSync(join(tmpdir(), "casefile-shell-"));
  mkdirSync(join(root, "assets"));
  writeFileSync(
    join(root, "index.html"),
    '<!doctype html>\n<html lang="en">\n  <head>\n    <!-- the case list -->\n    <link rel="preload" href="/api/cases" as="fetch" crossorigin="anonymous" />\n    <script type="module" crossorigin src="/assets/index-A1.js"></script>\n  </head>\n  <body>\n  </body>\n</html>\n',
  );
  writeFileSync(join(root, "assets", "az-problems-Xy34-d.js"), "");
  writeFileSync(join(root, "assets", "az-Ab12_c.js"), "");
  const shell = webShell(root);
  afterAll(() => rmSync(root, { recursive: true }));

  it("names the address's language, preloads its catalogue and carries an overview's data", () => {
    const page = shell("/az/cases/khojaly-1992?x=1");
    expect(page.head).toContain('<html lang="az">');
    expect(page.head).toContain('href="/assets/az-Ab12_c.js"');
    expect(page.head).not.toContain("az-problems");
    expect(page.head).toContain(
      '<script type="module" async crossorigin src="/assets/index-A1.js">',
    );
    // The data comes in the page, so nothing asks for it in advance.
    expect(page.head).not.toContain("/api/");
    expect(page.dataPaths).toEqual([
      "/api/cases",
      "/api/cases/khojaly-1992",
      "/api/cases/khojaly-1992/figure-cards",
      "/api/activity?limit=10",
    ]);
    expect(page.tail).toBe("</body>\n</html>\n");
  });

  it("carries no data for other views and leaves an address without a language alone", () => {
    const sources = shell("/ru/sources");
    expect(sources.head).toContain('<html lang="ru">');
    expect(sources.head).toContain('href="/api/cases"');
    expect(sources.dataPaths).toEqual([]);
    expect(sources.head).toContain('<script type="module" crossorigin src="/assets/index-A1.js">');
    expect(shell("/sources/x").head).toContain('<html lang="en">');
    expect(shell("/xx/cases/y").head).not.toContain("modulepreload");
    expect(shell("/xx/cases/y").dataPaths).toEqual([]);
    expect(shell("/en/cases/y/figures").dataPaths).toEqual([]);
  });

  it("writes the data so that no text in it can end the element or run as script", () => {
    const hostile = {
      "/api/x": ["</script><script>alert(1)</script>", "<!--", "a & b", "\u2028\u2029"],
    };
    const element = firstViewElement(hostile);
    const body = element.slice(element.indexOf(">") + 1, element.lastIndexOf("</script>"));
    expect(body).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(body)).toEqual(hostile);
    expect(element).toMatch(/^<script type="application\/json" id="first-view-data">/);
    expect(inertJson("</SCRIPT>")).toBe('"\\u003c/SCRIPT\\u003e"');
    expect(firstViewElement({})).toBe("");
  });
});
