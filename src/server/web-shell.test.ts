import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { webShell } from "./web-shell.js";

describe("the page for a client-side address", () => {
  const root = mkdtempSync(join(tmpdir(), "casefile-shell-"));
  mkdirSync(join(root, "assets"));
  writeFileSync(
    join(root, "index.html"),
    '<!doctype html>\n<html lang="en">\n  <head>\n  </head>\n</html>\n',
  );
  writeFileSync(join(root, "assets", "az-problems-Xy34-d.js"), "");
  writeFileSync(join(root, "assets", "az-Ab12_c.js"), "");
  const shell = webShell(root);
  afterAll(() => rmSync(root, { recursive: true }));

  it("names the address's language and preloads an overview's data and catalogue", () => {
    const html = shell("/az/cases/khojaly-1992?x=1");
    expect(html).toContain('<html lang="az">');
    expect(html).toContain('href="/api/cases/khojaly-1992" as="fetch"');
    expect(html).toContain('href="/api/cases/khojaly-1992/figure-cards" as="fetch"');
    expect(html).toContain('href="/assets/az-Ab12_c.js"');
    expect(html).not.toContain("az-problems");
  });

  it("preloads no data for other views and leaves an address without a language alone", () => {
    expect(shell("/ru/sources")).toContain('<html lang="ru">');
    expect(shell("/ru/sources")).not.toContain("/api/");
    expect(shell("/sources/x")).toContain('<html lang="en">');
    expect(shell("/xx/cases/y")).not.toContain("preload");
  });
});
