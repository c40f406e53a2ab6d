/**
 * The legal matrix in a real browser on the Khojaly case: elements in order with evidence for and
 * against, gaps, filters by crime and polarity, a cell that opens its passage, and keyboard review
 * of the proposed links (only a signed-in person confirms).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CHROMIUM, screenshotBoth, signInByApi } from "../support/browser.js";
import { runCasefile } from "../support/cli-process.js";
import { webApp } from "../support/web-app.js";

const WAIT = { timeout: 30_000 };
const CASE = "khojaly-1992";
const PASSWORD = "a lawyer's passphrase";

describe.skipIf(!CHROMIUM)("web: the legal matrix", () => {
  const web = webApp({
    accounts: [{ username: "lawyer", role: "reviewer", password: PASSWORD }],
    // Propose the case's links first: the server then starts on a ready store.
    prepare: async (env) => {
      const proposed = await runCasefile(["evidence", "propose", CASE], env);
      if (proposed.code !== 0) throw new Error(proposed.stderr);
    },
  });
  let page: Page;

  const matrixUrl = (query = "crime=cah-murder") => `${web.url}/cases/${CASE}/matrix?${query}`;

  it("shows each element with proposals awaiting review and every element a gap for a reader", async () => {
    ({ page } = await web.newPage());
    await page.goto(matrixUrl());
    const rows = page.getByTestId("matrix-table").locator("tbody tr");
    await rows.first().waitFor(WAIT);
    await expect.poll(() => rows.count()).toBe(3);
    await expect
      .poll(() => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-gap"))))
      .toEqual(["no_evidence", "no_evidence", "no_evidence"]);
    const proposed = rows.first().getByTestId("cell-supports").locator("li[data-status=proposed]");
    await expect.poll(() => proposed.count()).toBeGreaterThan(10);
    await expect.poll(() => page.getByTestId("propose-links").count()).toBe(0);
    await expect.poll(() => page.getByTestId("link-queue").count()).toBe(0);
    await screenshotBoth(page, "matrix-reader");
    // A cell opens the passage: the claim page with its source.
    await proposed.first().getByRole("link").click();
    await page.waitForURL(/\/claims\/[0-9a-f-]{36}$/, WAIT);
  });

  it("reviews proposed links from the keyboard; a confirmed link closes the no-evidence gap", async () => {
    ({ page } = await web.newPage());
    await signInByApi(page, web.url, "lawyer", PASSWORD);
    await page.goto(matrixUrl("crime=wc-niac-hostages"));
    const queue = page.getByTestId("link-queue").locator("li");
    await queue.first().waitFor(WAIT);
    // Why each was proposed is the rule's reason in the reader's words, not the stored English.
    await expect
      .poll(() => queue.first().textContent())
      .toContain("A count of persons taken hostage goes to seizing or holding hostages.");
    const before = await queue.count();
    await page.keyboard.press("c");
    await page.getByTestId("link-review-status").filter({ hasText: "Confirmed" }).waitFor(WAIT);
    await page.locator("tr[data-element-id=wc-niac-hostages-1][data-gap=one_origin]").waitFor(WAIT);
    await page.waitForFunction(
      (n) => document.querySelectorAll("[data-testid=link-queue] li").length === n - 1,
      before,
      WAIT,
    );
    // Rejecting needs a reason: without one the reason field takes the focus.
    await page.keyboard.press("r");
    await page.getByTestId("link-review-status").filter({ hasText: "reason" }).waitFor(WAIT);
    await page.locator("input[name=reason]").fill("a partial count of one cell");
    await page.locator("h1").click();
    await page.keyboard.press("j");
    await page.keyboard.press("r");
    await page.getByTestId("link-review-status").filter({ hasText: "Rejected" }).waitFor(WAIT);
    await screenshotBoth(page, "matrix-review");
    await page.goto(`${web.url}/ru/cases/${CASE}/matrix?crime=wc-niac-hostages`);
    await queue.first().waitFor(WAIT);
    await expect
      .poll(() => queue.first().textContent())
      .toContain("Число взятых в заложники относится");
  });

  it("filters by crime, element and polarity", async () => {
    ({ page } = await web.newPage());
    await page.goto(matrixUrl("crime=genocide-killing"));
    await page.getByTestId("matrix-table").waitFor(WAIT);
    await expect
      .poll(() => page.getByTestId("matrix-table").locator("caption").textContent())
      .toContain("Rome Statute art. 6(a)");
    await page.locator("select[name=element]").selectOption("gen-specific-intent");
    await page.locator("tr[data-element-id=gen-specific-intent]").waitFor(WAIT);
    await page.waitForFunction(
      () => document.querySelectorAll("[data-testid=matrix-table] tbody tr").length === 1,
      undefined,
      WAIT,
    );
    await page.locator("select[name=polarity]").selectOption("supports");
    await page.waitForURL(/polarity=supports/, WAIT);
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll("[data-testid=cell-context]")].every(
          (td) => td.textContent === "—",
        ),
      undefined,
      WAIT,
    );
    await page.locator("select[name=crime]").selectOption("arsiwa-direction-control");
    await page.waitForURL(/crime=arsiwa-direction-control/, WAIT);
    await page.getByText("ILC Articles on State Responsibility art. 8").waitFor(WAIT);
  });
});
