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
/** A promise's outcome as a boolean, for polling an action until it succeeds. */
const SETTLED = [() => true, () => false] as const;

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

interface ProposedClaim {
  id: string;
  kind: string;
}

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

  /**
   * What a test needs before it starts, added through the API as the operator (the upload form
   * itself is tested once): the report — with a line of its own, so its bytes are new whichever
   * tests ran before — as a public press source of the case, and its proposed claims.
   */
  async function addReport(
    own: string,
    details: Record<string, string> = {},
  ): Promise<{ sourceId: string; claims: ProposedClaim[] }> {
    const auth = { authorization: `Bearer ${web.token()}` };
    const form = new FormData();
    const fields = {
      title: "THE EXAMPLE HERALD",
      organisation: "The Example Herald",
      published: "1992-03-02",
      language: "en",
      kind: "press",
      affiliation: "press",
      access: "public",
      caseId: "khojaly-1992",
      ...details,
    };
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append("file", new Blob([`${REPORT}\n${own}\n`]), `herald-${own.length}.txt`);
    const added = await fetch(`${web.url}/api/sources`, {
      method: "POST",
      headers: auth,
      body: form,
    });
    expect(added.status, await added.clone().text()).toBe(201);
    const { source } = (await added.json()) as { source: { id: string } };
    const listed = await fetch(`${web.url}/api/claims?source=${source.id}&status=proposed`, {
      headers: auth,
    });
    const { items } = (await listed.json()) as { items: ProposedClaim[] };
    return { sourceId: source.id, claims: items };
  }

  /** Decides a claim through the API as the operator. */
  async function review(claimId: string, body: Record<string, unknown>): Promise<void> {
    const answer = await fetch(`${web.url}/api/claims/${claimId}/review`, {
      method: "POST",
      headers: { authorization: `Bearer ${web.token()}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(answer.status, await answer.clone().text()).toBe(200);
  }

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
    await expect
      .poll(() => page.getByTestId("signed-in-as").textContent())
      .toBe("Signed in as reviewer (reviewer)");
    await page.getByTestId("review-count").waitFor();
  });

  it("uploads two files at once, each with its details checked, and shows what was proposed from each", async () => {
    ({ page, errors } = await web.newPage());
    await signInByApi(page, web.url, "reviewer", PASSWORD);
    await page.goto(`${web.url}/add`);
    await page.locator("select[name=kind]").selectOption("press");
    // Restricted is preselected; publishing is a deliberate choice.
    await expect.poll(() => page.locator("select[name=access]").inputValue()).toBe("restricted");
    await expect.poll(() => page.getByTestId("access-who").textContent()).toMatch(/signed-in/);
    await page.locator("select[name=access]").selectOption("public");
    await page
      .locator("input[type=file]")
      .setInputFiles([
        join(files.path, "herald-1992-03-02.txt"),
        join(files.path, "field-note.txt"),
      ]);
    // Each file's details are read first and shown for checking; nothing is added yet.
    await expect.poll(() => page.getByTestId("upload-check").count(), WAIT).toBe(2);
    const herald = page.getByTestId("upload").filter({ hasText: "herald-1992-03-02.txt" });
    await expect
      .poll(() => herald.locator("input[name=title]").inputValue())
      .toBe("THE EXAMPLE HERALD");
    await expect
      .poll(() => herald.locator("input[name=published]").inputValue())
      .toBe("1992-03-02");
    await expect.poll(() => herald.locator("input[name=language]").inputValue()).toBe("en");
    await expect.poll(() => herald.getByTestId("detected-published").textContent()).toMatch(/text/);
    await herald.locator("input[name=organisation]").fill("The Example Herald");
    await herald.locator("select[name=affiliation]").selectOption("press");
    await herald.locator("select[name=caseId]").selectOption("khojaly-1992");
    // A date the server refuses: its complaint appears under the date field.
    await herald.locator("input[name=published]").fill("2 March 1992");
    await herald.getByRole("button", { name: /Add this file \(public\)/ }).click();
    const dateError = herald.locator("[id$='-published-error']");
    await dateError.waitFor(WAIT);
    const dateBox = await herald.locator("input[name=published]").boundingBox();
    const errorBox = await dateError.boundingBox();
    if (!dateBox || !errorBox) throw new Error("the date field or its error is not shown");
    expect(Math.abs(errorBox.y - (dateBox.y + dateBox.height))).toBeLessThan(40);
    await screenshotBoth(page, "add-sources-check");
    errors.splice(0); // the refused date's 400 is the point of this step
    await herald.locator("input[name=published]").fill("1992-03-02");
    await herald.getByRole("button", { name: /Add this file/ }).click();
    const note = page.getByTestId("upload").filter({ hasText: "field-note.txt" });
    await note.getByRole("button", { name: /Add this file/ }).click();
    await expect.poll(() => page.getByTestId("upload-result").count(), WAIT).toBe(2);
    const added = /Added .*[1-9]\d* claims proposed/;
    await expect
      .poll(() => page.getByTestId("upload-result").allTextContents())
      .toEqual([expect.stringMatching(added), expect.stringMatching(added)]);
    await screenshotBoth(page, "add-sources");
    await page.getByTestId("upload-result").first().getByRole("link").first().click();
    await page.waitForURL(/\/sources\//);
    await page.locator(".claim.claim-proposed").first().waitFor();
    await expect.poll(() => page.locator(".claim.kind-figure").count()).toBeGreaterThan(0);
    await screenshotBoth(page, "source-reader-proposed");
  });

  it("counts a confirmed figure of a source added to the case in the case's figures at once", async () => {
    await addReport("Evening edition.", { title: "THE EXAMPLE HERALD, evening edition" });
    ({ page, errors } = await web.newPage());
    await signInByApi(page, web.url, "reviewer", PASSWORD);
    await page.goto(`${web.url}/review`);
    const item = page
      .getByTestId("review-item")
      .filter({ hasText: "THE EXAMPLE HERALD, evening edition" })
      .filter({ hasText: "450" })
      .first();
    await item.waitFor(WAIT);
    const claimId = await item.getAttribute("data-claim-id");
    await item.getByRole("button", { name: /^Confirm/ }).click();
    await expect
      .poll(() => page.getByTestId("review-status").textContent(), WAIT)
      .toMatch(/^Confirmed/);
    const row = await page.evaluate(async (id) => {
      const figures = (await (await fetch("/api/cases/khojaly-1992/figures")).json()) as {
        claims: { claimId: string; publisher: string; published: string }[];
      }[];
      return figures.flatMap((m) => m.claims).find((c) => c.claimId === id) ?? null;
    }, claimId);
    expect(row).toMatchObject({ publisher: "The Example Herald", published: "1992-03-02" });
    await page.goto(`${web.url}/cases/khojaly-1992/figures/killed`);
    await expect
      .poll(() => page.locator("main").textContent(), WAIT)
      .toContain("The Example Herald");
    await screenshotBoth(page, "figures-after-upload");
  });

  it("confirms with the keyboard, refuses a reasonless rejection, confirms a selection in bulk", async () => {
    const { claims } = await addReport("Morning edition.");
    expect(claims.length).toBeGreaterThan(4);
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
    await expect.poll(() => page.getByTestId("review-item").count()).toBe(before - 1);
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
    await expect.poll(() => page.getByTestId("review-item").count()).toBe(before - 3);
    // A correction: say whom a figure counts, give a reason, save.
    const figure = page
      .getByTestId("review-item")
      .filter({ has: page.locator(".kind-figure") })
      .first();
    await figure.getByRole("button", { name: /Correct/ }).click();
    const form = page.locator("form[aria-label='Correct the claim']");
    // Closed vocabularies are selects offering exactly the core model's codes.
    await expect
      .poll(() => form.locator("select[name=measure] option").count())
      .toBe(MEASURES.length);
    await expect.poll(() => form.locator("select[name=unit] option").count()).toBe(UNITS.length);
    await expect.poll(() => form.locator("select[name=hedge] option").count()).toBe(HEDGES.length);
    await form.locator("select[name=subgroup]").selectOption("civilians");
    // A new claimant without a name: the server's refusal appears under the name field.
    await form.locator("select[name=claimant]").selectOption("new");
    await form.getByRole("button", { name: "Save correction" }).click();
    const nameError = form.locator("[id='error-claimant.name']");
    await nameError.waitFor(WAIT);
    await expect.poll(() => nameError.textContent()).toMatch(/name/);
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
    await expect.poll(() => page.getByTestId("review-item").count()).toBe(before - 4);
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
    const { claims } = await addReport("Late edition.");
    const [confirmed, corrected] = claims.filter((c) => c.kind === "figure");
    if (!confirmed || !corrected) throw new Error("the report proposed fewer than two figures");
    await review(confirmed.id, { action: "confirm" });
    await review(corrected.id, {
      action: "correct",
      fields: { subgroup: "civilians" },
      reason: "checked against the original",
    });
    ({ page, errors } = await web.newPage());
    await page.goto(web.url);
    await page.getByTestId("activity").waitFor();
    const activity = page.getByTestId("activity");
    await expect.poll(() => activity.textContent(), WAIT).toContain("Claim corrected");
    await expect.poll(() => activity.textContent()).toContain("Claim confirmed");
    await expect.poll(() => activity.textContent()).toContain("THE EXAMPLE HERALD");
    await page.getByTestId("range-killed").waitFor();
    await screenshotBoth(page, "overview-after-review");
    // An entry about a claim names the claim (its figure and quote), not only its source.
    await expect
      .poll(() => activity.locator("a[href*='/claims/']").first().textContent())
      .toMatch(/“/);
    await activity.locator("a[href*='/claims/']").first().click();
    await page.waitForURL(/\/sources\/[^#]+#claim-/);
    await page.getByTestId("claim-panel").locator(".history li").nth(1).waitFor();
    await expect
      .poll(() => page.getByTestId("claim-panel").textContent())
      .toMatch(/confirmed|corrected/);
  });

  it("edits a source's details by version, shows its history with its claims' changes, and filters the activity on its own page", async () => {
    ({ page, errors } = await web.newPage());
    await signInByApi(page, web.url, "reviewer", PASSWORD);
    const { page: other, errors: otherErrors } = await web.newPage();
    await signInByApi(other, web.url, "reviewer", PASSWORD);
    // Its own report, four of whose claims are confirmed: a history with its claims' changes and
    // four reviews in the activity, whichever tests ran before.
    const { sourceId: herald, claims } = await addReport("Weekend edition.");
    expect(claims.length).toBeGreaterThan(3);
    for (const claim of claims.slice(0, 4)) await review(claim.id, { action: "confirm" });
    for (const p of [page, other]) {
      await p.goto(`${web.url}/sources/${herald}`);
      await p.getByRole("button", { name: "Edit these details" }).click();
      await p.getByTestId("source-edit").waitFor();
    }
    // Someone else saves first: this form's save is refused, not written over theirs.
    await other.locator("[data-testid=source-edit] input[name=language]").fill("en-GB");
    await other.getByRole("button", { name: "Save as a new version" }).click();
    await other.getByTestId("source-edit").waitFor({ state: "detached", ...WAIT });
    const form = page.getByTestId("source-edit");
    await form.locator("input[name=title]").fill("The Example Herald, 2 March 1992");
    await form.locator("input[name=reason]").fill("title as printed");
    await form.getByRole("button", { name: "Save as a new version" }).click();
    await page.getByTestId("edit-conflict").waitFor(WAIT);
    await screenshotBoth(page, "source-edit-conflict");
    errors.splice(0); // the stale version's 409 is the point of this step
    await page.getByRole("button", { name: "Reload the source" }).click();
    // At once, no waiting: the form stays open but disabled until the version saved meanwhile is
    // in, then is made anew from it, so this quick edit is not sent on the stale version.
    await form.locator("input[name=published]").fill("soon");
    await expect.poll(() => form.locator("input[name=language]").inputValue()).toBe("en-GB");
    await form.getByRole("button", { name: "Save as a new version" }).click();
    await form.locator("[id='edit-published-error']").waitFor(WAIT);
    errors.splice(0); // the refused date's 400 is the point of this step
    await form.locator("input[name=published]").fill("1992-03-02");
    await form.locator("input[name=title]").fill("The Example Herald, 2 March 1992");
    await form.locator("input[name=reason]").fill("title as printed");
    await form.getByRole("button", { name: "Save as a new version" }).click();
    await form.waitFor({ state: "detached", ...WAIT });
    // Edit again at once: the button waits for the version just saved, so no 409 follows.
    await page.getByRole("button", { name: "Edit these details" }).click();
    await form.locator("input[name=reason]").fill("checked twice");
    await expect
      .poll(() => form.locator("input[name=title]").inputValue())
      .toBe("The Example Herald, 2 March 1992");
    await form.getByRole("button", { name: "Save as a new version" }).click();
    await form.waitFor({ state: "detached", ...WAIT });
    const history = page.getByTestId("versions");
    await expect
      .poll(() => history.textContent(), WAIT)
      .toContain("title: THE EXAMPLE HERALD → The Example Herald, 2 March 1992");
    await expect.poll(() => history.textContent()).toContain("language: en → en-GB");
    await expect.poll(() => history.textContent()).toMatch(/status: proposed → confirmed/);
    // The list is drawn anew when the saved version's details arrive: scroll once it holds still.
    const titleChange = history.locator("li", { hasText: "title:" }).first();
    await expect
      .poll(() => titleChange.scrollIntoViewIfNeeded({ timeout: 2_000 }).then(...SETTLED), WAIT)
      .toBe(true);
    await screenshotBoth(page, "source-history");

    await page.goto(`${web.url}/activity`);
    await page.getByTestId("activity-log").waitFor(WAIT);
    await page.locator("select[name=action]").selectOption("claim.review");
    // The filtered answer replaces the unfiltered list: wait for it, not for any count.
    const reviews = async () => {
      const items = await page.getByTestId("activity-log").locator("li").allTextContents();
      return items.length > 3 && items.every((e) => /Claim (confirmed|corrected|rejected)/.test(e));
    };
    await expect.poll(reviews, WAIT).toBe(true);
    await expect
      .poll(() => page.getByTestId("activity-count").textContent(), WAIT)
      .toMatch(/of \d+$/);
    const entries = await page.getByTestId("activity-log").locator("li").allTextContents();
    expect(entries.length).toBeGreaterThan(3);
    for (const e of entries) expect(e).toMatch(/Claim (confirmed|corrected|rejected)/);
    await expect.poll(() => page.url()).toContain("action=claim.review");
    await page.locator("input[name=actor]").fill("nobody");
    await page.locator("input[name=actor]").press("Enter");
    await page.getByText("No activity matches these filters.").waitFor(WAIT);
    await page.goto(`${web.url}/activity?action=source.edit`);
    await page.getByTestId("activity-log").waitFor(WAIT);
    await expect
      .poll(() => page.getByTestId("activity-log").textContent())
      .toContain("title as printed");
    await screenshotBoth(page, "activity");
    expect(otherErrors).toEqual([]);
  }, 180_000);

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
      await page.getByRole("button", { name: /Add this file/ }).click({ timeout: 30_000 });
      const result = page.getByTestId("upload-result");
      await result.waitFor({ timeout: 60_000 });
      await expect
        .poll(() => result.textContent())
        .toMatch(/Split into \d+ parts; \d+ claims proposed/);
      await result.getByRole("link").first().click();
      await page.locator(".parts li").first().waitFor();
      await expect.poll(() => page.locator(".parts li").count()).toBeGreaterThan(10);
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
      await expect
        .poll(() => result.textContent())
        .toMatch(
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
      await expect.poll(() => details.getByRole("link", { name: "Download" }).count()).toBe(3);
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
