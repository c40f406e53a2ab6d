/**
 * The Khojaly case loaded without its corpus, as in a fresh clone of the project: every source is
 * known by citation only, and the reader still lists each source's claims with their fields and
 * claimant and says how to attach the corpus. Runs with or without the corpus beside the project
 * (CASEFILE_CORPUS points at an empty folder).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CHROMIUM, screenshotBoth } from "../support/browser.js";
import { webApp } from "../support/web-app.js";

const CASE = "/cases/khojaly-1992";

/** Opens the figure page at `url`, follows the children's 63 to its source, and answers its claim. */
async function followChildrenFigure(page: Page, url: string): Promise<string> {
  await page.goto(url);
  await page.getByTestId("detail-flags-h").locator("summary").click();
  await page
    .getByTestId("flag-value_conflict-children")
    .locator(".sides > li", { hasText: "63" })
    .locator("a")
    .first()
    .click();
  await page.waitForURL(/\/sources\/[^#]+#claim-/);
  const selectedId = decodeURIComponent(new URL(page.url()).hash.slice("#claim-".length));
  return selectedId;
}

describe.skipIf(!CHROMIUM)("web: the case by citation only", () => {
  const web = webApp({ store: "case-without-corpus" });
  let page: Page;

  it("follows a figure to its source and lists the claims there with fields and claimant", async () => {
    ({ page } = await web.newPage());
    const selectedId = await followChildrenFigure(page, `${web.url}${CASE}/figures/killed`);
    await page.getByTestId("citation").waitFor();
    await expect.poll(() => page.getByTestId("citation-only").count()).toBe(1);
    // How to attach the corpus, naming the variable.
    await expect
      .poll(() => page.getByTestId("corpus-missing").textContent())
      .toContain("CASEFILE_CORPUS");
    const items = page.getByTestId("citation-claim");
    await expect.poll(() => items.count()).toBeGreaterThan(0);
    // The claim the figure pointed at is marked, with its fields and claimant.
    const selected = page.locator(`[id="claim-${selectedId}"]`);
    await expect.poll(() => selected.getAttribute("class")).toContain("selected");
    const text = (await selected.textContent()) ?? "";
    expect(text).toMatch(/Killed/i);
    expect(text).toMatch(/Children/i);
    expect(text).toContain("63");
    expect(text).toMatch(/Claimant:/);
    // Every listed claim has its fields and a claimant.
    for (const item of await items.all()) {
      await expect.poll(() => item.locator(".fields dt").count()).toBeGreaterThan(0);
      await expect.poll(() => item.textContent()).toMatch(/Claimant: \S/);
    }
    // The claim panel opens beside the list, as it does beside a text.
    await page.getByTestId("claim-panel").locator(".fields").waitFor();
    await screenshotBoth(page, "source-reader-citation-only");
  });

  it("names the claimants in the reader's language where the case data translates them, the original beside", async () => {
    ({ page } = await web.newPage());
    const selectedId = await followChildrenFigure(page, `${web.url}/ru${CASE}/figures/killed`);
    const selected = page.locator(`[id="claim-${selectedId}"]`);
    // In the list and in the claim panel: the Russian name, the case data's own words in brackets.
    for (const where of [selected, page.getByTestId("claim-panel")]) {
      const original = where.locator(".case-original-name");
      await original.waitFor();
      const name = ((await original.textContent()) ?? "").replace(/^\(|\)$/g, "");
      expect(name).toMatch(/[A-Za-z]/);
      const shown = ((await original.locator("..").textContent()) ?? "").split(name)[0] ?? "";
      expect(shown).toMatch(/[А-Яа-яЁё]/);
    }
    await screenshotBoth(page, "source-reader-citation-only-ru");
  });
});
