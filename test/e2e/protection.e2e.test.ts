/**
 * One Khojaly witness protected with the CLI, against a server process: the name is in no
 * anonymous page (in Chromium), API answer, search result or brief, in any of its spellings; a
 * signed-in reviewer of the case's group still sees it, and on the person's page protects and
 * unprotects them and records and withdraws a consent (errors beside their fields; no axe
 * violation); the panel is not shown to anyone else.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "../support/axe.js";
import { CHROMIUM, screenshotBoth, signInByApi } from "../support/browser.js";
import { addAccount, runCasefile } from "../support/cli-process.js";
import { HAS_CORPUS } from "../support/corpus.js";
import { KHOJALY as CASE, webApp } from "../support/web-app.js";

const WAIT = { timeout: 20_000 };
const WITNESS = "Valeh Sahib Huseynov";
const SPELLINGS = /Huseynov|Hüseynov|Huseinov|Guseynov|Гусейнов|Валех|Valeh Sahib/i;
const PASSWORD = "a reviewer's passphrase";

describe.skipIf(!CHROMIUM || !HAS_CORPUS)("web and API: a protected witness", () => {
  let pseudonym = "";
  let sourceId = "";
  const web = webApp({
    // Protected with the store held by nobody; then the server serves what it holds.
    async prepare(env) {
      await addAccount(env, "alice", "reviewer", PASSWORD);
      await addAccount(env, "bob", "reviewer", PASSWORD);
      for (const args of [
        ["group", "add", "khojaly-team"],
        ["group", "join", "khojaly-team", "alice"],
        ["access", "grant", CASE, "group:khojaly-team", "--case"],
      ]) {
        const done = await runCasefile(args, env);
        if (done.code !== 0) throw new Error(`${args.join(" ")}: ${done.stderr}`);
      }
      const protect = await runCasefile(["people", "protect", WITNESS, "--case", CASE], env);
      expect(protect.stderr).toBe("");
      pseudonym = protect.stdout.trim();
      expect(pseudonym).toMatch(/^Person [0-9A-F]{6}$/);
    },
  });
  const env = web.env;
  let page: Page;
  let errors: string[] = [];

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${web.url}${path}`, { headers });
    return { status: response.status, body: await response.text() };
  };

  it("leaves the name out of every anonymous API answer, search result and brief", async () => {
    const paths = [
      `/api/cases/${CASE}`,
      `/api/cases/${CASE}/figures`,
      `/api/cases/${CASE}/figure-cards`,
      `/api/cases/${CASE}/timeline`,
      `/api/cases/${CASE}/people`,
      `/api/cases/${CASE}/matrix`,
      `/api/cases/${CASE}/claimant-names?lang=az`,
      `/api/cases/${CASE}/claimant-names?lang=ru`,
      `/api/activity?limit=100`,
      `/api/claims?case=${CASE}&limit=1000`,
      `/api/sources?limit=500`,
      "/api/search?q=hostage&limit=100",
      "/api/search?q=Khojaly%20fled&limit=100",
      `/api/cases/${CASE}/report?format=html`,
      `/api/cases/${CASE}/report?format=md`,
      // The overview's page carries its data (server/first-view-data.ts).
      `/az/cases/${CASE}`,
      `/ru/cases/${CASE}`,
    ];
    for (const q of [WITNESS, "Гусейнов", "Hüseynov", "huseynov"]) {
      const found = await get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(JSON.parse(found.body)).toMatchObject({ total: 0, hits: [] });
      const titled = await get(`/api/sources?q=${encodeURIComponent(q)}`);
      expect(JSON.parse(titled.body)).toMatchObject({ total: 0 });
    }
    const sources = JSON.parse((await get("/api/sources?limit=500")).body) as {
      items: { id: string; parentId: string | null }[];
    };
    for (const s of sources.items) paths.push(`/api/sources/${s.id}`, `/api/sources/${s.id}/text`);
    let masked = 0;
    for (const path of paths) {
      const { status, body } = await get(path);
      expect(status, path).toBe(200);
      const hit = SPELLINGS.exec(body);
      expect(
        hit ? body.slice(Math.max(0, hit.index - 100), hit.index + 40) : null,
        path,
      ).toBeNull();
      if (body.includes("█")) masked++;
    }
    expect(masked).toBeGreaterThan(0);
    expect((await get(`/api/cases/${CASE}/people`)).body).toContain(pseudonym);
    // Whose testimony it is: the passage search finds it for the operator (the CLI, through the server).
    const operator = await runCasefile(["search", WITNESS, "--json"], env);
    sourceId = (JSON.parse(operator.stdout) as { sourceId: string }[])[0]?.sourceId as string;
    expect(sourceId).toBeTruthy();
  });

  it("shows no spelling of the name on the anonymous pages", async () => {
    for (const path of [
      `/cases/${CASE}`,
      `/cases/${CASE}/people`,
      `/sources/${sourceId}`,
      `/search?q=${encodeURIComponent("hostage Khojaly")}`,
      `/search?q=${encodeURIComponent(WITNESS)}`,
    ]) {
      ({ page, errors } = await web.newPage());
      await page.goto(`${web.url}${path}`);
      await page.waitForLoadState("networkidle");
      await expect
        .poll(async () => ((await page.locator("main").textContent()) ?? "").length, WAIT)
        .toBeGreaterThan(80);
      const text = (await page.locator("body").textContent()) ?? "";
      expect(text, path).not.toMatch(SPELLINGS);
      if (path.endsWith("/people")) {
        await expect
          .poll(async () => (await page.locator("body").textContent()) ?? "", WAIT)
          .toContain(pseudonym);
        await screenshotBoth(page, "people-protected");
      }
      if (path.startsWith("/sources/")) await screenshotBoth(page, "source-protected");
      await page.close();
    }
  });

  it("shows the name to a reviewer of the case's group, not to one outside it", async () => {
    ({ page, errors } = await web.newPage());
    await signInByApi(page, web.url, "alice", PASSWORD);
    await page.goto(`${web.url}/sources/${sourceId}`);
    await expect
      .poll(async () => (await page.locator("body").textContent()) ?? "", WAIT)
      .toMatch(/Huseynov/);
    await page.close();
    ({ page, errors } = await web.newPage());
    await signInByApi(page, web.url, "bob", PASSWORD);
    await page.goto(`${web.url}/sources/${sourceId}`);
    await page.waitForLoadState("networkidle");
    await expect
      .poll(async () => ((await page.locator("main").textContent()) ?? "").length, WAIT)
      .toBeGreaterThan(80);
    expect((await page.locator("body").textContent()) ?? "").not.toMatch(SPELLINGS);
  });

  it("lets a reviewer of the case's group protect and record consent on the person's page, and no one else", async () => {
    ({ page, errors } = await web.newPage());
    await signInByApi(page, web.url, "alice", PASSWORD);
    await page.goto(`${web.url}/cases/${CASE}/people`);
    await page
      .getByRole("link", { name: /Huseynov/ })
      .first()
      .click();
    const panel = page.getByTestId("protection");
    const state = page.getByTestId("protection-state");
    await expect.poll(async () => (await state.textContent()) ?? "", WAIT).toContain(pseudonym);
    const personUrl = page.url();
    // A consent without its day: the server's complaint stands beside the day's field.
    await panel.getByRole("button", { name: "Record the consent" }).click();
    const dayError = panel.locator("#error-consent-givenOn");
    await expect
      .poll(async () => (await dayError.textContent()) ?? "", WAIT)
      .toMatch(/givenOn|YYYY/);
    await expect
      .poll(() => panel.locator("input[name=consent-given-on]").getAttribute("aria-invalid"))
      .toBe("true");
    errors.splice(0); // the refused consent's 400 is the point of this step
    await panel.locator("select[name=consent-scope]").selectOption("memorial");
    await panel.locator("input[name=consent-given-on]").fill("2026-11-01");
    await panel.getByRole("button", { name: "Record the consent" }).click();
    const consent = panel.getByTestId("consent");
    await expect
      .poll(async () => (await consent.textContent()) ?? "", WAIT)
      .toMatch(/memorial, given on 2026-11-01, recorded by alice/);
    await expect.poll(() => axeViolations(page)).toEqual([]);
    await screenshotBoth(page, "person-protection");
    await consent.getByRole("button", { name: "Withdraw" }).click();
    await expect
      .poll(async () => (await consent.textContent()) ?? "", WAIT)
      .toMatch(/withdrawn on .* by alice/);
    // Unprotected, the name is public; protected again, the pseudonym is the one it had.
    await panel.getByRole("button", { name: "Stop protecting" }).click();
    await expect.poll(async () => (await state.textContent()) ?? "", WAIT).toMatch(/Not protected/);
    // Unprotected but without consent to publication in force, the public still gets no name.
    expect((await get(`/api/cases/${CASE}/people`)).body).not.toMatch(SPELLINGS);
    await panel.locator("input[name=protection-reason]").fill("at his request, again");
    await panel.getByRole("button", { name: "Protect" }).click();
    await expect.poll(async () => (await state.textContent()) ?? "", WAIT).toContain(pseudonym);
    expect((await get(`/api/cases/${CASE}/people`)).body).not.toMatch(SPELLINGS);
    await page.close();
    // A reviewer outside the case's group, and an anonymous reader, get the page without the panel.
    for (const who of ["bob", null]) {
      ({ page, errors } = await web.newPage());
      if (who) await signInByApi(page, web.url, who, PASSWORD);
      await page.goto(personUrl);
      await page.waitForLoadState("networkidle");
      await page.locator("h1").first().waitFor(WAIT);
      await expect
        .poll(() => page.getByTestId("protection").count(), { message: String(who) })
        .toBe(0);
      errors.splice(0); // bob's refused request for the register (403) is the point
      await page.close();
    }
  });
});
