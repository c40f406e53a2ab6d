/**
 * The photo chronicle and the memorial in Chromium, in Azerbaijani, Russian and English: what an
 * anonymous reader sees (public entries only, lazily loaded thumbnails, one column on a phone),
 * axe-core finds nothing, and screenshots at desktop and phone width are saved to be looked at.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../support/axe.js";
import { CHROMIUM, screenshotBoth, watchErrors } from "../support/browser.js";
import { jsonOf, runCasefile } from "../support/cli-process.js";
import { drawnPng } from "../support/media-files.js";
import { KHOJALY, webApp } from "../support/web-app.js";

const WAIT = { timeout: 20_000 };
const LANGS = ["az", "ru", "en"] as const;

/** A desktop page that may run axe (injected, so past the app's CSP); errors are checked at the end. */
async function readerPage(browser: Browser) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    bypassCSP: true,
  });
  const page = await context.newPage();
  return { page, errors: watchErrors(page), close: () => context.close() };
}

async function settled(page: Page): Promise<void> {
  await page.locator("h1").first().waitFor(WAIT);
  await page.waitForLoadState("networkidle", WAIT);
}

describe.skipIf(!CHROMIUM)("web: photo chronicle and memorial", () => {
  const web = webApp({
    store: "case-without-corpus",
    setupTimeoutMs: 240_000,
    async prepare(env) {
      const dir = env.CASEFILE_DATA ?? "";
      const files = ["one.png", "two.png", "team.png"].map((f, i) => {
        writeFileSync(join(dir, f), drawnPng(40 + i, 360, 240));
        return join(dir, f);
      });
      const ingest = jsonOf<{ files: { sourceId: string }[] }>(
        await runCasefile(["ingest", ...files, "--json"], env),
      );
      const [one = "", two = "", team = ""] = ingest.files.map((f) => f.sourceId);
      const add = async (source: string, ...more: string[]) => {
        const run = await runCasefile(
          ["chronicle", "add", source, "--case", KHOJALY, ...more],
          env,
        );
        if (run.code !== 0) throw new Error(run.stderr);
      };
      await add(one, "--caption", "Ruins of a house at the edge of town (test picture)");
      await add(team, "--caption", "A picture for the team only", "--access", "restricted");
      await add(
        two,
        "--caption",
        "A road leading east (test picture)",
        "--person",
        "Aysel Qəmbərova",
      );
    },
  });

  it("shows the public chronicle to anyone, thumbnails lazily, and passes axe in three languages", async () => {
    const { page, errors, close } = await readerPage(web.browser);
    for (const lang of LANGS) {
      await page.goto(`${web.url}/${lang}/cases/${KHOJALY}/chronicle`);
      await settled(page);
      const entries = page.getByTestId("chronicle-entry");
      await expect.poll(() => entries.count()).toBe(2);
      expect(await page.locator(".chronicle-grid img").first().getAttribute("loading")).toBe(
        "lazy",
      );
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll<HTMLImageElement>(".chronicle-grid img")].every(
            (i) => i.complete && i.naturalWidth > 0,
          ),
        undefined,
        WAIT,
      );
      expect(await axeViolations(page)).toEqual([]);
      await screenshotBoth(page, `chronicle-${lang}`);
      // Russian readers see the person's name in Cyrillic (the project's transliteration table).
      if (lang === "ru")
        expect(await page.locator(".chronicle-persons").textContent()).toContain("Айсел Гамбарова");
    }
    await page.setViewportSize({ width: 390, height: 844 });
    const boxes = await page
      .locator(".chronicle-entry")
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
    expect(new Set(boxes).size).toBe(1);
    await page.locator(".chronicle-picture").first().click();
    await page.waitForURL("**/sources/**", WAIT);
    await close();
    expect(errors).toEqual([]);
  }, 180_000);
});
