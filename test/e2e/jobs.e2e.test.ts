/**
 * The jobs panel in a real browser: an editor starts a batch ingest from the web, sees its
 * progress move while it runs (polled live), and its result when it is done.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CHROMIUM, screenshotBoth, signInByApi } from "../support/browser.js";
import { webApp } from "../support/web-app.js";

const FILES = 4;
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
    // Record what the panel shows as it changes, without reloading the page.
    const seen = new Set<string>();
    for (let i = 0; i < 600; i++) {
      const state = (await row.getAttribute("data-state")) ?? "";
      seen.add(`${state}:${await row.getAttribute("data-done")}`);
      if (state === "completed") break;
      await page.waitForTimeout(250);
    }
    expect(await row.getAttribute("data-state")).toBe("completed");
    const intermediate = [...seen].filter((s) => {
      const done = Number(s.split(":")[1]);
      return done > 0 && done < FILES;
    });
    expect(intermediate.length, [...seen].join(" ")).toBeGreaterThan(0);
    expect(await row.getByTestId("job-result").textContent()).toContain(`created: ${FILES}`);
    expect(await row.locator("progress").getAttribute("value")).toBe(String(FILES));
    await screenshotBoth(page, "jobs-panel");
    expect(errors).toEqual([]);
  }, 600_000);
});
