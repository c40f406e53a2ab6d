/**
 * Every view in Azerbaijani, Russian and English in one browser against one server: the page
 * names its language, the interface speaks it, axe-core (WCAG 2.0–2.2 A and AA rules, injected
 * from node_modules) finds nothing, and a screenshot of each is saved. Then the language switch
 * (remembered, carried by the address) and one walk by keyboard alone: overview → figure →
 * passage → review.
 */

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect } from "vitest";
import { axeViolations } from "../support/axe.js";
import { CHROMIUM, SCREENSHOT_DIR, signInByApi, watchErrors } from "../support/browser.js";
import { AZ as az, EN as en, RU as ru } from "../support/catalogues.js";
import { addAccount, runCasefile } from "../support/cli-process.js";
import { itWithCorpus } from "../support/corpus.js";
import { webApp } from "../support/web-app.js";

const WAIT = { timeout: 20_000 };
const CASE = "/cases/khojaly-1992";
const LANGS = { az, ru, en } as const;
const SHOTS = join(SCREENSHOT_DIR, "languages");

/** Waits until the view's data is shown: the network is quiet and no "Loading…" is left. */
async function settled(page: Page): Promise<void> {
  await page.locator("h1").first().waitFor(WAIT);
  await page.waitForLoadState("networkidle", WAIT);
  const loading = Object.values(LANGS).map((c) => c["state.loading"]);
  await page.waitForFunction(
    (texts) =>
      ![...document.querySelectorAll("main p.muted")].some((p) =>
        texts.includes(p.textContent ?? ""),
      ),
    loading,
    WAIT,
  );
}

describe.skipIf(!CHROMIUM)("web: three languages, accessible", () => {
  const web = webApp({
    // The administrator keeps the case's persons register (its group is granted the case), so the
    // person page shows its protection panel; the memorial is published, so its page has a list.
    prepare: async (env) => {
      await addAccount(env, "admin", "admin", "an administrator's passphrase");
      for (const args of [
        ["group", "add", "khojaly-team"],
        ["group", "join", "khojaly-team", "admin"],
        ["access", "grant", "khojaly-1992", "group:khojaly-team", "--case"],
        ["memorial", "publish", "--case", "khojaly-1992"],
      ]) {
        const done = await runCasefile(args, env);
        if (done.code !== 0) throw new Error(`${args.join(" ")}: ${done.stderr}`);
      }
    },
  });
  let views: [string, string][] = [];
  beforeAll(async () => {
    const claims = (await (
      await fetch(`${web.url}/api/claims?case=khojaly-1992&limit=1`)
    ).json()) as {
      items: { id: string; sourceId: string }[];
    };
    const claim = claims.items[0];
    if (!claim) throw new Error("the case has no claims");
    const [person] = (await (await fetch(`${web.url}/api/cases/khojaly-1992/people`)).json()) as {
      name: string;
    }[];
    if (!person) throw new Error("the case names no people");
    views = [
      ["overview", CASE],
      ["figures", `${CASE}/figures/killed`],
      ["timeline", `${CASE}/timeline`],
      ["map", `${CASE}/map`],
      ["recognition", `${CASE}/recognition`],
      ["people", `${CASE}/people`],
      ["person", `${CASE}/people/${encodeURIComponent(person.name)}`],
      ["chronicle", `${CASE}/chronicle`],
      ["memorial", `${CASE}/memorial`],
      ["claim", `/claims/${encodeURIComponent(claim.id)}`],
      ["activity", "/activity"],
      ["matrix", `${CASE}/matrix`],
      ["sources", "/sources"],
      ["source", `/sources/${encodeURIComponent(claim.sourceId)}#claim-${claim.id}`],
      ["search", `/search?q=${encodeURIComponent("Xocalı")}`],
      ["review", "/review"],
      ["add", "/add"],
      ["registry", "/registry"],
      ["jobs", "/jobs"],
      ["sign-in", "/sign-in"],
      ["not-found", "/no-such-page"],
    ];
    mkdirSync(SHOTS, { recursive: true });
  });

  itWithCorpus(
    "every view in az, ru and en: its language, its words, no axe violation",
    async () => {
      const context = await web.browser.newContext({
        viewport: { width: 1280, height: 900 },
        bypassCSP: true,
      });
      const page = await context.newPage();
      await signInByApi(page, web.url, "admin", "an administrator's passphrase");
      const errors = watchErrors(page);
      const found: string[] = [];
      for (const [lang, catalogue] of Object.entries(LANGS)) {
        for (const [name, path] of views) {
          await page.goto(`${web.url}/${lang}${path}`);
          await settled(page).catch((e: unknown) => {
            throw new Error(`${lang} ${name} did not finish loading: ${String(e)}`);
          });
          await expect
            .poll(() => page.evaluate(() => document.documentElement.lang), { message: name })
            .toBe(lang);
          // The navigation speaks the page's language (and so does everything keyed like it).
          await expect
            .poll(() => page.locator("header nav").first().getAttribute("aria-label"))
            .toBe(catalogue["nav.label"]);
          await expect
            .poll(() => page.locator(".skip-link").textContent())
            .toBe(catalogue["nav.skip"]);
          for (const v of await axeViolations(page)) found.push(`${lang} ${name}: ${v}`);
          await page.screenshot({ path: join(SHOTS, `${name}-${lang}.png`) });
        }
      }
      await context.close();
      expect(found).toEqual([]);
      expect(errors).toEqual([]);
    },
    600_000,
  );

  itWithCorpus(
    "the case in the reader's language: dates, plurals, places, the original a click away",
    async () => {
      const context = await web.browser.newContext({
        viewport: { width: 1280, height: 900 },
        bypassCSP: true,
      });
      const page = await context.newPage();
      const errors = watchErrors(page);
      // An address without a language opens in the browser's (English here) and names it.
      await page.goto(`${web.url}${CASE}`);
      await settled(page);
      await expect.poll(() => new URL(page.url()).pathname).toBe(`/en${CASE}`);
      await expect
        .poll(() => page.locator(".facts").textContent())
        .toContain("25–26 February 1992");

      await page.getByRole("link", { name: "Azərbaycanca" }).click();
      await page.waitForURL(`**/az${CASE}`, WAIT);
      await settled(page);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("az");
      await expect.poll(() => page.locator("h1").textContent()).toBe("Xocalı, 25–26 fevral 1992");
      await expect.poll(() => page.locator(".facts").textContent()).toContain("25–26 fevral 1992");
      await expect.poll(() => page.locator(".facts").textContent()).toContain("Naxçıvanlı");
      await expect
        .poll(() => page.locator(".measure-cards").textContent())
        .toMatch(/\d+ müstəqil mənşə/);
      // The case's own summary in Azerbaijani, the English original behind "show the original".
      const summary = page.locator(".summary");
      await expect.poll(() => summary.locator("> p").textContent()).toContain("Xocalı");
      await summary.locator("summary").click();
      await expect.poll(() => summary.locator("p[lang=en]").textContent()).toContain("Khojaly");

      // Remembered: an address without a language now opens in Azerbaijani.
      await page.goto(`${web.url}${CASE}/timeline`);
      await settled(page);
      await expect.poll(() => new URL(page.url()).pathname).toBe(`/az${CASE}/timeline`);
      await expect.poll(() => page.locator(".event-what").first().textContent()).toMatch(/[əğış]/);
      await page.goto(`${web.url}/az${CASE}/map`);
      await settled(page);
      await expect.poll(() => page.locator(".routes li").first().textContent()).toMatch(/Ağdam/);

      // A shared Russian address opens in Russian, with Russian plural forms and dates.
      await page.goto(`${web.url}/ru${CASE}`);
      await settled(page);
      await expect.poll(() => page.locator(".facts").textContent()).toContain("25–26 февраля 1992");
      const cards = (await page.locator(".measure-cards").textContent()) ?? "";
      expect(cards).toMatch(/\d+ независим(ый|ых) первоисточник(а|ов)?/);
      expect(cards).toMatch(/\d+ утвержд(ение|ения|ений)/);
      await page.goto(`${web.url}/ru${CASE}/people`);
      await settled(page);
      // Names the sources spell in Latin are written in Cyrillic, the spelling kept beside them;
      // words about an unnamed person are not a name and are never transliterated.
      const people = (await page.locator("tbody").textContent()) ?? "";
      expect(people).toContain("Адила Али Наджафова");
      expect(people).not.toContain("Френч");
      // Words about an unnamed person are translated in the case data, the original beside them.
      expect(people).toContain(
        "Французский фотограф, которого цитирует BBC (имя не названо) (A French photographer quoted by the BBC (unnamed))",
      );
      await page
        .getByRole("link", { name: /Французский фотограф/ })
        .first()
        .click();
      await page.locator("h1", { hasText: "Французский фотограф" }).waitFor(WAIT);
      // So are the claimants of the figures, in the table and among the origins.
      await page.goto(`${web.url}/az${CASE}/figures/killed`);
      // The names arrive by their own request after the table is drawn: wait for them (the table
      // sits in a closed disclosure, so it is attached, not visible).
      await page
        .locator(".figure-table", { hasText: "Azərbaycanın rəsmi itki statistikası" })
        .waitFor({ ...WAIT, state: "attached" });

      // Countries in the reader's language (Azerbaijani from the generated CLDR table), and the
      // law's crimes, elements and article references in Russian.
      await page.goto(`${web.url}/az${CASE}/recognition`);
      await settled(page);
      await expect
        .poll(() => page.getByTestId("recognition-table").textContent())
        .toContain("Amerika Birləşmiş Ştatları");
      await page.goto(`${web.url}/ru${CASE}/matrix`);
      await settled(page);
      const caption =
        (await page.locator("[data-testid=matrix-table] caption").textContent()) ?? "";
      expect(caption).toContain("Убийство как преступление против человечности");
      expect(caption).toContain("Римский статут, ст. 7(1)(a)");
      await expect
        .poll(() => page.getByTestId("matrix-table").textContent())
        .toContain("Исполнитель причинил смерть");
      expect(errors).toEqual([]);

      // Days are typed as the page's language writes them, not as the browser's locale would:
      // day.month.year in Azerbaijani and Russian, with the form said beside the field.
      await page.goto(`${web.url}/az/activity`);
      await settled(page);
      const from = page.locator("input[name=from]");
      const fromHint = await from.getAttribute("aria-describedby");
      await expect
        .poll(() => page.locator(`[id="${fromHint}"]`).textContent())
        .toBe(az["day.hint.dmy"]);
      await from.fill("26.02.1992");
      await page.waitForURL(/[?&]from=1992-02-26/, WAIT);
      const to = page.locator("input[name=to]");
      await to.fill("30.02.1992");
      await to.press("Tab");
      await expect.poll(() => to.getAttribute("aria-invalid")).toBe("true");
      await expect
        .poll(() => page.getByRole("alert").textContent())
        .toBe(az["day.invalid"].replace("{text}", "30.02.1992"));
      expect(new URL(page.url()).searchParams.get("to")).toBeNull();
      await expect.poll(() => axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SHOTS, "activity-days-az.png") });
      await page.goto(`${web.url}/ru/activity?from=1992-02-26`);
      await settled(page);
      await expect.poll(() => page.locator("input[name=from]").inputValue()).toBe("26.02.1992");
      await page.locator("input[name=to]").fill("27.2.1992");
      await page.waitForURL(/[?&]to=1992-02-27/, WAIT);
      await expect.poll(() => axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SHOTS, "activity-days-ru.png") });
      expect(errors).toEqual([]);

      // The server's refusal in the reader's words, chosen by its code: a wrong password in
      // Azerbaijani, a name over the schema's limit in Russian (the browser logs both refusals).
      for (const [lang, username, code] of [
        ["az", "admin", "sign-in.wrong-password"],
        ["ru", "x".repeat(64), "invalid-input.max-length"],
      ] as const) {
        await page.goto(`${web.url}/${lang}/sign-in`);
        await settled(page);
        await page.locator("input[name=username]").fill(username);
        await page.locator("input[name=password]").fill("not the passphrase");
        await page.locator("form button[type=submit]").click();
        const alert = (await page.getByRole("alert").textContent({ timeout: 20_000 })) ?? "";
        const words = LANGS[lang][`term.problem.${code}`].replace("{limit}", "63");
        expect(alert).toContain(words);
      }

      await context.close();
      expect(errors).toEqual([
        "console: Failed to load resource: the server responded with a status of 401 (Unauthorized)",
        "console: Failed to load resource: the server responded with a status of 400 (Bad Request)",
      ]);
    },
    180_000,
  );

  itWithCorpus(
    "one keyboard-only walk: overview → figure → passage → review",
    async () => {
      const context = await web.browser.newContext({
        viewport: { width: 1280, height: 900 },
        bypassCSP: true,
      });
      const page = await context.newPage();
      const errors = watchErrors(page);
      const focused = () =>
        page.evaluate(() => {
          const el = document.activeElement;
          return {
            text: el?.textContent?.trim() ?? "",
            label: el?.getAttribute("aria-label") ?? "",
            cls: el?.getAttribute("class") ?? "",
            href: el?.getAttribute("href") ?? "",
          };
        });
      const tabTo = async (match: (f: Awaited<ReturnType<typeof focused>>) => boolean) => {
        for (let i = 0; i < 300; i++) {
          await page.keyboard.press("Tab");
          if (match(await focused())) return;
        }
        throw new Error("Tab never reached the element");
      };
      await page.goto(`${web.url}/en${CASE}`);
      await settled(page);
      // Overview → the killed figures, by keyboard.
      await tabTo((f) => f.href.endsWith("/figures/killed") && f.cls.includes("measure-link"));
      await page.keyboard.press("Enter");
      await page.waitForURL("**/figures/killed", WAIT);
      await settled(page);
      // The chart is one Tab stop; arrows move between its marks; Enter opens the passage.
      await tabTo((f) => f.cls === "mark");
      const first = (await focused()).label;
      await page.keyboard.press("ArrowRight");
      const second = await focused();
      expect(second.cls).toBe("mark");
      expect(second.label).not.toBe(first);
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/sources\/[^#]+#claim-/, WAIT);
      await settled(page);
      await page.locator(".claim.selected").first().waitFor(WAIT);
      await page.getByTestId("claim-panel").waitFor(WAIT);
      // The passage → the review queue, through the navigation, by keyboard.
      await page.keyboard.press("Home");
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await tabTo((f) => f.href === "/en/review");
      await page.keyboard.press("Enter");
      await page.waitForURL("**/en/review", WAIT);
      // The previous view stays until the review view's chunk has arrived.
      await page.locator("h1", { hasText: en["review.title"] }).waitFor(WAIT);
      await settled(page);
      // Focus is visible wherever it lands: an outline is drawn on the focused link.
      await page.keyboard.press("Tab");
      const outline = await page.evaluate(() => {
        const el = document.activeElement;
        return el ? getComputedStyle(el).outlineStyle : "none";
      });
      expect(outline).not.toBe("none");
      await context.close();
      expect(errors).toEqual([]);
    },
    180_000,
  );
});
