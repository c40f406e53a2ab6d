/**
 * Provenance and grades on the figures page in a real browser: each claim's basis and chain to
 * its origin, values that rest on one origin said plainly, a reviewer's grade in the table and on
 * the chart, and the filter by grade; and the provenance fields of the review form.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CHROMIUM, screenshotBoth, signInByApi } from "../support/browser.js";
import { webApp } from "../support/web-app.js";

const WAIT = { timeout: 15_000 };
const PASSWORD = "a reviewer's passphrase";
const NOTE = "Field note, 4 March. Officials said 40 people were killed in the village.";

describe.skipIf(!CHROMIUM)("web: provenance and grades", () => {
  const web = webApp({
    accounts: [{ username: "reviewer", role: "reviewer", password: PASSWORD }],
  });
  let page: Page;
  const api = async <T>(path: string, body?: object): Promise<T> => {
    const response = await fetch(`${web.url}${path}`, {
      method: body ? "POST" : "GET",
      headers: { authorization: `Bearer ${web.token()}`, "content-type": "application/json" },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };

  it("shows each claim's basis and chain, one-origin values, grades and the grade filter", async () => {
    const killed = await api<{
      claims: { claimId: string; sourceId: string; min: number | null }[];
    }>("/api/cases/khojaly-1992/figures?measure=killed");
    const graded = killed.claims.find((c) => c.min === 613);
    if (!graded) throw new Error("expected a 613 claim");
    await api(`/api/sources/${graded.sourceId}/grades`, { grade: "B", reason: "e2e" });
    await api(`/api/claims/${graded.claimId}/grades`, { grade: "2", reason: "e2e" });

    ({ page } = await web.newPage());
    await page.goto(`${web.url}/cases/khojaly-1992/figures/killed`);
    await page.getByTestId("detail-table-h").locator("summary").click(WAIT);
    await page.getByTestId("provenance").first().waitFor(WAIT);
    const table = (await page.locator(".figure-table").textContent()) ?? "";
    expect(table).toContain("official statistics");
    expect(table).toContain("origin: Official Azerbaijani casualty statistics");
    expect(table).toContain("ungraded");
    await expect
      .poll(() => page.getByTestId("value-origins").textContent())
      .toMatch(/613: \d+ claims, one origin only \(Official Azerbaijani casualty statistics\)/);
    await expect
      .poll(() => page.locator(`#row-${graded.claimId} [data-testid=grades]`).textContent())
      .toBe("B2");
    await expect.poll(() => page.locator(".grade-mark").allTextContents()).toContain("B2");
    await screenshotBoth(page, "figures-killed-provenance");

    await page.getByTestId("grade-filter").selectOption("B");
    const shown = () => page.locator(".figure-table tbody tr").count();
    await expect
      .poll(async () => (await shown()) > 0 && (await shown()) < killed.claims.length, WAIT)
      .toBe(true);
    // Every row left carries the grade it was filtered by (polled: the table re-renders).
    const grades = () =>
      page.locator(".figure-table tbody tr [data-testid=grades]").allTextContents();
    await expect
      .poll(async () => {
        const g = await grades();
        return g.length > 0 && g.length === (await shown()) && g.every((x) => x.startsWith("B"));
      }, WAIT)
      .toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get("reliability")).toBe("B");
  });

  it("lets a reviewer set basis and derivedFrom from the review form", async () => {
    const form = new FormData();
    form.set("file", new Blob([NOTE], { type: "text/plain" }), "field-note.txt");
    form.set("access", "public");
    form.set("extract", "true");
    const upload = await fetch(`${web.url}/api/sources`, {
      method: "POST",
      headers: { authorization: `Bearer ${web.token()}` },
      body: form,
    });
    expect(upload.status, await upload.clone().text()).toBeLessThan(300);
    ({ page } = await web.newPage());
    await signInByApi(page, web.url, "reviewer", PASSWORD);
    await page.goto(`${web.url}/review`);
    const item = page.getByTestId("review-item").filter({ hasText: "40" }).first();
    await item.waitFor(WAIT);
    await item.getByRole("button", { name: /Correct/ }).click();
    const editor = item.locator("form.provenance-form");
    await editor.locator("input[name=derivedFrom]").fill("claimant:Village officials");
    await editor.getByRole("button", { name: "Save provenance" }).click();
    await expect
      .poll(() => editor.getByRole("status").textContent(), WAIT)
      .toMatch(/Saved as version 2/);
    const id = await item.getAttribute("data-claim-id");
    // The basis is set with the correction, in the same version as its other changes.
    const correct = item.locator("form[aria-label='Correct the claim']");
    await correct.locator("select[name=basis]").selectOption("reported_speech");
    await correct.getByRole("button", { name: "Save correction" }).click();
    await expect
      .poll(async () => (await api<{ basis: string }>(`/api/claims/${id}`)).basis, WAIT)
      .toBe("reported_speech");
    const claim = await api<{ basis: string; derivedFrom: { kind: string; id: string } }>(
      `/api/claims/${id}`,
    );
    expect(claim).toMatchObject({
      basis: "reported_speech",
      derivedFrom: { kind: "claimant", id: "Village officials" },
    });
  });
});
