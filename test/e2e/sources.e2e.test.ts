/**
 * The sources list and reader in a real browser, on the corpus ingested through the CLI; and the
 * media viewer on a picture and a video made by the test: zoom and pan, regions drawn by mouse
 * and by keyboard and filed as claims, a time range marked on the scrubber and filed, a moment
 * opened from its mark seeking the player.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../support/axe.js";
import { CHROMIUM, screenshotBoth, signInByApi } from "../support/browser.js";
import { jsonOf, runCasefile } from "../support/cli-process.js";
import { CORPUS_FILES, HAS_CORPUS } from "../support/corpus.js";
import { drawnPng, hasFfmpeg, testMp4 } from "../support/media-files.js";
import { webApp } from "../support/web-app.js";

const PASSWORD = "an editor's passphrase";
const VTT = [
  "WEBVTT",
  "",
  "00:00.000 --> 00:01.500",
  "The convoy reaches the bridge.",
  "",
  "00:01.500 --> 00:02.500",
  "Shelling starts near the zarnitsa orchard.",
  "",
  "00:02.500 --> 00:04.000",
  "The camera turns to the hill.",
  "",
].join("\n");

/** Files a statement claim through the viewer's form and waits for it to be opened. */
async function fileStatement(page: Page, summary: string): Promise<void> {
  const form = page.getByRole("form", { name: "File a claim on this" });
  await form.getByLabel("Summary").fill(summary);
  await form.getByLabel("Name of the new claimant").fill("The photographer");
  await form.getByRole("button", { name: "File the claim" }).click();
  await page.waitForURL(/#claim-/);
  await form.waitFor({ state: "detached" });
}

describe.skipIf(!CHROMIUM)("web: sources", () => {
  const media: Record<string, string> = {};
  const web = webApp({
    store: "empty",
    accounts: [{ username: "editor", role: "editor", password: PASSWORD }],
    prepare: async (env) => {
      const dir = env.CASEFILE_DATA ?? "";
      const files = ["street.png", ...(hasFfmpeg() ? ["clip.mp4"] : [])];
      writeFileSync(join(dir, "street.png"), drawnPng(5, 320, 240));
      if (hasFfmpeg()) writeFileSync(join(dir, "clip.mp4"), testMp4());
      const run = await runCasefile(["ingest", ...files.map((f) => join(dir, f)), "--json"], env, {
        timeoutMs: 240_000,
      });
      if (run.code !== 0) throw new Error(run.stderr);
      const out = jsonOf<{ files: { file: string; sourceId: string }[] }>(run).files;
      for (const f of out) media[f.file.endsWith(".png") ? "png" : "mp4"] = f.sourceId;
      if (media.mp4) {
        writeFileSync(join(dir, "clip.vtt"), VTT);
        const attach = await runCasefile(
          ["media", "transcript", media.mp4, join(dir, "clip.vtt")],
          env,
        );
        if (attach.code !== 0) throw new Error(attach.stderr);
      }
    },
    setupTimeoutMs: 300_000,
  });
  beforeAll(async () => {
    if (!HAS_CORPUS) return;
    // Published deliberately: the pages below are read by an anonymous browser.
    const ingest = await runCasefile(
      ["ingest", ...CORPUS_FILES, "--kind", "analysis", "--access", "public"],
      web.env,
    );
    if (ingest.code !== 0) throw new Error(ingest.stderr);
  });

  it.skipIf(!HAS_CORPUS)("lists both corpus files and opens one at a citable passage", async () => {
    const { page, errors } = await web.newPage();
    await page.goto(`${web.url}/sources?kind=analysis`);
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

  it("zooms a picture and files claims on a rectangle drawn by mouse and a polygon drawn by keyboard", async () => {
    const { page, errors } = await web.newPage();
    await signInByApi(page, web.url, "editor", PASSWORD);
    await page.goto(`${web.url}/sources/${media.png}`);
    const stage = page.getByTestId("image-stage");
    await stage.waitFor();
    const zoom = page.getByTestId("zoom-level");
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(() => zoom.textContent()).toBe("125 %");
    const overlay = page.getByTestId("region-overlay");
    await overlay.focus();
    await page.keyboard.press("+");
    await expect.poll(() => zoom.textContent()).toBe("156 %");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("0");
    await expect.poll(() => zoom.textContent()).toBe("100 %");
    const box = await stage.boundingBox();
    if (!box) throw new Error("no stage");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -100);
    await expect.poll(() => zoom.textContent()).toBe("125 %");
    await page.getByRole("button", { name: "Fit" }).click();

    // A rectangle by mouse: from a quarter to a half of the picture (80,60 → 160,120 in pixels).
    await page.getByRole("button", { name: "Draw a rectangle" }).click();
    await page.mouse.move(box.x + box.width * 0.25, box.y + box.height * 0.25);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.4);
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
    await page.mouse.up();
    await fileStatement(page, "a car burns in the street");
    const listed = page.getByTestId("media-claims");
    await expect.poll(() => listed.textContent()).toContain("rectangle at 80, 60, 80 × 60 px");
    await expect.poll(() => page.locator(".region-overlay a").count()).toBe(1);

    // A polygon by keyboard: the cross-hair starts at the centre and steps 1 % of 320 px.
    await page.getByRole("button", { name: "Draw a polygon" }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("svg");
    await page.keyboard.press("Enter");
    for (let i = 0; i < 5; i++) await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.press("Enter");
    for (let i = 0; i < 3; i++) await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Close the polygon" }).focus();
    await page.keyboard.press("Enter");
    await fileStatement(page, "smoke above the roofs");
    await expect.poll(() => listed.textContent()).toContain("polygon of 3 corners");
    await expect.poll(() => page.locator(".region-overlay a").count()).toBe(2);
    await expect
      .poll(() => page.getByTestId("claim-locator").textContent())
      .toContain("polygon of 3 corners");
    expect(await axeViolations(page)).toEqual([]);
    await screenshotBoth(page, "media-picture");
    expect(errors).toEqual([]);
  });

  it.skipIf(!hasFfmpeg())(
    "marks a time range on a video's scrubber, seeks to a moment, and from its transcript's lines and their search hits",
    async () => {
      const { page, errors } = await web.newPage();
      await signInByApi(page, web.url, "editor", PASSWORD);
      await page.goto(`${web.url}/sources/${media.mp4}`);
      const scrubber = page.getByTestId("scrubber");
      await scrubber.waitFor();
      await page.getByRole("button", { name: "Mark a time range" }).click();
      await scrubber.focus();
      for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowRight");
      await page.getByRole("button", { name: "Mark start here" }).click();
      await scrubber.focus();
      for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowRight");
      await page.getByRole("button", { name: "Mark end here" }).click();
      await expect
        .poll(() => page.getByTestId("marked-range").textContent())
        .toBe("0:01.0 – 0:02.0");
      await fileStatement(page, "a man points at the hill");
      await expect.poll(() => page.locator("a.moment").count()).toBe(1);
      // Back to the start, then open the moment from its mark: the player seeks to it.
      await scrubber.focus();
      await page.keyboard.press("Home");
      await expect.poll(() => page.getByTestId("clock").textContent()).toMatch(/^0:00\.0/);
      await page.locator("a.moment").click();
      await expect
        .poll(() => page.evaluate(() => document.querySelector("video")?.currentTime))
        .toBeCloseTo(1, 1);
      // The transcript beside the player: a line seeks the player and is marked as playing.
      const lines = page.getByTestId("transcript-line");
      await expect.poll(() => lines.count()).toBe(3);
      await lines.nth(2).focus();
      await page.keyboard.press("Enter");
      await expect
        .poll(() => page.evaluate(() => document.querySelector("video")?.currentTime))
        .toBeCloseTo(2.5, 1);
      await expect.poll(() => lines.nth(2).getAttribute("aria-current")).toBe("true");
      expect(await axeViolations(page)).toEqual([]);
      await screenshotBoth(page, "media-video");
      // Search finds a transcript's line; its hit opens the recording at the line's moment.
      await page.goto(`${web.url}/search?q=zarnitsa`);
      await expect.poll(() => page.getByTestId("hit-moment").textContent()).toContain("0:01.5");
      await page.getByTestId("hit").getByRole("link").first().click();
      await page.getByTestId("player").waitFor();
      await expect
        .poll(() => page.evaluate(() => document.querySelector("video")?.currentTime))
        .toBeCloseTo(1.5, 1);
      await expect.poll(() => lines.nth(1).getAttribute("aria-current")).toBe("true");
      expect(errors).toEqual([]);
    },
  );
});
