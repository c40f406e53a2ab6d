/**
 * The victim registry in a real browser: signed out it explains why lists are hidden; signed in,
 * three CSV lists are uploaded (bad rows reported by line), linked, reviewed by keyboard and
 * button, and the capture histories and three estimates are shown side by side; a pair below
 * the threshold is listed on request, confirmed, unlinked and linked again by hand.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../support/axe.js";
import { CHROMIUM, screenshotBoth, signInByApi } from "../support/browser.js";
import { tempDir } from "../support/paths.js";
import { webApp } from "../support/web-app.js";
import { registryLists } from "./registry-lists.js";

/** Network-bound expectations get time on a busy machine. */
const WAIT = { timeout: 30_000 };

describe.skipIf(!CHROMIUM)("web: victim registry", () => {
  const PASSWORD = "a reviewer's passphrase";
  const web = webApp({
    store: "empty",
    accounts: [{ username: "reviewer", role: "reviewer", password: PASSWORD }],
  });
  const files = tempDir("casefile-lists-");
  const lists = registryLists();
  let page: Page;
  beforeAll(() => {
    for (const l of lists) writeFileSync(join(files.path, `${l.name}.csv`), l.csv);
  });
  afterAll(() => files.remove());

  it("explains that lists are restricted, then signs in and comes back", async () => {
    ({ page } = await web.newPage());
    await page.goto(`${web.url}/registry`);
    await page.getByTestId("registry-signed-out").waitFor();
    await expect
      .poll(() => page.getByTestId("registry-signed-out").textContent())
      .toContain("restricted");
    await page.getByText("No lists you may see.").waitFor();
    await screenshotBoth(page, "registry-signed-out");
    await page.getByTestId("registry-signed-out").getByRole("link", { name: "Sign in" }).click();
    await page.locator("input[name=username]").fill("reviewer");
    await page.locator("input[name=password]").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/registry$/);
    await page.getByRole("button", { name: "Upload list" }).waitFor();
  });

  it("uploads three lists with progress and reports the bad row by its line", async () => {
    ({ page } = await web.newPage());
    await signInByApi(page, web.url, "reviewer", PASSWORD);
    await page.goto(`${web.url}/registry`);
    for (const [k, l] of lists.entries()) {
      await page.locator("input[name=file]").setInputFiles(join(files.path, `${l.name}.csv`));
      await expect.poll(() => page.locator("input[name=name]").inputValue()).toBe(l.name);
      const preview = page.getByTestId("column-preview");
      await preview.waitFor(WAIT);
      if (k === 0) {
        // Natural Azerbaijani headings are detected; the numbering column is chosen as the id.
        const chosen = await preview
          .locator("select")
          .evaluateAll((selects) => selects.map((s) => (s as HTMLSelectElement).value));
        expect(chosen).toEqual(["", "surname", "given", "birth_year", "sex"]);
        await expect.poll(() => preview.locator("tbody tr").count()).toBe(5);
        await expect.poll(() => preview.textContent()).toContain("Ələkbərov");
        // Without a name column the import cannot start, and the preview says why.
        await preview.getByLabel("Field of the column “Soyadı”").selectOption("");
        await preview.getByLabel("Field of the column “Adı”").selectOption("");
        await page.getByTestId("column-preview-no-name").waitFor();
        await expect
          .poll(() => page.getByRole("button", { name: "Upload list" }).isDisabled())
          .toBe(true);
        // A field goes to one column only: choosing "surname" for Adı takes it from nowhere else.
        await preview.getByLabel("Field of the column “Soyadı”").selectOption("surname");
        await preview.getByLabel("Field of the column “Adı”").selectOption("given");
        await preview.getByLabel("Field of the column “Sıra”").selectOption("#id");
        await screenshotBoth(page, "registry-upload-preview");
        await expect.poll(() => axeViolations(page)).toEqual([]);
      }
      if (k === 1) await page.locator("select[name=access]").selectOption("public");
      await page.getByRole("button", { name: "Upload list" }).click();
      const result = page.getByTestId("registry-upload-result");
      await expect
        .poll(() => result.textContent(), WAIT)
        .toContain(`Imported ${l.records} records into “${l.name}”`);
      if (l.badLines.length)
        await expect
          .poll(() => page.getByTestId("registry-bad-rows").textContent())
          .toMatch(new RegExp(`^Line ${l.badLines[0]}: .*2 fields`));
    }
    await expect.poll(() => page.getByTestId("registry-list").count(), WAIT).toBe(3);
    const rows = async () => (await page.getByTestId("registry-list").allTextContents()).join(" ");
    await expect.poll(rows).toMatch(/district-register23.*restricted/);
    await expect.poll(rows).toMatch(/hospital-records22.*public/);
    // The access chosen for one upload does not carry over to the next.
    await expect.poll(rows).toMatch(/refugee-survey21.*restricted/);
    await page.getByRole("button", { name: "refugee-survey" }).click();
    const records = page.getByTestId("registry-records");
    await expect.poll(() => records.textContent(), WAIT).toContain("Алекперов");
    await screenshotBoth(page, "registry-lists");
    await records.getByRole("button", { name: "Next" }).click();
    await expect.poll(() => records.textContent(), WAIT).toContain("Records 11–20 of 21");
  });

  it("links the lists, confirms links by keyboard and rejects one with a reason", async () => {
    ({ page } = await web.newPage());
    await signInByApi(page, web.url, "reviewer", PASSWORD);
    await page.goto(`${web.url}/registry`);
    await page.getByRole("button", { name: "Run linkage" }).click();
    const run = page.getByTestId("registry-linkage-result");
    await expect.poll(() => run.textContent(), WAIT).toMatch(/Records66/);
    await expect.poll(() => page.getByTestId("link-item").count(), WAIT).toBeGreaterThan(5);
    const before = await page.getByTestId("link-item").count();
    await page.getByTestId("link-item").first().locator("table").waitFor();
    await screenshotBoth(page, "registry-linkage");
    // The proposed links themselves, as a reviewer scrolled to them sees them.
    await page.evaluate(() => history.replaceState(history.state, "", "#registry-links"));
    await screenshotBoth(page, "registry-links");
    await expect.poll(() => axeViolations(page)).toEqual([]);
    // List A stays on the left in every pair: the district register, imported first, whenever
    // a pair has one of its records; the hospital records before the refugee survey.
    const heads = await page
      .getByTestId("link-item")
      .evaluateAll((items) =>
        items.map((i) => [...i.querySelectorAll("thead th")].map((th) => th.textContent ?? "")),
      );
    const rank = (h: string) =>
      ["district-register", "hospital-records", "refugee-survey"].findIndex((n) => h.startsWith(n));
    for (const [, left = "", right = ""] of heads)
      expect(rank(left), `${left} | ${right}`).toBeLessThan(rank(right));
    // Probabilities as computed, not all rounded to 100%; each field says whether it agrees.
    const shown = await page.locator(".link-probability").allTextContents();
    expect(new Set(shown).size).toBeGreaterThan(1);
    expect(shown.some((p) => /: 100%/.test(p))).toBe(false);
    const agreements = await page
      .locator(".link-pair tbody tr")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-agreement")));
    expect(agreements).toContain("spelling");
    expect(
      agreements.every((a) => ["same", "spelling", "near", "differs", "one"].includes(a ?? "")),
    ).toBe(true);
    await page.locator("#registry-links").click();
    for (let i = 1; i <= 3; i++) {
      await page.keyboard.press("c");
      await expect.poll(() => page.getByTestId("link-item").count(), WAIT).toBe(before - i);
      await expect
        .poll(() => page.getByTestId("link-status").textContent())
        .toMatch(/^Confirmed the link/);
      // The counters follow each decision.
      await expect
        .poll(() => page.getByTestId("link-decided").textContent(), WAIT)
        .toBe(`Confirmed so far: ${i}; rejected: 0.`);
      await expect
        .poll(() => page.getByTestId("link-count").textContent(), WAIT)
        .toMatch(new RegExp(`^${before - i} proposed links`));
    }
    await page.keyboard.press("j");
    await page.keyboard.press("r");
    await expect
      .poll(() => page.getByTestId("link-status").textContent(), WAIT)
      .toBe("Give a reason to reject a link.");
    await page.locator("input[name=reason]").fill("different birth years in the originals");
    await page
      .getByTestId("link-item")
      .nth(1)
      .getByRole("button", { name: /Reject/ })
      .click();
    await expect.poll(() => page.getByTestId("link-item").count(), WAIT).toBe(before - 4);
    await expect
      .poll(() => page.getByTestId("link-status").textContent())
      .toMatch(/^Rejected the link/);
  });

  it("shows the capture histories and three estimates side by side", async () => {
    ({ page } = await web.newPage());
    await signInByApi(page, web.url, "reviewer", PASSWORD);
    await page.goto(`${web.url}/registry#registry-estimates`);
    await expect.poll(() => page.getByTestId("registry-estimate").count(), WAIT).toBe(3);
    await expect
      .poll(() => page.getByTestId("registry-histories-summary").textContent())
      .toMatch(/66 records, 3 confirmed links, 63 people/);
    await expect
      .poll(() => page.locator("[data-testid=registry-histories] tbody tr").count())
      .toBeGreaterThan(1);
    const methods = await page
      .getByTestId("registry-estimate")
      .evaluateAll((cards) => cards.map((c) => c.getAttribute("data-method")));
    expect(methods).toEqual(["loglinear", "dga", "lcmcr"]);
    for (const card of await page.getByTestId("registry-estimate").all())
      await expect.poll(() => card.textContent()).toMatch(/95% interval|No estimate/);
    // Each method is explained in plain words next to its result.
    await expect
      .poll(() => page.locator(".method-explained").allTextContents())
      .toEqual([
        expect.stringMatching(/simple models of how the lists depend/),
        expect.stringMatching(/averages their estimates/),
        expect.stringMatching(/hidden groups/),
      ]);
    await screenshotBoth(page, "registry-estimates");
    await expect.poll(() => axeViolations(page)).toEqual([]);
  });

  it("lists the candidates below the threshold, and confirms, unlinks and links by hand Həsənov 1975 / Гасанов 1976", async () => {
    ({ page } = await web.newPage());
    await signInByApi(page, web.url, "reviewer", PASSWORD);
    await page.goto(`${web.url}/registry#registry-links`);
    await page.getByTestId("link-count").waitFor(WAIT);
    await page.locator("select[name=link-view]").selectOption("candidate");
    await expect
      .poll(() => page.getByTestId("link-count").textContent(), WAIT)
      .toBe("1 candidate below the threshold");
    // The true pair the model is unsure of: no given name on one side, a year apart.
    const candidate = page.getByTestId("link-item");
    await candidate.getByTestId("link-below-threshold").waitFor();
    await expect
      .poll(() => candidate.locator(".link-probability").textContent())
      .toMatch(/: < 0\.1%/);
    const rows = await candidate.locator("tbody tr").evaluateAll((trs) =>
      trs.map((tr) =>
        [...tr.children]
          .map((c) => c.textContent ?? "")
          .slice(0, 3)
          .join("|"),
      ),
    );
    expect(rows).toEqual(
      expect.arrayContaining(["Surname|Həsənov|Гасанов", "Year of birth|1975|1976"]),
    );
    await expect
      .poll(() =>
        candidate
          .locator("tbody tr")
          .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-agreement"))),
      )
      .toEqual(expect.arrayContaining(["spelling", "near", "one"]));
    await screenshotBoth(page, "registry-candidates");
    await expect.poll(() => axeViolations(page)).toEqual([]);
    await candidate.getByRole("button", { name: /Confirm/ }).click();
    await expect
      .poll(() => page.getByTestId("link-status").textContent(), WAIT)
      .toBe("Confirmed the link of “Elnur Həsənov” and “Гасанов”.");

    // Among the confirmed links it is unlinked, with no reason needed.
    await page.locator("select[name=link-view]").selectOption("confirmed");
    const pair = page.getByTestId("link-item").filter({ hasText: "1975" });
    await expect.poll(() => pair.count(), WAIT).toBe(1);
    await pair.getByRole("button", { name: "Unlink" }).click();
    await expect
      .poll(() => page.getByTestId("link-status").textContent(), WAIT)
      .toBe("Unlinked “Elnur Həsənov” and “Гасанов”.");
    await expect.poll(() => pair.count(), WAIT).toBe(0);

    // Linked again by hand: the partner is found in the survey by the Latin spelling.
    const first = page.getByTestId("record-picker-a");
    await first.locator("select[name=a-list]").selectOption({ label: "district-register" });
    await first.locator("input[name=a-name]").fill("Həsənov");
    await first.getByRole("button", { name: "Find" }).click();
    await first.getByRole("radio", { name: /1975/ }).check(WAIT);
    const second = page.getByTestId("record-picker-b");
    await second.locator("select[name=b-list]").selectOption({ label: "refugee-survey" });
    await second.locator("input[name=b-name]").fill("Hasanov");
    await second.getByRole("button", { name: "Find" }).click();
    // Both Гасанов of the survey sound alike; the one born 1976 is his partner.
    await second.getByRole("radio", { name: /1976/ }).check(WAIT);
    await page.locator("input[name=manual-reason]").fill("same address in both originals");
    await page.evaluate(() => history.replaceState(history.state, "", "#registry-manual"));
    await screenshotBoth(page, "registry-manual-link");
    await expect.poll(() => axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Link the two records" }).click();
    await expect
      .poll(() => page.getByTestId("manual-status").textContent(), WAIT)
      .toBe("Linked “Elnur Həsənov” and “Гасанов” by hand.");
    // The link's history names every step, who took it and why.
    await expect.poll(() => pair.count(), WAIT).toBe(1);
    await pair.locator("summary").click();
    await expect
      .poll(() => pair.getByTestId("link-history").textContent(), WAIT)
      .toMatch(
        /found below the threshold.*confirmed — reviewer.*rejected or unlinked — reviewer.*confirmed — reviewer.*same address in both originals/s,
      );
    // The estimates are drawn again from the links as they now are: one more person on two lists.
    await expect
      .poll(() => page.getByTestId("registry-histories-summary").textContent(), WAIT)
      .toMatch(/66 records, 4 confirmed links, 62 people/);
  });

  it("shows a signed-out reader only the public list and no estimate from it alone", async () => {
    ({ page } = await web.newPage());
    await page.goto(`${web.url}/registry`);
    await page.getByTestId("registry-signed-out").waitFor();
    await expect.poll(() => page.getByTestId("registry-list").count(), WAIT).toBe(1);
    await expect
      .poll(() => page.getByTestId("registry-list").textContent())
      .toContain("hospital-records");
    await page.getByText("Estimates need at least two lists").waitFor();
    await expect.poll(() => page.getByRole("button", { name: "Upload list" }).count()).toBe(0);
    await expect.poll(() => page.getByTestId("link-item").count()).toBe(0);
  });
});
