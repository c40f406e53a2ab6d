/** The sources list and reader in a real browser, on the corpus ingested through the CLI. */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, launchBrowser, screenshotBoth, watchErrors } from "../support/browser.js";
import { runCasefile } from "../support/cli-process.js";
import { CORPUS_FILES, HAS_CORPUS } from "../support/corpus.js";
import { tempDir } from "../support/paths.js";
import { type ServerProcess, startServerProcess } from "../support/server-process.js";

describe.skipIf(!CHROMIUM || !HAS_CORPUS)("web: sources", () => {
  const dir = tempDir();
  const env = { CASEFILE_DATA: dir.path, DATABASE_URL: undefined, CASEFILE_CASES: "" };
  let server: ServerProcess;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServerProcess(env);
    const ingest = await runCasefile(["ingest", ...CORPUS_FILES, "--kind", "analysis"], env);
    if (ingest.code !== 0) throw new Error(ingest.stderr);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    dir.remove();
  });

  it("lists both corpus files and opens one at a citable passage", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${server.url}/sources`);
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
    await page.goto(`${server.url}/sources/00000000-0000-0000-0000-000000000000`);
    await page.waitForSelector("[role=alert]");
    errors.splice(0); // the 404 of the deliberately missing source is expected
    await page.goto(`${server.url}/sources?kind=analysis`);
    await expect.poll(() => page.locator("table.sources-table tbody tr").count()).toBe(2);
    expect(errors).toEqual([]);
  });
});
