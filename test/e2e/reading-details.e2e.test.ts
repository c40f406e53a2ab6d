/**
 * Details of the reading views that cost a reader's trust when wrong: what a part's download
 * holds, what a testimony says about itself, people listed once, places named by routes, the
 * order of the night. Runs on the Khojaly case with its corpus.
 */
import { existsSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CHROMIUM, screenshotBoth } from "../support/browser.js";
import { CORPUS_FILES } from "../support/paths.js";
import { webApp } from "../support/web-app.js";

const CASE = "/cases/khojaly-1992";
/** Network-bound expectations get time on a busy machine. */
const WAIT = { timeout: 15_000 };
const HAS_CORPUS = CORPUS_FILES.every((f) => existsSync(f));

describe.skipIf(!CHROMIUM || !HAS_CORPUS)("web: reading details of the Khojaly case", () => {
  const web = webApp();
  let page: Page;
  const open = async (path: string) => {
    ({ page } = await web.newPage());
    await page.goto(`${web.url}${path}`);
  };
  const api = async <T>(path: string): Promise<T> =>
    (await (await fetch(`${web.url}${path}`)).json()) as T;
  const sourceByTitle = async (words: string) => {
    const list = await api<{ items: { id: string; title: string }[] }>(
      `/api/sources?limit=500&q=${encodeURIComponent(words)}`,
    );
    const found = list.items[0];
    if (!found) throw new Error(`no source titled ${words}`);
    return found.id;
  };

  it("says a part's original is the compilation's file and serves the part's own text", async () => {
    const id = await sourceByTitle("Dilshad Saday Guliyeva");
    await open(`/sources/${id}`);
    const downloads = page.getByTestId("part-downloads");
    await downloads.waitFor();
    await expect.poll(() => downloads.textContent()).toMatch(/whole compilation/);
    const href = await downloads
      .getByRole("link", { name: "Download this part's text" })
      .getAttribute("href");
    const detail = await api<{ text: string; textSha256: string }>(`/api/sources/${id}`);
    const res = await fetch(`${web.url}${href}`);
    expect(res.status).toBe(200);
    await expect.poll(() => res.text()).toBe(detail.text);
    expect(res.headers.get("x-content-sha256")).toBe(detail.textSha256);
  });

  it("shows who gave a testimony and what the source leaves unstated", async () => {
    const id = await sourceByTitle("Valeh Sahib Huseynov");
    await open(`/sources/${id}`);
    const facts = page.getByTestId("testimony-facts");
    await facts.waitFor();
    const text = (await facts.textContent()) ?? "";
    expect(text).toContain("Valeh Sahib Huseynov");
    expect(text).toMatch(/Given on\s*not stated in the source/);
    expect(text).toMatch(/resident of Khojaly/);
    await screenshotBoth(page, "testimony");
  });

  it("lists each person once, however differently author and claimant are named", async () => {
    await open(`${CASE}/people`);
    const rows = page.locator("[data-testid=people-table] tbody tr");
    await rows.first().waitFor();
    const names = await rows.locator("td:first-child").allTextContents();
    expect(names.filter((n) => n.includes("Shuster"))).toHaveLength(1);
    expect(names.filter((n) => n.includes("Guliyeva"))).toHaveLength(1);
  });

  it("names every place of a route and lists places it cannot draw", async () => {
    await open(`${CASE}/map`);
    await page.locator("ol.routes > li").first().waitFor();
    await expect
      .poll(() => page.locator("ol.routes").textContent())
      .toContain("Khojaly → Garagaya → Askeran");
    const routes = (await page.locator("ol.routes").textContent()) ?? "";
    expect(routes).not.toMatch(/\bgaragaya\b/);
    await expect.poll(() => page.getByTestId("unlocated").textContent()).toContain("Garagaya");
    await expect
      .poll(() => page.locator("tr#place-garagaya").textContent())
      .toContain("location not known");
  });

  it("orders the night by the clock, charts it to the last timed entry, shows each conflict once", async () => {
    await open(`${CASE}/timeline`);
    const night = page.locator("section[aria-labelledby=night-h]");
    await night.getByTestId("event").first().waitFor();
    const ids = await night
      .getByTestId("event")
      .evaluateAll((els) => els.map((e) => e.id.replace(/^event-/, "")));
    // The dawn firing (08:00–09:00) comes after the entries of 00:00–04:00 and before 26 Feb
    // entries known only to the day.
    expect(ids.indexOf("firing-near-nakhchivanik")).toBeGreaterThan(ids.indexOf("infantry-entry"));
    const timeline = await api<{
      conflicts: { about: string }[];
      events: { id: string; when: { start: string } }[];
    }>("/api/cases/khojaly-1992/timeline");
    const start = new Map(timeline.events.map((e) => [e.id, e.when.start]));
    const starts = ids.map((id) => start.get(id) ?? "");
    // Within a day, no entry with a clock time follows one known only to the day.
    starts.forEach((s, i) => {
      const later = starts.slice(i + 1).filter((l) => l.slice(0, 10) === s.slice(0, 10));
      if (!s.includes("T")) expect(later.filter((l) => l.includes("T"))).toEqual([]);
    });
    const chart = night.locator(".chart svg");
    await expect
      .poll(() => chart.locator('a[href="#event-firing-near-nakhchivanik"]').count())
      .toBe(1);
    await expect.poll(() => chart.locator("text.tick").allTextContents()).toContain("09:00");
    // Every conflict is shown in full exactly once; other entries point to it.
    await expect
      .poll(() => page.getByTestId("time-conflict").count())
      .toBe(timeline.conflicts.length);
    await expect.poll(() => page.getByTestId("conflict-elsewhere").count()).toBeGreaterThan(0);
    await screenshotBoth(page, "timeline-night");
  });

  it("highlights a linked passage and cites it, its source and a claim in it", async () => {
    const id = await sourceByTitle("Bloodshed in the Caucasus");
    await open(`/sources/${id}#p-9`);
    const cited = page.locator("#p-9.passage.cited");
    await cited.waitFor();
    await expect.poll(() => page.locator(".passage.cited").count()).toBe(1);
    // The passage's own citation, with its number and its words.
    const passageCite = page.getByTestId("cite-box").filter({ hasText: "Cite passage 9" });
    await passageCite.locator("summary").click();
    const text = passageCite.getByTestId("citation-text");
    await text.waitFor();
    await expect.poll(() => text.textContent()).toMatch(/Passage 9: “/);
    await expect.poll(() => text.textContent()).toContain(`${web.url}/sources/${id}#p-9`);
    await passageCite.locator("select").selectOption("bibtex");
    await expect.poll(() => text.textContent(), WAIT).toMatch(/^@techreport\{/);
    await screenshotBoth(page, "source-cite-passage");
    // The source's citation carries the archived file's SHA-256.
    const sourceCite = page.getByTestId("cite-box").filter({ hasText: "Cite this source" });
    await sourceCite.locator("summary").click();
    await expect
      .poll(() => sourceCite.getByTestId("citation-text").textContent(), WAIT)
      .toMatch(/SHA-256 [0-9a-f]{64}/);
    // A claim in the passage: its panel cites the quoted words.
    await cited.locator("a.claim").first().click();
    const panel = page.getByTestId("claim-panel");
    const claimCite = panel.getByTestId("cite-box");
    await claimCite.locator("summary").click();
    await expect
      .poll(() => claimCite.getByTestId("citation-text").textContent(), WAIT)
      .toMatch(/#claim-[0-9a-f-]{36}/);
  });

  it("searches a word's forms, lists a compilation's passage once, marks the term on arrival", async () => {
    type Result = { total: number; hits: { snippet: string; passageId: string }[] };
    const one = await api<Result>("/api/search?q=hostage&limit=100");
    const many = await api<Result>("/api/search?q=hostages&limit=100");
    expect(one.total).toBe(many.total);
    // Memorial: inhabitants "held in Askeran as hostages", found by the singular.
    expect(one.hits.some((h) => /held in Askeran as <mark>hostages<\/mark>/.test(h.snippet))).toBe(
      true,
    );
    // A part's hit and its compilation's hit on the same words are one hit.
    const xocali = await api<Result>(`/api/search?q=${encodeURIComponent("Xocalı")}&limit=100`);
    const snippets = xocali.hits.map((h) => h.snippet);
    expect(new Set(snippets).size).toBe(snippets.length);
    // Empty date fields show no example values; the format is said beside them.
    await open("/search?q=hostage");
    await page.getByTestId("hit").first().waitFor();
    await expect
      .poll(() => page.locator("input[name=from]").getAttribute("placeholder"))
      .toBeNull();
    await expect.poll(() => page.locator("input[name=to]").getAttribute("placeholder")).toBeNull();
    await screenshotBoth(page, "search-stemmed");
    await page.locator(".hit-title").first().click();
    await page.waitForURL(/\/sources\/[^?#]+\?hl=hostage#p-\d+/);
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get("search-term")?.size ?? 0), WAIT)
      .toBeGreaterThan(0);
    await screenshotBoth(page, "source-term-highlight");
  });
});
