/**
 * The operator's side in a real browser: sign in with a password, upload files
 * and see the claims proposed, review them with the keyboard and in bulk, and find the decision
 * in the public activity on the overview.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HEDGES, MEASURES, UNITS } from "../../src/core/model/claim.js";
import { CHROMIUM, screenshotBoth, signInByApi } from "../support/browser.js";
import { type CaptureSite, startCaptureSite } from "../support/capture-site.js";
import { CORPUS_FILES, HAS_CORPUS, itWithCorpus } from "../support/corpus.js";
import { tempDir } from "../support/paths.js";
import { webApp } from "../support/web-app.js";

/** Network-bound expectations get time on a busy machine. */
const WAIT = { timeout: 15_000 };

const REPORT = `THE EXAMPLE HERALD
London, 2 March 1992

Refugees describe the flight from Khojaly
By A. Reporter

An Azerbaijani official in Agdam said on Sunday that at least 450 people had been killed near
Nakhchivanik and about 200 were wounded. Local officials said 150 people were missing and more
than 1,000 had been taken hostage.
`;
const NOTE = `Field note, 5 March 1992

A doctor in Agdam said 47 of the wounded had frostbite and that about 30 people were missing.
`;

describe.skipIf(!CHROMIUM)("web: sign-in, upload and review", () => {
  const PASSWORD = "a reviewer's passphrase";
  const web = webApp({
    accounts: [{ username: "reviewer", role: "reviewer", password: PASSWORD }],
    // The capture test's site runs on 127.0.0.1, which captures refuse unless told otherwise.
    env: { CASEFILE_CAPTURE_ALLOW_PRIVATE: "1" },
  });
  const files = tempDir("casefile-upload-");
  let page: Page;
  let errors: string[];
  beforeAll(() => {
    writeFileSync(join(files.path, "herald-1992-03-02.txt"), REPORT);
    writeFileSync(join(files.path, "field-note.txt"), NOTE);
    // The case's compilation with one line added: new bytes, so it is archived and split anew.
    if (HAS_CORPUS)
      writeFileSync(
        join(files.path, "compilation-copy.txt"),
        `${readFileSync(CORPUS_FILES[1] as string, "utf8")}\nA copy for the split test.\n`,
      );
  });
  afterAll(() => files.remove());

  it("explains that review needs sign-in, then signs in with a password", async () => {
    ({ page, errors } = await web.newPage());
    await page.goto(`${web.url}/review`);
    await page.getByTestId("review-signed-out").waitFor();
    await screenshotBoth(page, "review-signed-out");
    await page.getByTestId("review-signed-out").getByRole("link", { name: "Sign in" }).click();
    await page.locator("input[name=username]").fill("reviewer");
    await page.locator("input[name=password]").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").waitFor();
    errors.splice(0); // the refused password's 401 is the point of this step
    await page.locator("input[name=username]").fill("reviewer");
    await page.locator("input[name=password]").fill(PASSWORD);
    await screenshotBoth(page, "sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/review$/);
    expect(await page.getByTestId("signed-in-as").textContent()).toBe(
      "Signed in as reviewer (reviewer)",
    );
    await page.getByTestId("review-count").waitFor();
  });

  it("uploads two files at once and shows what was proposed from each", async () => {
    ({ page, errors } = await web.newPage());
    await signInByApi(page, web.url, "reviewer", PASSWORD);
    await page.goto(`${web.url}/add`);
    await page.locator("select[name=kind]").selectOption("press");
    await page
      .locator("input[type=file]")
      .setInputFiles([
        join(files.path, "herald-1992-03-02.txt"),
        join(files.path, "field-note.txt"),
      ]);
    await expect.poll(() => page.getByTestId("upload-result").count(), WAIT).toBe(2);
    const results = await page.getByTestId("upload-result").allTextContents();
    for (const r of results) expect(r).toMatch(/Added .*[1-9]\d* claims proposed/);
    await screenshotBoth(page, "add-sources");
    await page.getByTestId("upload-result").first().getByRole("link").first().click();
    await page.waitForURL(/\/sources\//);
    await page.locator(".claim.claim-proposed").first().waitFor();
    expect(await page.locator(".claim.kind-figure").count()).toBeGreaterThan(0);
    await screenshotBoth(page, "source-reader-proposed");
  });

  it("confirms with the keyboard, refuses a reasonless rejection, confirms a selection in bulk", async () => {
    ({ page, errors } = await web.newPage());
    await signInByApi(page, web.url, "reviewer", PASSWORD);
    await page.goto(`${web.url}/review`);
    await page.getByTestId("review-item").first().waitFor();
    const before = await page.getByTestId("review-item").count();
    expect(before).toBeGreaterThan(4);
    await page.getByRole("link", { name: "THE EXAMPLE HERALD" }).first().waitFor();
    await screenshotBoth(page, "review");
    await page.keyboard.press("j");
    await page.keyboard.press("k");
    const first =
      (await page.getByTestId("review-item").first().locator("mark").textContent()) ?? "";
    await page.keyboard.press("c");
    await expect
      .poll(() => page.getByTestId("review-status").textContent(), WAIT)
      .toBe(`Confirmed “${first}”.`);
    expect(await page.getByTestId("review-item").count()).toBe(before - 1);
    await page.keyboard.press("r");
    await expect
      .poll(() => page.getByTestId("review-status").textContent(), WAIT)
      .toContain("Give a reason");
    await page.locator("body").click({ position: { x: 5, y: 400 } });
    await page.keyboard.press("x");
    await page.keyboard.press("j");
    await page.keyboard.press("x");
    await page.getByRole("button", { name: "Confirm 2 selected" }).click();
    await expect
      .poll(() => page.getByTestId("review-status").textContent(), WAIT)
      .toBe("Confirmed 2 claims.");
    expect(await page.getByTestId("review-item").count()).toBe(before - 3);
    // A correction: say whom a figure counts, give a reason, save.
    const figure = page
      .getByTestId("review-item")
      .filter({ has: page.locator(".kind-figure") })
      .first();
    await figure.getByRole("button", { name: /Correct/ }).click();
    const form = page.locator("form[aria-label='Correct the claim']");
    // Closed vocabularies are selects offering exactly the core model's codes.
    expect(await form.locator("select[name=measure] option").count()).toBe(MEASURES.length);
    expect(await form.locator("select[name=unit] option").count()).toBe(UNITS.length);
    expect(await form.locator("select[name=hedge] option").count()).toBe(HEDGES.length);
    await form.locator("select[name=subgroup]").selectOption("civilians");
    // A new claimant without a name: the server's refusal appears under the name field.
    await form.locator("select[name=claimant]").selectOption("new");
    await form.getByRole("button", { name: "Save correction" }).click();
    const nameError = form.locator("[id='error-claimant.name']");
    await nameError.waitFor(WAIT);
    expect(await nameError.textContent()).toMatch(/name/);
    const nameBox = await form.locator("input[name=claimantName]").boundingBox();
    const errorBox = await nameError.boundingBox();
    if (!nameBox || !errorBox) throw new Error("the name field or its error is not shown");
    expect(Math.abs(errorBox.y - (nameBox.y + nameBox.height))).toBeLessThan(40);
    expect(errorBox.x).toBeCloseTo(nameBox.x, -1);
    await screenshotBoth(page, "review-correct-error");
    errors.splice(0); // the refused correction's 400 is the point of this step
    await form.locator("input[name=claimantName]").fill("Local officials");
    await form.locator("select[name=claimantRole]").selectOption("official");
    await form.locator("select[name=basis]").selectOption("reported_speech");
    await page.locator("input[name=reason]").fill("checked against the original");
    await screenshotBoth(page, "review-correct");
    const id = await figure.getAttribute("data-claim-id");
    await form.getByRole("button", { name: "Save correction" }).click();
    await expect
      .poll(() => page.getByTestId("review-status").textContent(), WAIT)
      .toMatch(/^Corrected/);
    expect(await page.getByTestId("review-item").count()).toBe(before - 4);
    const saved = await page.evaluate(async (claimId) => {
      const answer = await fetch(`/api/claims/${claimId}`);
      return answer.json();
    }, id);
    expect(saved).toMatchObject({
      fields: { subgroup: "civilians" },
      claimant: { name: "Local officials", role: "official", ref: null },
      basis: "reported_speech",
    });
  });

  it("shows the review in the activity on the overview", async () => {
    ({ page, errors } = await web.newPage());
    await page.goto(web.url);
    await page.getByTestId("activity").waitFor();
    const activity = page.getByTestId("activity");
    await expect.poll(() => activity.textContent(), WAIT).toContain("Claim corrected");
    expect(await activity.textContent()).toContain("Claim confirmed");
    expect(await activity.textContent()).toContain("THE EXAMPLE HERALD");
    await page.getByTestId("range-killed").waitFor();
    await screenshotBoth(page, "overview-after-review");
    await activity
      .locator("a[href*='/claims/']", { hasText: "THE EXAMPLE HERALD" })
      .first()
      .click();
    await page.waitForURL(/\/sources\/[^#]+#claim-/);
    await page.getByTestId("claim-panel").locator(".history li").nth(1).waitFor();
    expect(await page.getByTestId("claim-panel").textContent()).toMatch(/confirmed|corrected/);
  });

  itWithCorpus(
    "splits a compilation into its parts on upload and lists them in the reader",
    async () => {
      ({ page, errors } = await web.newPage());
      await signInByApi(page, web.url, "reviewer", PASSWORD);
      await page.goto(`${web.url}/add`);
      await page.locator("input[name=split]").check();
      await page
        .locator("input[type=file]")
        .setInputFiles(join(files.path, "compilation-copy.txt"));
      const result = page.getByTestId("upload-result");
      await result.waitFor({ timeout: 60_000 });
      expect(await result.textContent()).toMatch(/Split into \d+ parts; \d+ claims proposed/);
      await result.getByRole("link").first().click();
      await page.locator(".parts li").first().waitFor();
      expect(await page.locator(".parts li").count()).toBeGreaterThan(10);
      await screenshotBoth(page, "source-reader-compilation");
    },
  );

  it("captures a web page from the add page and shows the capture, its files and hashes on the page's source", async () => {
    const site: CaptureSite = await startCaptureSite();
    try {
      ({ page, errors } = await web.newPage());
      await signInByApi(page, web.url, "reviewer", PASSWORD);
      await page.goto(`${web.url}/add`);
      await page.locator("textarea[name=capture-urls]").fill(`${site.origin}/old`);
      await page.getByRole("button", { name: "Capture" }).click();
      const result = page.getByTestId("capture-result");
      await result.waitFor({ timeout: 120_000 });
      expect(await result.textContent()).toMatch(
        /Captured .*\/page\.html \(HTTP 200\); 2 media files kept as sources; WARC, screenshot and PDF kept\./,
      );
      await screenshotBoth(page, "add-capture");
      await result.getByRole("link").click();
      await page.waitForURL(/\/sources\//);
      const details = page.getByTestId("capture-details");
      await details.waitFor(WAIT);
      const text = (await details.textContent()) ?? "";
      expect(text).toContain(`${site.origin}/old`);
      expect(text).toContain(`${site.origin}/page.html`);
      expect(text).toContain("HTTP status200");
      for (const role of ["WARC (the HTTP exchanges)", "Screenshot", "PDF print", "Media file"])
        expect(text).toContain(role);
      expect(await details.getByRole("link", { name: "Download" }).count()).toBe(3);
      const shot = details.locator("img.capture-shot");
      await shot.scrollIntoViewIfNeeded();
      await expect
        .poll(() => shot.evaluate((img) => (img as HTMLImageElement).naturalWidth), WAIT)
        .toBeGreaterThan(0);
      await screenshotBoth(page, "source-capture");
    } finally {
      await site.close();
    }
  }, 240_000);
});
