/**
 * Every reading view of the Khojaly case in a real browser, on the case the server loads on its
 * first start: overview, figures, the source reader, timeline, map, recognition, people, search.
 * Each test fails on any console error or failed request, and saves screenshots at two widths.
 */

import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CHROMIUM, SCREENSHOT_DIR, screenshotBoth } from "../support/browser.js";
import { HAS_CORPUS, itWithCorpus } from "../support/corpus.js";
import { webApp } from "../support/web-app.js";

/** Network-bound expectations get time on a busy machine. */
const WAIT = { timeout: 15_000 };

const CASE = "/cases/khojaly-1992";

describe.skipIf(!CHROMIUM)("web: the Khojaly case", () => {
  const web = webApp();
  let page: Page;
  const open = async (path: string) => {
    ({ page } = await web.newPage());
    await page.goto(`${web.url}${path}`);
  };

  it("shows the overview: summary, measures as ranges, sources, activity", async () => {
    // How fast it appears is measured in bench/first-view.bench.ts, not asserted here.
    await open("/");
    await page.getByTestId("range-killed").waitFor();
    // Never one number: a range, with how many independent claimants stand behind it.
    await expect
      .poll(() => page.getByTestId("range-killed").textContent())
      .toMatch(/^[\d,]+–[\d,]+$/);
    for (const m of ["wounded", "hostage", "missing"])
      await expect.poll(() => page.getByTestId(`range-${m}`).count()).toBe(1);
    await expect
      .poll(() => page.locator(".measure-cards").textContent())
      .toMatch(/\d+ independent origins/);
    await expect.poll(() => page.locator(".bar-table tbody tr").count()).toBeGreaterThan(5);
    await expect
      .poll(() => page.getByTestId("activity").locator("li").count(), WAIT)
      .toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId("activity").textContent()).toContain("Case loaded");
    await screenshotBoth(page, "overview");
    // Keyboard: the first Tab reaches the skip link, which moves focus to the content.
    await page.keyboard.press("Tab");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe("Skip to content");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
    // An overview's own address carries its data (server/first-view-data.ts): the measures and
    // the activity show without a request for them; going back to it later asks the API.
    ({ page } = await web.newPage());
    const asked: string[] = [];
    page.on("request", (r) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith("/api/")) asked.push(url.pathname + url.search);
    });
    await page.goto(`${web.url}/en${CASE}`);
    await expect
      .poll(() => page.getByTestId("range-killed").textContent())
      .toMatch(/^[\d,]+–[\d,]+$/);
    await expect.poll(() => page.getByTestId("activity").textContent()).toContain("Case loaded");
    expect(await page.locator("script#first-view-data").count()).toBe(1);
    expect(asked.filter((p) => p !== "/api/me")).toEqual([]);
    await page.getByRole("link", { name: "Sources", exact: true }).first().click();
    // The sources view is a lazily loaded chunk: until it shows, the overview is still mounted and
    // a click back to it would be no navigation at all (a CI run clicked before the chunk came).
    await page.getByRole("heading", { level: 1, name: "Sources", exact: true }).waitFor(WAIT);
    await page.getByRole("link", { name: "Overview", exact: true }).first().click();
    await expect.poll(() => asked.filter((p) => p.endsWith("/figure-cards")).length, WAIT).toBe(1);
    await expect.poll(() => page.getByTestId("range-killed").count(), WAIT).toBe(1);
  });

  it("offers every export and the brief as downloads from the overview", async () => {
    await open("/");
    const links = page.locator(".case-exports a");
    await links.first().waitFor();
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        "/api/cases/khojaly-1992/export?format=json",
        "/api/cases/khojaly-1992/export?format=jsonld",
        "/api/cases/khojaly-1992/export?format=csv",
        // The brief in the reader's language.
        "/api/cases/khojaly-1992/report?format=pdf&lang=en",
      ]),
    );
    // Each export link answers a file of its own type, made for this (anonymous) reader.
    for (const [format, type] of [
      ["jsonld", "application/ld+json"],
      ["geojson", "application/geo+json"],
      ["events", "application/json"],
      ["csv", "application/zip"],
    ]) {
      const got = await page.evaluate(async (href) => {
        const r = await fetch(href);
        return {
          status: r.status,
          type: r.headers.get("content-type") ?? "",
          head: r.headers.get("casefile-log-head"),
        };
      }, `/api/cases/khojaly-1992/export?format=${format}`);
      expect(got.status).toBe(200);
      expect(got.type.startsWith(type as string)).toBe(true);
      expect(got.head).toMatch(/^\d+ [0-9a-f]{64}$/);
    }
    await page.locator(".case-exports").scrollIntoViewIfNeeded();
    await screenshotBoth(page, "overview-exports");
  });

  it("charts every killed claim with its table, flags 63 vs 83 children, counts repetition", async () => {
    await open(`${CASE}/figures/killed`);
    await page.locator(".chart svg a").first().waitFor();
    const marks = await page.locator(".chart svg a").count();
    const rows = await page.locator(".figure-table tbody tr").count();
    expect(marks).toBeGreaterThan(20);
    expect(rows).toBeGreaterThanOrEqual(marks);
    const summary = (await page.getByTestId("figures-summary").textContent()) ?? "";
    expect(Number(/from (\d+) independent origins/.exec(summary)?.[1])).toBeGreaterThan(5);
    // Claimants of several affiliations appear in the table and the legend.
    await expect.poll(() => page.locator(".legend li .dot").count()).toBeGreaterThan(3);
    // A calendar axis: years as labels, from the event to the latest claims, not squeezed.
    const years = (await page.locator(".chart svg text.tick").allTextContents()).filter((x) =>
      /^\d{4}$/.test(x),
    );
    expect(years).toEqual(expect.arrayContaining(["1992", "2025"]));
    const xOf = (year: string) =>
      page
        .locator(".chart svg text.tick", { hasText: new RegExp(`^${year}$`) })
        .first()
        .getAttribute("x")
        .then(Number);
    expect((await xOf("2025")) - (await xOf("1992"))).toBeGreaterThan(400);
    // The detail is behind disclosures: measure the page shut, then with every one open.
    await screenshotBoth(page, "figures-killed");
    await page
      .locator(".chart")
      .screenshot({ path: join(SCREENSHOT_DIR, "figures-killed-chart.png") });
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    const shut = await height();
    const children = page.getByTestId("flag-value_conflict-children");
    await page.getByTestId("detail-flags-h").locator("summary").click();
    await expect
      .poll(() => children.locator(".flag-value").allTextContents())
      .toEqual(expect.arrayContaining(["63", "83"]));
    // A changed-over-time box is about one claimant's own figures.
    for (const box of await page.locator("[data-testid^=flag-changed_over_time]").all()) {
      const names = (await box.locator(".side-claimants > li").allTextContents()).map(
        (x) => x.split(":")[0],
      );
      expect(new Set(names).size).toBe(1);
    }
    await page.getByTestId("detail-origins-h").locator("summary").click();
    await expect
      .poll(() => page.getByTestId("origin").first().textContent())
      .toMatch(/carried by \d+ documents: one origin/);
    await page.getByTestId("detail-values-h").locator("summary").click();
    await page.getByTestId("detail-table-h").locator("summary").click();
    const expanded = await height();
    console.log(`figures page height at 1280 px: ${shut} px collapsed, ${expanded} px expanded`);
    expect(shut).toBeLessThan(expanded / 2);
    await page.setViewportSize({ width: 1280, height: 900 });
    const desktop = await page.evaluate(() => {
      for (const d of document.querySelectorAll("details")) d.open = false;
      return document.documentElement.scrollHeight;
    });
    console.log(`figures page height at 1280 px, collapsed again: ${desktop} px`);
    expect(desktop).toBeLessThan(6000);
    // Narrowing to one subgroup keeps chart and table in step; aspects are words, not codes.
    const options = await page.locator("select").nth(1).locator("option").allTextContents();
    expect(options.filter((o) => o.includes("_"))).toEqual([]);
    await page.locator("select").nth(1).selectOption("children:whole");
    await expect
      .poll(() => page.locator(".figure-table tbody tr").count(), WAIT)
      .toBeLessThan(rows);
    await expect.poll(() => new URL(page.url()).searchParams.get("group")).toBe("children:whole");
  });

  it("says what each affiliation claims and narrows the page to one, in the address", async () => {
    await open(`${CASE}/figures/killed`);
    const summary = page.getByTestId("affiliation-summary");
    await summary.locator("tbody tr").first().waitFor();
    const lines = await summary.locator("tbody tr").count();
    expect(lines).toBeGreaterThan(3);
    const ngo = summary.locator("tr[data-affiliation=independent_ngo]");
    await expect.poll(() => ngo.locator("td").first().textContent()).toMatch(/\d/);
    const table = page.locator(".figure-table tbody tr");
    await table.first().waitFor({ state: "attached" });
    const all = await table.count();
    await ngo.locator("a").click();
    await expect
      .poll(() => new URL(page.url()).searchParams.get("affiliation"), WAIT)
      .toBe("independent_ngo");
    await expect.poll(() => page.locator(".figure-table tbody tr").count(), WAIT).toBeLessThan(all);
    await expect
      .poll(() => page.getByTestId("affiliation-filter").inputValue())
      .toBe("independent_ngo");
    // Every claim left is an independent organisation's; the summary line counts the same.
    const claims = Number(await ngo.locator("td.num").first().textContent());
    await expect.poll(() => page.locator(".figure-table tbody tr").count()).toBe(claims);
    await screenshotBoth(page, "figures-killed-ngo");
    // The address alone restores the view.
    await open(`${CASE}/figures/killed?affiliation=independent_ngo`);
    await page.locator(".figure-table tbody tr").first().waitFor({ state: "attached" });
    await expect.poll(() => page.locator(".figure-table tbody tr").count()).toBe(claims);
    await page.getByTestId("affiliation-filter").selectOption("");
    await expect.poll(() => new URL(page.url()).searchParams.has("affiliation"), WAIT).toBe(false);
  });

  it("splits the catch-all measure into the quantities it holds", async () => {
    await open("/");
    await page.getByTestId("range-killed").waitFor();
    await expect.poll(() => page.getByTestId("range-other").count()).toBe(0);
    const stayed = page.getByTestId("range-other-remained_in_town");
    await expect.poll(() => stayed.textContent()).toBe("200–300");
    const lumped = page.getByTestId("range-other-wounded_frozen_or_missing");
    await expect.poll(() => lumped.textContent()).toBe("4,000");
    await page.locator(".measure-link", { has: stayed }).click();
    await page.waitForURL(/figures\/other\?aspect=remained_in_town/, WAIT);
    await page.locator("h1", { hasText: "people who stayed in the town" }).waitFor(WAIT);
    const rows = page.locator(".figure-table tbody tr");
    await rows.first().waitFor({ state: "attached" });
    await expect.poll(() => rows.count()).toBe(3);
    // What the organisation says counts everyone who stayed, not one group of them (86).
    await expect
      .poll(() => page.getByTestId("affiliation-summary").locator("tbody td").first().textContent())
      .toMatch(/^200–300 and ≈300/);
    await expect
      .poll(() => page.locator("nav.tabs a[aria-current=page]").textContent())
      .toBe("people who stayed in the town");
    await screenshotBoth(page, "figures-other-stayed");
  });

  // Without the corpus the reader lists claims instead: citation-only.e2e.test.ts.
  itWithCorpus(
    "follows a figure to the passage that states it, highlighted with its claim",
    async () => {
      await open(`${CASE}/figures/killed`);
      await page.getByTestId("detail-flags-h").locator("summary").click();
      const link = page
        .getByTestId("flag-value_conflict-children")
        .locator(".sides > li", { hasText: "63" })
        .locator("a")
        .first();
      await link.click();
      await page.waitForURL(/\/sources\/[^#]+#claim-/);
      const selected = page.locator(".claim.selected");
      await selected.first().waitFor();
      await expect.poll(() => selected.first().textContent()).toContain("63");
      const panel = page.getByTestId("claim-panel");
      await panel.locator(".fields").waitFor();
      await expect.poll(() => panel.textContent()).toMatch(/killed/);
      await expect.poll(() => panel.textContent()).toMatch(/children/);
      await expect.poll(() => panel.locator(".history li").count()).toBeGreaterThan(0);
      await expect.poll(() => page.locator(".passage .claim").count()).toBeGreaterThan(0);
      await expect
        .poll(() => page.getByTestId("versions").locator("li").count())
        .toBeGreaterThan(0);
      await screenshotBoth(page, "source-reader-claim");
    },
  );

  it("lays out the night hour by hour and the aftermath by year, conflicts shown", async () => {
    await open(`${CASE}/timeline`);
    await page.getByTestId("event").first().waitFor();
    await expect.poll(() => page.getByTestId("event").count()).toBeGreaterThan(20);
    await expect.poll(() => page.getByTestId("time-conflict").count()).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator("h3.year").allTextContents())
      .toEqual(expect.arrayContaining(["1992", "2010"]));
    await expect
      .poll(() => page.locator(".event-when").allTextContents())
      .toEqual(expect.arrayContaining(["≈ 23:00"]));
    await expect.poll(() => page.locator(".evidence a").count(), WAIT).toBeGreaterThan(10);
    await screenshotBoth(page, "timeline");
  });

  it("maps places and flight routes offline, with their tables", async () => {
    await open(`${CASE}/map`);
    await page.getByTestId("case-map").locator("path.country").first().waitFor();
    await expect.poll(() => page.locator("path.route").count()).toBeGreaterThan(3);
    await expect.poll(() => page.locator("circle.place").count()).toBeGreaterThan(5);
    await expect
      .poll(() => page.locator("ol.routes > li").count())
      .toBe(await page.locator("path.route").count());
    await screenshotBoth(page, "map");
  });

  // The passages that name a place come from the corpus text.
  itWithCorpus("leads from a place on the map to the passages that name it", async () => {
    await open(`${CASE}/map`);
    await page.getByTestId("place-link").filter({ hasText: "Nakhchivanik" }).click();
    await page.getByTestId("hit").first().waitFor();
    await expect.poll(() => page.url()).toContain("/search?q=Nakhchivanik");
  });

  it("lists recognition with a world map, filterable by qualification and body", async () => {
    await open(`${CASE}/recognition`);
    const map = page.getByTestId("world-map");
    await map.locator("path.country[class*=shade-]").first().waitFor();
    const recognitionRows = page.locator("[data-testid=recognition-table] tbody tr");
    await expect.poll(() => recognitionRows.count()).toBeGreaterThan(20);
    const all = await recognitionRows.count();
    await screenshotBoth(page, "recognition");
    await page.locator(".map").screenshot({ path: join(SCREENSHOT_DIR, "recognition-map.png") });
    // The United States: its one act naming the event is a state senate's; most are remarks.
    const us = map.locator("path[data-country=US]");
    await expect.poll(() => us.getAttribute("class")).toContain("shade-subnational_act");
    await expect
      .poll(() => us.locator("title").textContent())
      .toMatch(/remark of an individual member — naming the event: \d+; not stated: \d+/);
    // A document that names the event as nothing is outlined, not coloured.
    const pakistan = map.locator("path[data-country=PK]");
    await expect.poll(() => pakistan.getAttribute("class")).toBe("country unstated");
    const fill = (el: typeof us) => el.evaluate((e) => getComputedStyle(e).fill);
    await expect
      .poll(() => fill(pakistan))
      .toBe(await fill(map.locator("path.country:not([data-country])").first()));
    await expect
      .poll(() => page.locator(".map-legend li").allTextContents())
      .toEqual(
        expect.arrayContaining([
          expect.stringContaining("remark of an individual member"),
          expect.stringContaining("none naming the event"),
        ]),
      );
    // "Calls the event" quotes the document's own words, each a link to its passage.
    const wording = page.getByTestId("wording").locator("a[href*='#claim-']");
    await expect.poll(() => wording.count()).toBeGreaterThan(20);
    if (HAS_CORPUS)
      await expect.poll(() => page.getByTestId("wording").locator("q").count()).toBeGreaterThan(20);
    // Who speaks: members' remarks apart from bodies, in the address.
    await page.locator("select[name=issuer]").selectOption("member");
    await expect.poll(() => page.url(), WAIT).toContain("issuer=member");
    const rowCount = () => page.locator("[data-testid=recognition-table] tbody tr").count();
    await expect.poll(rowCount, WAIT).toBeLessThan(all);
    const standings = () =>
      page
        .locator("[data-testid=recognition-table] tbody tr")
        .evaluateAll((rows) => [...new Set(rows.map((r) => r.getAttribute("data-standing")))]);
    await expect.poll(standings, WAIT).toEqual(["member_remark"]);
    await page.locator("select[name=issuer]").selectOption("");
    await page.locator("select[name=level]").selectOption("country");
    const count = async () =>
      Number(/\d+/.exec((await page.getByTestId("recognition-count").textContent()) ?? "")?.[0]);
    await expect.poll(count, WAIT).toBeLessThan(all);
    await expect.poll(count).toBeGreaterThan(0);
    await page.locator("select[name=qualification]").selectOption("genocide");
    await expect.poll(() => page.url(), WAIT).toContain("qualification=genocide");
  });

  it("lists every qualification the sources state, in their words, filtered by kind", async () => {
    await open(`${CASE}/recognition`);
    const rows = page.getByTestId("qualifications-table").locator("tbody tr");
    await rows.first().waitFor();
    await expect.poll(() => rows.count()).toBe(67);
    await page.getByTestId("qualifications-table").scrollIntoViewIfNeeded();
    await screenshotBoth(page, "recognition-qualifications");
    await page.locator("select[name=claim]").selectOption("genocide");
    await expect.poll(() => page.url(), WAIT).toContain("claim=genocide");
    await expect.poll(() => rows.count(), WAIT).toBe(5);
    const kinds = await rows.evaluateAll((r) => r.map((x) => x.getAttribute("data-qualification")));
    expect(new Set(kinds)).toEqual(new Set(["genocide"]));
    // Each quote opens its passage.
    const quote = rows.first().locator("a").first();
    const href = (await quote.getAttribute("href")) ?? "";
    expect(href).toMatch(/\/sources\/[^#]+#claim-/);
    await quote.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).hash, WAIT).toBe(href.slice(href.indexOf("#")));
  });

  it("lists the people the sources name", async () => {
    await open(`${CASE}/people`);
    await page.locator("[data-testid=people-table] tbody tr").first().waitFor();
    await expect
      .poll(() => page.locator("[data-testid=people-table] tbody tr").count())
      .toBeGreaterThan(5);
    await expect
      .poll(() => page.locator("[data-testid=people-table] a").count())
      .toBeGreaterThan(5);
    await screenshotBoth(page, "people");
  });

  itWithCorpus("searches across spellings and opens a hit at its passage", async () => {
    await open("/search?q=Xocal%C4%B1");
    await page.getByTestId("hit").first().waitFor();
    await expect
      .poll(() => page.getByTestId("search-total").textContent())
      .toMatch(/^\d+ passages match/);
    const marks = await page.locator(".snippet mark").allTextContents();
    expect(marks.some((m) => /Khojal|Xocal|Ходжал/i.test(m))).toBe(true);
    await screenshotBoth(page, "search");
    await page.locator("select[name=kind]").selectOption("press");
    await page.getByRole("button", { name: "Search" }).click();
    await expect.poll(() => page.url(), WAIT).toContain("kind=press");
    // The unfiltered hits stay on the page until the filtered answer replaces them.
    const kinds = page.locator(".hit-title + .muted");
    const allPress = async () => {
      const shown = await kinds.allTextContents();
      return shown.length > 0 && shown.every((k) => k.startsWith("press"));
    };
    await expect.poll(allPress, WAIT).toBe(true);
    await page.locator(".hit-title").first().click();
    await page.waitForURL(/\/sources\/[^#]+#p-\d+/);
    const anchor = new URL(page.url()).hash;
    await page.locator(`${anchor}`).waitFor();
  });

  it("lists the sources and answers an unknown address plainly", async () => {
    await open("/sources");
    await page.locator("table.sources-table tbody tr").first().waitFor();
    await expect
      .poll(() => page.locator("table.sources-table tbody tr").count())
      .toBeGreaterThan(40);
    await screenshotBoth(page, "sources-case");
    await page.goto(`${web.url}/nowhere`);
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
  });
});
