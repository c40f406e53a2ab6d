/**
 * The jobs panel in a real browser: an editor starts a batch ingest from the web, sees its
 * progress move while it runs (polled live), and its result when it is done.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CHROMIUM, screenshotBoth, signInByApi } from "../support/browser.js";
import { webApp } from "../support/web-app.js";

// Enough files that the batch outlasts several of the panel's one-second polls however fast the
// machine: items run two at a time, so done counts between 0 and FILES stay on screen for seconds
// (with 4 files a fast run went from none to all between two polls).
const FILES = 10;
const PASSWORD = "an editor's passphrase";

function denseFile(n: number): { name: string; mimeType: string; buffer: Buffer } {
  const lines = [`Batch file ${n}`];
  for (let i = 0; i < 2500; i++)
    lines.push(
      `Line ${n}-${i}: at least ${10 + ((i * 3 + n) % 900)} people were killed and about ${i % 60} wounded on ${1 + (i % 28)} February 1992.`,
    );
  return { name: `batch-${n}.txt`, mimeType: "text/plain", buffer: Buffer.from(lines.join("\n")) };
}

describe.skipIf(!CHROMIUM)("web: the jobs panel", () => {
  const web = webApp({
    store: "empty",
    accounts: [{ username: "editor", role: "editor", password: PASSWORD }],
  });
  let page: Page;
  let errors: string[];

  it("starts a batch ingest, shows its progress live and its result", async () => {
    ({ page, errors } = await web.newPage());
    await signInByApi(page, web.url, "editor", PASSWORD);
    await page.goto(`${web.url}/jobs`);
    await page
      .getByTestId("batch-files")
      .setInputFiles(Array.from({ length: FILES }, (_, i) => denseFile(i)));
    await page.getByRole("button", { name: "Start the job" }).click();
    const row = page.getByTestId("job-row").first();
    await row.waitFor({ timeout: 30_000 });
    // Record every state the panel shows as it changes, without reloading the page: an observer
    // in the page notes each change as it renders (sampling on a clock could miss a short one).
    await page.evaluate(() => {
      const seen = new Set<string>();
      const note = () => {
        const r = document.querySelector("[data-testid=job-row]");
        if (r) seen.add(`${r.getAttribute("data-state") ?? ""}:${r.getAttribute("data-done")}`);
      };
      note();
      new MutationObserver(note).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ["data-state", "data-done"],
      });
      Object.assign(window, { jobStatesSeen: seen });
    });
    await page
      .locator("[data-testid=job-row][data-state=completed]")
      .first()
      .waitFor({ timeout: 480_000 });
    await expect.poll(() => row.getAttribute("data-state")).toBe("completed");
    const seen = await page.evaluate(() => [
      ...((window as unknown as { jobStatesSeen: Set<string> }).jobStatesSeen ?? []),
    ]);
    const intermediate = seen.filter((s) => {
      const done = Number(s.split(":")[1]);
      return done > 0 && done < FILES;
    });
    expect(intermediate.length, seen.join(" ")).toBeGreaterThan(0);
    await expect
      .poll(() => row.getByTestId("job-result").textContent())
      .toContain(`created: ${FILES}`);
    await expect.poll(() => row.locator("progress").getAttribute("value")).toBe(String(FILES));
    await screenshotBoth(page, "jobs-panel");
    expect(errors).toEqual([]);
  }, 600_000);
});
