/**
 * The sources list and reader in a real browser, on the Khojaly case and its corpus; and the
 * media viewer on a picture and a video made by the test: zoom and pan, regions drawn by mouse
 * and by keyboard and filed as claims, a time range marked on the scrubber and filed, a moment
 * opened from its mark seeking the player. Claims filed on a region or a moment and confirmed
 * appear where their kind goes — a figure among the case's figures, a place on its map, a time in
 * its chronology — each citation leading back to the region or moment; a photo's GPS is a
 * proposed point on the map for those who may see the photo only. A transcript pasted on the
 * recording's page is attached, its problems shown at their fields.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../support/axe.js";
import { CHROMIUM, screenshotBoth, signInByApi } from "../support/browser.js";
import { EN } from "../support/catalogues.js";
import { jsonOf, runCasefile } from "../support/cli-process.js";
import { HAS_CORPUS } from "../support/corpus.js";
import { drawnPng, hasFfmpeg, jpegWithExif, testMp4 } from "../support/media-files.js";
import { KHOJALY, webApp } from "../support/web-app.js";

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

const SRT = [
  "1",
  "00:00:00,000 --> 00:00:01,200",
  "Smoke rises over the houses.",
  "",
  "2",
  "00:00:01,200 --> 00:00:02,400",
  "A second voice counts the wounded.",
  "",
].join("\n");

/** Files a claim of a kind through the viewer's form (fields by name); returns its id. */
async function fileClaim(
  page: Page,
  kind: string,
  fields: Readonly<Record<string, string>>,
): Promise<string> {
  const form = page.getByRole("form", { name: "File a claim on this" });
  if (kind !== "statement") await form.getByLabel("Kind of claim").selectOption(kind);
  for (const [name, value] of Object.entries(fields)) {
    const input = form.locator(`#correct-${name}`);
    if ((await input.evaluate((e) => e.tagName)) === "SELECT") await input.selectOption(value);
    else await input.fill(value);
  }
  await form.getByLabel("Name of the new claimant").fill("The photographer");
  const before = page.url();
  await form.getByRole("button", { name: "File the claim" }).click();
  // The new claim is opened: the address names it (and not the claim opened before).
  await page.waitForURL((u) => u.hash.startsWith("#claim-") && u.href !== before);
  await form.waitFor({ state: "detached" });
  return new URL(page.url()).hash.slice("#claim-".length);
}

const fileStatement = (page: Page, summary: string) => fileClaim(page, "statement", { summary });

/** Draws a rectangle on the picture's stage between two points given as fractions of its box. */
async function drawRectangle(
  page: Page,
  [x0, y0]: readonly [number, number],
  [x1, y1]: readonly [number, number],
): Promise<void> {
  // The box is read after the tool is chosen: choosing it may scroll the page.
  await page.getByRole("button", { name: "Draw a rectangle" }).click();
  const stage = page.getByTestId("image-stage");
  await stage.scrollIntoViewIfNeeded();
  const box = await stage.boundingBox();
  if (!box) throw new Error("no stage");
  const at = (x: number, y: number) =>
    page.mouse.move(box.x + box.width * x, box.y + box.height * y);
  await at(x0, y0);
  await page.mouse.down();
  await at((x0 + x1) / 2, (y0 + y1) / 2);
  await at(x1, y1);
  await page.mouse.up();
}

describe.skipIf(!CHROMIUM)("web: sources", () => {
  const media: Record<string, string> = {};
  const web = webApp({
    // The case, so that claims filed here reach its figures, map and chronology.
    store: HAS_CORPUS ? "case" : "case-without-corpus",
    accounts: [{ username: "editor", role: "editor", password: PASSWORD }],
    prepare: async (env) => {
      const dir = env.CASEFILE_DATA ?? "";
      const files = ["street.png", "gps.jpg", ...(hasFfmpeg() ? ["clip.mp4"] : [])];
      writeFileSync(join(dir, "street.png"), drawnPng(5, 320, 240));
      // A photo taken in Khojaly by its EXIF (restricted, as uploads are by default).
      writeFileSync(
        join(dir, "gps.jpg"),
        jpegWithExif(9, {
          make: "TestCam",
          model: "One",
          dateTimeOriginal: "1992:02:27 10:15:00",
          offsetTimeOriginal: "+04:00",
          lat: 39.9112,
          lon: 46.7894,
        }),
      );
      if (hasFfmpeg()) writeFileSync(join(dir, "clip.mp4"), testMp4());
      const run = await runCasefile(
        ["ingest", ...files.map((f) => join(dir, f)), "--case", KHOJALY, "--json"],
        env,
        { timeoutMs: 240_000 },
      );
      if (run.code !== 0) throw new Error(run.stderr);
      const out = jsonOf<{ files: { file: string; sourceId: string }[] }>(run).files;
      for (const f of out) media[f.file.slice(f.file.lastIndexOf(".") + 1)] = f.sourceId;
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
  /** Confirms claims over the API as the operator (the reviewer's step is tested elsewhere). */
  const confirm = async (ids: string[]) => {
    const res = await fetch(`${web.url}/api/claims/confirm`, {
      method: "POST",
      headers: { authorization: `Bearer ${web.token()}`, "content-type": "application/json" },
      body: JSON.stringify({ ids }),
    });
    expect(res.status).toBe(200);
  };
  it.skipIf(!HAS_CORPUS)(
    "lists the case's analyses and opens one at a citable passage",
    async () => {
      const { page, errors } = await web.newPage();
      // The case's two analyses (the article and the compilation's first part), read from the corpus.
      await page.goto(`${web.url}/sources?kind=analysis`);
      await expect
        .poll(() => page.locator("table.sources-table tbody tr").count(), { timeout: 15_000 })
        .toBe(2);
      await screenshotBoth(page, "sources");
      await page.locator("table.sources-table a").first().click();
      await page.waitForSelector(".passage");
      await expect.poll(() => page.locator(".passage").count()).toBeGreaterThan(5);
      await expect.poll(() => page.locator(".hash").textContent()).toMatch(/^[0-9a-f]{64}$/);
      await screenshotBoth(page, "source-reader");
      const url = new URL(page.url());
      await page.goto(`${url.origin}${url.pathname}#p-5`);
      await page.waitForSelector("#p-5");
      await expect.poll(() => page.locator("#p-5 .passage-anchor").textContent()).toBe("5");
      await page.goto(`${web.url}/sources/00000000-0000-0000-0000-000000000000`);
      await page.waitForSelector("[role=alert]");
      errors.splice(0); // the 404 of the deliberately missing source is expected
      await page.goto(`${web.url}/sources?kind=analysis`);
      await expect
        .poll(() => page.locator("table.sources-table tbody tr").count(), { timeout: 15_000 })
        .toBe(2);
      expect(errors).toEqual([]);
    },
  );

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
    await drawRectangle(page, [0.25, 0.25], [0.5, 0.5]);
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
    await expect.poll(() => axeViolations(page)).toEqual([]);
    await screenshotBoth(page, "media-picture");

    // A figure on one region and a place on another (clear of the two above), confirmed, go
    // where their kinds go.
    await drawRectangle(page, [0.6, 0.05], [0.8, 0.25]);
    const figure = await fileClaim(page, "figure", { min: "7", max: "7" });
    await drawRectangle(page, [0.05, 0.05], [0.2, 0.2]);
    const place = await fileClaim(page, "place", { name: "Xocalı" });
    await confirm([figure, place]);
    await page.goto(`${web.url}/cases/${KHOJALY}/figures/killed`);
    // The table of every claim of the measure, one click away, names the figure with its link.
    const figureLink = page.locator(`a.value-link[href$="#claim-${figure}"]`);
    const table = page.locator("details.figures-detail", { has: figureLink });
    await table.locator("summary").click();
    await figureLink.waitFor();
    await figureLink.scrollIntoViewIfNeeded();
    await screenshotBoth(page, "media-claim-figures");
    await figureLink.click();
    await page.getByTestId("image-stage").waitFor();
    await expect.poll(() => page.locator(".region.selected").count()).toBe(1);
    await expect
      .poll(() => page.locator(`#claim-${figure}`).textContent())
      .toContain("rectangle at 192, 12");

    await page.goto(`${web.url}/cases/${KHOJALY}/map`);
    const claimed = page.getByTestId("claimed-places");
    await claimed.waitFor();
    await expect.poll(() => claimed.locator("tbody tr").count()).toBe(2);
    await expect.poll(() => page.getByTestId("claimed-mark").count()).toBe(2);
    // The photo's GPS, proposed (metadata is evidence, not fact), and the place filed by name.
    await expect.poll(() => claimed.textContent()).toContain("39.91120, 46.78940");
    await expect
      .poll(() => claimed.locator(`#claimed-${place}`).textContent())
      .toContain("confirmed");
    await expect.poll(() => axeViolations(page)).toEqual([]);
    await screenshotBoth(page, "media-claim-map");
    await claimed.locator(`#claimed-${place} a`).click();
    await page.getByTestId("image-stage").waitFor();
    await expect.poll(() => page.locator(".region.selected").count()).toBe(1);
    // An anonymous reader may not see the restricted photos: no position of theirs is shown.
    const anonymous = await web.newPage();
    await anonymous.page.goto(`${web.url}/cases/${KHOJALY}/map`);
    await anonymous.page.getByTestId("case-map").waitFor();
    await expect.poll(() => anonymous.page.getByTestId("claimed-mark").count()).toBe(0);
    await expect.poll(() => anonymous.page.getByTestId("claimed-places").count()).toBe(0);
    expect(errors).toEqual([]);
  }, 180_000);

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
      await expect.poll(() => axeViolations(page)).toEqual([]);
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

      // A time filed on a moment and confirmed is an entry of the case's chronology, whose
      // citation opens the recording at that moment.
      await page.getByRole("button", { name: "Mark a time range" }).click();
      await scrubber.focus();
      await page.keyboard.press("Home");
      for (let i = 0; i < 30; i++) await page.keyboard.press("ArrowRight");
      await page.getByRole("button", { name: "Mark start here" }).click();
      await scrubber.focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
      await page.getByRole("button", { name: "Mark end here" }).click();
      const time = await fileClaim(page, "time", {
        startIso: "1992-02-25T23:30",
        precision: "minute",
      });
      await confirm([time]);
      await page.goto(`${web.url}/cases/${KHOJALY}/timeline`);
      const entry = page.locator(`#event-claim-${time}`);
      await expect.poll(() => entry.textContent()).toContain("Stated in “clip.mp4”");
      await expect.poll(() => entry.textContent()).toContain("0:03.0–0:03.5");
      await entry.scrollIntoViewIfNeeded();
      await screenshotBoth(page, "media-claim-timeline");
      await entry.locator(`a[href$="#claim-${time}"]`).click();
      await page.getByTestId("player").waitFor();
      await expect
        .poll(() => page.evaluate(() => document.querySelector("video")?.currentTime))
        .toBeCloseTo(3, 1);

      // A transcript attached from the recording's page: each problem at its field, then kept.
      const attach = page.getByRole("form", { name: "Attach a transcript" });
      const pasted = attach.getByLabel("Or paste its text");
      const submit = attach.getByRole("button", { name: "Attach the transcript" });
      await pasted.fill("WEBVTT\n\n00:01.000 -> 00:02.000\nWords\n");
      await submit.click();
      await expect.poll(() => attach.locator("#error-text").textContent()).toContain("line 3");
      await pasted.fill(SRT);
      await attach.getByLabel("Language of the transcript").fill("Azeri!");
      await submit.click();
      await expect
        .poll(() => attach.locator("#error-language").textContent())
        .toContain(EN["term.problem.transcripts.language"].replace("{value}", "Azeri!"));
      await expect.poll(() => attach.locator("#error-text").count()).toBe(0);
      errors.splice(0); // the two refusals above are answered 400 on purpose
      await attach.getByLabel("Language of the transcript").fill("en");
      await submit.click();
      await expect
        .poll(() => page.getByTestId("transcript-attached").textContent())
        .toBe("2 lines attached.");
      await expect.poll(() => lines.first().textContent()).toContain("Smoke rises");
      await expect.poll(() => axeViolations(page)).toEqual([]);
      // The form in view rather than the claim the address names.
      await page.evaluate(() => history.replaceState(null, "", window.location.pathname));
      await attach.scrollIntoViewIfNeeded();
      await screenshotBoth(page, "media-transcript-attached");
      expect(errors).toEqual([]);
    },
    180_000,
  );
});
