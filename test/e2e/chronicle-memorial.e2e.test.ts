/**
 * The photo chronicle and the memorial in Chromium, in Azerbaijani, Russian and English: what an
 * anonymous reader sees (public entries only, lazily loaded thumbnails, one column on a phone),
 * axe-core finds nothing, and screenshots at desktop and phone width are saved to be looked at.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { axeViolations } from "../support/axe.js";
import { CHROMIUM, screenshotBoth, watchErrors } from "../support/browser.js";
import { jsonOf, runCasefile } from "../support/cli-process.js";
import { drawnPng } from "../support/media-files.js";
import {
  COUNCIL_CSV,
  HOSPITAL_CSV,
  HOSPITAL_MAP,
  RESTRICTED_CSV,
} from "../support/memorial-registry.js";
import { KHOJALY, webApp } from "../support/web-app.js";

const WAIT = { timeout: 20_000 };
const LANGS = ["az", "ru", "en"] as const;

/** A desktop page that may run axe (injected, so past the app's CSP); errors are checked at the end. */
async function readerPage(browser: Browser) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    bypassCSP: true,
  });
  const page = await context.newPage();
  return { page, errors: watchErrors(page), close: () => context.close() };
}

async function settled(page: Page): Promise<void> {
  await page.locator("h1").first().waitFor(WAIT);
  await page.waitForLoadState("networkidle", WAIT);
}

describe.skipIf(!CHROMIUM)("web: photo chronicle and memorial", () => {
  const web = webApp({
    store: "case-without-corpus",
    setupTimeoutMs: 240_000,
    async prepare(env) {
      const dir = env.CASEFILE_DATA ?? "";
      const files = ["one.png", "two.png", "team.png"].map((f, i) => {
        writeFileSync(join(dir, f), drawnPng(40 + i, 360, 240));
        return join(dir, f);
      });
      const ingest = jsonOf<{ files: { sourceId: string }[] }>(
        await runCasefile(["ingest", ...files, "--access", "public", "--json"], env),
      );
      const [one = "", two = "", team = ""] = ingest.files.map((f) => f.sourceId);
      const add = async (source: string, ...more: string[]) => {
        const run = await runCasefile(
          ["chronicle", "add", source, "--case", KHOJALY, ...more],
          env,
        );
        if (run.code !== 0) throw new Error(run.stderr);
      };
      await add(one, "--caption", "Ruins of a house at the edge of town (test picture)");
      await add(team, "--caption", "A picture for the team only", "--access", "restricted");
      await add(
        two,
        "--caption",
        "A road leading east (test picture)",
        "--person",
        "Aysel Qəmbərova",
      );
    },
  });

  // The test registry through the API, as the operator: two public lists (one in Cyrillic) and a
  // restricted one; Aysel's two spellings linked; consents for Aysel (memorial) and Rüstəm
  // (publication); Orxan protected; Lalə without a consent. Then the memorial is published.
  beforeAll(async () => {
    const auth = { authorization: `Bearer ${web.token()}` };
    const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
      const res = await fetch(`${web.url}${path}`, {
        method,
        headers: { ...auth, ...(body === undefined ? {} : { "content-type": "application/json" }) },
        body: body === undefined ? null : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    };
    const upload = async (name: string, csv: string, access: string, map = "") => {
      const form = new FormData();
      form.append("name", name);
      form.append("case", KHOJALY);
      form.append("access", access);
      if (map) form.append("map", map);
      form.append("file", new Blob([csv]), `${name}.csv`);
      const res = await fetch(`${web.url}/api/lists`, {
        method: "POST",
        body: form,
        headers: auth,
      });
      if (res.status !== 201) throw new Error(`list ${name}: ${await res.text()}`);
      const { list } = (await res.json()) as { list: { id: string } };
      return (
        await api<{ records: { items: { id: string }[] } }>("GET", `/api/lists/${list.id}`)
      ).records.items.map((r) => r.id);
    };
    const [aysel = "", rustam = "", , orxan = ""] = await upload(
      "village council (test)",
      COUNCIL_CSV,
      "public",
    );
    const [ayselCyrillic = ""] = await upload(
      "hospital (test)",
      HOSPITAL_CSV,
      "public",
      Object.entries(HOSPITAL_MAP)
        .map(([f, c]) => `${f}=${c}`)
        .join(","),
    );
    await upload("restricted list (test)", RESTRICTED_CSV, "restricted");
    await api("POST", "/api/linkage", {
      lists: ["village council (test)", "hospital (test)"],
      threshold: 0.01,
    });
    const links = await api<{
      items: { id: string; left: { id: string }; right: { id: string } }[];
    }>("GET", "/api/links?status=proposed");
    const same = links.items.find(
      (l) => [l.left.id, l.right.id].sort().join() === [aysel, ayselCyrillic].sort().join(),
    );
    if (!same) throw new Error("linkage did not propose Qəmbərova = Гамбарова");
    await api("POST", `/api/links/${same.id}/review`, { action: "confirm" });
    const consent = (name: string, scope: string) =>
      api("POST", `/api/cases/${KHOJALY}/persons/consents`, { name, scope, givenOn: "2025-02-26" });
    await consent("Aysel Qəmbərova", "memorial");
    await consent("Rüstəm Ələkbərov", "publication");
    await consent("Orxan Səfərli", "memorial");
    await api("POST", `/api/cases/${KHOJALY}/persons/protect`, { name: "Orxan Səfərli" });
    await api("PUT", `/api/cases/${KHOJALY}/memorial-setting`, { published: true, reason: "test" });
    // The chronicle's pictures: Rüstəm (named publicly) on the road, linked to his record; Aysel
    // (consented to the memorial only) and Orxan (protected) on the first.
    const chronicle = await api<{ items: { id: string; access: string }[] }>(
      "GET",
      `/api/cases/${KHOJALY}/chronicle`,
    );
    const [first, second] = chronicle.items.filter((e) => e.access === "public");
    await api("PATCH", `/api/chronicle/${second?.id}`, {
      persons: [{ name: "Rüstəm Ələkbərov", recordId: rustam }],
    });
    await api("PATCH", `/api/chronicle/${first?.id}`, {
      persons: [
        { name: "Orxan Səfərli", recordId: orxan },
        { name: "Aysel Qəmbərova", recordId: aysel },
      ],
    });
  }, 240_000);

  it("shows the public chronicle to anyone, thumbnails lazily, and passes axe in three languages", async () => {
    const { page, errors, close } = await readerPage(web.browser);
    for (const lang of LANGS) {
      await page.goto(`${web.url}/${lang}/cases/${KHOJALY}/chronicle`);
      await settled(page);
      const entries = page.getByTestId("chronicle-entry");
      await expect.poll(() => entries.count()).toBe(2);
      await expect
        .poll(() => page.locator(".chronicle-grid img").first().getAttribute("loading"))
        .toBe("lazy");
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll<HTMLImageElement>(".chronicle-grid img")].every(
            (i) => i.complete && i.naturalWidth > 0,
          ),
        undefined,
        WAIT,
      );
      await expect.poll(() => axeViolations(page)).toEqual([]);
      await screenshotBoth(page, `chronicle-${lang}`);
      const persons = (await page.locator(".chronicle-persons").allTextContents()).join(" ");
      // A protected person, and one who consented to the memorial only, are pseudonyms here.
      expect(persons).not.toMatch(/Səfərli|Orxan|Qəmbərova|Aysel/);
      expect(persons.match(/Person [0-9A-F]{6}/g), persons).toHaveLength(2);
      // Only a person named publicly links to the memorial.
      await expect.poll(() => page.locator(".chronicle-persons a").count()).toBe(1);
      // Russian readers see the person's name in Cyrillic (the project's transliteration table).
      if (lang === "ru") expect(persons).toContain("Рюстам Алакбаров");
    }
    await page.setViewportSize({ width: 390, height: 844 });
    const boxes = await page
      .locator(".chronicle-entry")
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
    expect(new Set(boxes).size).toBe(1);
    await page.locator(".chronicle-picture").first().click();
    await page.waitForURL("**/sources/**", WAIT);
    await close();
    expect(errors).toEqual([]);
  }, 180_000);

  it("shows the memorial of consented persons only, finds one in another script, passes axe in three languages", async () => {
    const { page, errors, close } = await readerPage(web.browser);
    for (const lang of LANGS) {
      await page.goto(`${web.url}/${lang}/cases/${KHOJALY}/memorial`);
      await settled(page);
      const people = page.getByTestId("memorial-person");
      await expect.poll(() => people.count()).toBe(2);
      const text = (await page.locator("main").textContent()) ?? "";
      // The unconsented, the protected and the restricted appear only in the count.
      expect(text).not.toMatch(/Nəsibova|Səfərli|Hüseynov|Насибова|Сафарли/);
      await expect.poll(() => page.locator(".memorial-counts").textContent()).toMatch(/2.*2/);
      await expect.poll(() => axeViolations(page)).toEqual([]);
      await screenshotBoth(page, `memorial-${lang}`);
      // A name typed in Cyrillic finds the person the council list spells in Latin letters.
      await page.getByRole("searchbox").fill("Гамбарова");
      await expect.poll(() => people.count()).toBe(1);
      await people.first().getByRole("link").click();
      // Client-side navigation: wait for the person's page itself, not the list's heading.
      await page.waitForURL(/\/memorial\/[0-9a-f-]+$/, WAIT);
      await page.locator(".memorial-scripts").waitFor(WAIT);
      await expect
        .poll(() => page.locator("h1").textContent())
        .toBe(
          {
            az: "Aysel Vaqif qızı Qəmbərova",
            ru: "Айсель Гамбарова",
            en: "Aysel Vagif gizi Gambarova",
          }[lang],
        );
      const page2 = (await page.locator("main").textContent()) ?? "";
      expect(page2).toContain("hospital (test)");
      expect(page2).toContain("village council (test)");
      await expect.poll(() => page.locator(".chronicle-grid img").count()).toBe(1);
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll<HTMLImageElement>(".chronicle-grid img")].every(
            (i) => i.complete && i.naturalWidth > 0,
          ),
        undefined,
        WAIT,
      );
      await expect.poll(() => axeViolations(page)).toEqual([]);
      await screenshotBoth(page, `memorial-person-${lang}`);
    }
    await close();
    expect(errors).toEqual([]);
  }, 240_000);
});
