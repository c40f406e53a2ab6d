/**
 * Four eyes end to end, against a server process: the operator turns it on with the CLI, one
 * reviewer's confirmation over the API leaves a claim awaiting, the same reviewer is refused a
 * second time (over the API and in the browser), and a second reviewer confirms it in the queue;
 * a legal evidence link confirmed once waits, marked and first, in the matrix's review list.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CHROMIUM, screenshotBoth } from "../support/browser.js";
import { AZ as az } from "../support/catalogues.js";
import { runCasefile } from "../support/cli-process.js";
import { webApp } from "../support/web-app.js";

const WAIT = { timeout: 15_000 };
const CASE = "khojaly-1992";
const PASSWORD = "a reviewer's passphrase";

interface MatrixView {
  crimes: {
    rows: Record<
      "supports" | "contradicts" | "context",
      { linkId: string; status: string; rule: string | null; rationale: string }[]
    >[];
  }[];
}

interface ClaimView {
  id: string;
  text: string | null;
  status: string;
  reviewedBy: string | null;
}

/** Signs the page's context in and returns the CSRF token its writes must carry. */
async function signIn(page: Page, url: string, username: string): Promise<string> {
  const response = await page.request.post(`${url}/api/session`, {
    data: { username, password: PASSWORD },
  });
  if (!response.ok()) throw new Error(`sign-in as ${username}: ${response.status()}`);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

describe.skipIf(!CHROMIUM)("web and API: a second reviewer's confirmation", () => {
  const web = webApp({
    accounts: [
      { username: "alice", role: "reviewer", password: PASSWORD },
      { username: "bob", role: "reviewer", password: PASSWORD },
    ],
    // The case's legal evidence links, proposed before the server starts, for the matrix step.
    prepare: async (env) => {
      const proposed = await runCasefile(["evidence", "propose", CASE], env);
      if (proposed.code !== 0) throw new Error(proposed.stderr);
    },
  });
  let page: Page;
  let errors: string[] = [];
  let claim: ClaimView;

  it("is turned on by the operator's CLI through the running server", async () => {
    const on = await runCasefile(
      ["case", "four-eyes", CASE, "on", "--reason", "team rule"],
      web.env,
    );
    expect(on.stderr).toBe("");
    expect(on.stdout).toBe(`${CASE}: four eyes on (a second reviewer must confirm)\n`);
    const read = await fetch(`${web.url}/api/cases/${CASE}/four-eyes`);
    expect(await read.json()).toEqual({ caseId: CASE, fourEyes: true });
  });

  it("leaves a first confirmation awaiting and refuses the same reviewer over the API", async () => {
    ({ page, errors } = await web.newPage());
    const csrf = await signIn(page, web.url, "alice");
    const refused = await page.request.put(`${web.url}/api/cases/${CASE}/four-eyes`, {
      data: { fourEyes: false },
      headers: { "x-csrf-token": csrf },
    });
    expect(refused.status()).toBe(403);
    const list = await page.request.get(
      `${web.url}/api/claims?case=${CASE}&status=confirmed&measure=killed&limit=1`,
    );
    const first = ((await list.json()) as { items: ClaimView[] }).items[0];
    if (!first) throw new Error("the case has a confirmed killed figure");
    const review = (action: string) =>
      page.request.post(`${web.url}/api/claims/${first.id}/review`, {
        data: { action, fields: action === "correct" ? { notes: "re-read" } : undefined },
        headers: { "x-csrf-token": csrf },
      });
    const corrected = await review("correct");
    expect(corrected.status()).toBe(200);
    claim = (await corrected.json()) as ClaimView;
    expect(claim).toMatchObject({ status: "awaiting", reviewedBy: "alice" });
    const again = await review("confirm");
    expect(again.status()).toBe(403);
    expect(again.headers()["content-type"]).toContain("application/problem+json");
    expect(((await again.json()) as { detail: string }).detail).toMatch(
      /four eyes: you gave this claim its first confirmation/,
    );
    // The CLI's queue (through the running server) names who gave the first confirmation.
    const queue = await runCasefile(["claims", "list", "--status", "awaiting"], web.env);
    expect(queue.stdout).toContain(claim.id);
    expect(queue.stdout).toContain("[awaiting a second review; first confirmed by alice]");
    errors.splice(0); // the refused writes' 403s are the point of this step
  });

  it("shows alice's claim to bob as awaiting a second review, and bob confirms it", async () => {
    ({ page, errors } = await web.newPage());
    await signIn(page, web.url, "bob");
    await page.goto(`${web.url}/review`);
    await page.getByTestId("review-awaiting-count").waitFor(WAIT);
    await expect
      .poll(() => page.getByTestId("review-awaiting-count").textContent())
      .toBe("1 claims await a second reviewer");
    const item = page.locator(`[data-claim-id="${claim.id}"]`);
    await expect
      .poll(() => item.getByTestId("review-awaiting").textContent())
      .toBe("Awaiting a second review: first confirmed by alice");
    await screenshotBoth(page, "review-four-eyes");
    await item.getByRole("button", { name: /Confirm/ }).click();
    await expect
      .poll(() => page.getByTestId("review-status").textContent(), WAIT)
      // A claim of a case loaded without its corpus has no quoted text: it is named by its id.
      .toBe(`Confirmed “${claim.text ?? claim.id}”.`);
    const after = await page.request.get(`${web.url}/api/claims/${claim.id}`);
    expect(await after.json()).toMatchObject({ status: "confirmed", reviewedBy: "bob" });
  });

  it("tells the first reviewer in the queue why a second confirmation is not theirs", async () => {
    ({ page, errors } = await web.newPage());
    const csrf = await signIn(page, web.url, "alice");
    // A fresh first confirmation by alice, then alice tries to confirm it again in the browser.
    const reject = await page.request.post(`${web.url}/api/claims/${claim.id}/review`, {
      data: { action: "reject", reason: "to test the queue" },
      headers: { "x-csrf-token": csrf },
    });
    expect(reject.status()).toBe(200);
    const first = await page.request.post(`${web.url}/api/claims/${claim.id}/review`, {
      data: { action: "confirm" },
      headers: { "x-csrf-token": csrf },
    });
    expect(((await first.json()) as ClaimView).status).toBe("awaiting");
    await page.goto(`${web.url}/review`);
    const item = page.locator(`[data-claim-id="${claim.id}"]`);
    await item.waitFor(WAIT);
    await item.getByRole("button", { name: /Confirm/ }).click();
    await expect
      .poll(() => page.getByTestId("review-status").textContent(), WAIT)
      .toMatch(/Four eyes: you gave this its first confirmation/);
    await expect.poll(() => item.count()).toBe(1);
    errors.splice(0); // the refused confirmation's 403 is the point of this step
  });

  it("puts an evidence link confirmed once first in the matrix's list, marked, for bob to confirm", async () => {
    ({ page, errors } = await web.newPage());
    const aliceCsrf = await signIn(page, web.url, "alice");
    const matrix = await page.request.get(
      `${web.url}/api/cases/${CASE}/matrix?crime=wc-niac-hostages`,
    );
    const crimes = ((await matrix.json()) as MatrixView).crimes;
    const entries = crimes.flatMap((c) =>
      c.rows.flatMap((r) => [...r.supports, ...r.contradicts, ...r.context]),
    );
    const target = entries.filter((e) => e.status === "proposed").at(-1);
    if (!target) throw new Error("the reference case proposes no hostage-taking link");
    const first = await page.request.post(`${web.url}/api/evidence/${target.linkId}/review`, {
      data: { action: "confirm" },
      headers: { "x-csrf-token": aliceCsrf },
    });
    expect(((await first.json()) as { status: string }).status).toBe("awaiting");
    await page.context().clearCookies();

    await signIn(page, web.url, "bob");
    // In Azerbaijani the awaiting proposal gives its rule's reason in the reader's words; the
    // English text the proposer stored stays one click away.
    await page.goto(`${web.url}/az/cases/${CASE}/matrix?crime=wc-niac-hostages`);
    const azHead = page.getByTestId("link-queue").locator("li").first();
    await azHead.waitFor(WAIT);
    await expect.poll(() => azHead.getAttribute("data-link-id")).toBe(target.linkId);
    const ruleKey = `term.linkRule.${target.rule}` as keyof typeof az;
    await expect.poll(() => azHead.getByTestId("link-review-rule").textContent()).toBe(az[ruleKey]);
    await expect.poll(() => azHead.locator("details span[lang=en]").isVisible()).toBe(false);
    await azHead.locator("details summary").click();
    await expect
      .poll(() => azHead.locator("details span[lang=en]").textContent())
      .toBe(target.rationale);
    await screenshotBoth(page, "matrix-four-eyes-az");
    await page.goto(`${web.url}/en/cases/${CASE}/matrix?crime=wc-niac-hostages`);
    const head = page.getByTestId("link-queue").locator("li").first();
    await head.waitFor(WAIT);
    await expect.poll(() => head.getAttribute("data-link-id")).toBe(target.linkId);
    await expect
      .poll(() => head.getByTestId("link-review-awaiting").textContent())
      .toContain("Awaits a second reviewer");
    await page.keyboard.press("c");
    await page.getByTestId("link-review-status").filter({ hasText: "Confirmed" }).waitFor(WAIT);
    const after = await page.request.get(`${web.url}/api/evidence/${target.linkId}`);
    expect(await after.json()).toMatchObject({ status: "confirmed", reviewedBy: "bob" });
  });
});
