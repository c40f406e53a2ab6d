/** The sources list and reader in a real browser, on the corpus ingested through the CLI. */
import { beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, screenshotBoth } from "../support/browser.js";
import { runCasefile } from "../support/cli-process.js";
import { CORPUS_FILES, HAS_CORPUS } from "../support/corpus.js";
import { webApp } from "../support/web-app.js";

describe.skipIf(!CHROMIUM || !HAS_CORPUS)("web: sources", () => {
  const web = webApp({ store: "empty" });
  beforeAll(async () => {
    // Published deliberately: the pages below are read by an anonymous browser.
    const ingest = await runCasefile(
      ["ingest", ...CORPUS_FILES, "--kind", "analysis", "--access", "public"],
      web.env,
    );
    if (ingest.code !== 0) throw new Error(ingest.stderr);
  });

  it("lists both corpus files and opens one at a citable passage", async () => {
    const { page, errors } = await web.newPage();
    await page.goto(`${web.url}/sources`);
    await expect.poll(() => page.locator("table.sources-table tbody tr").count()).toBe(2);
    await screenshotBoth(page, "sources");
    await page.locator("table.sources-table a").first().click();
    await page.waitForSelector(".passage");
    expect(await page.locator(".passage").count()).toBeGreaterThan(5);
    expect(await page.locator(".hash").textContent()).toMatch(/^[0-9a-f]{64}$/);
    await screenshotBoth(page, "source-reader");
    const url = new URL(page.url());
    await page.goto(`${url.origin}${url.pathname}#p-5`);
    await page.waitForSelector("#p-5");
    expect(await page.locator("#p-5 .passage-anchor").textContent()).toBe("5");
    await page.goto(`${web.url}/sources/00000000-0000-0000-0000-000000000000`);
    await page.waitForSelector("[role=alert]");
    errors.splice(0); // the 404 of the deliberately missing source is expected
    await page.goto(`${web.url}/sources?kind=analysis`);
    await expect.poll(() => page.locator("table.sources-table tbody tr").count()).toBe(2);
    expect(errors).toEqual([]);
  });
});
