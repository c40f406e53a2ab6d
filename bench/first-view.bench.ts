/**
 * How fast a reader sees the case: time from navigation to the overview's heading and to its
 * measures (ranges with independent claimants), in Debian's Chromium against `casefile serve`
 * with the Khojaly case loaded. Twenty visits; median and 95th percentile.
 */
import type { Browser } from "playwright-core";
import { CHROMIUM, launchBrowser } from "../test/support/browser.js";
import { tempDir } from "../test/support/paths.js";
import { startServerProcess } from "../test/support/server-process.js";
import type { BenchRow } from "./bench.js";
import { CPU_SLOWDOWN, PHONE_3G, phonePage, scriptBytes } from "./phone-profile.js";

const VISITS = 20;
/** Throttled visits are slow: fewer of them, each with an empty cache. */
const PHONE_VISITS = 5;

/** The overview on a 3G phone with a 4× slower CPU: measures shown, and script bytes received. */
async function phoneVisits(browser: Browser, url: string) {
  const shown: number[] = [];
  let script = { bytes: 0, files: [] as string[] };
  for (let i = 0; i < PHONE_VISITS; i++) {
    const page = await phonePage(browser);
    const bytes = scriptBytes(page);
    await page.goto(url, { waitUntil: "commit" });
    const handle = await page.waitForFunction(
      () => document.querySelector("[data-testid=range-killed]") && performance.now(),
      null,
      { timeout: 60_000, polling: 50 },
    );
    shown.push(Number(await handle.jsonValue()));
    script = await bytes();
    await page.context().close();
  }
  return { shown, script };
}

export default async function firstViewBench(): Promise<BenchRow[]> {
  if (!CHROMIUM) {
    process.stderr.write("first-view bench: no Chromium found — skipped\n");
    return [];
  }
  const dir = tempDir("casefile-bench-");
  const server = await startServerProcess({ CASEFILE_DATA: dir.path, DATABASE_URL: undefined });
  const browser = await launchBrowser();
  const heading: number[] = [];
  const measures: number[] = [];
  let phone: Awaited<ReturnType<typeof phoneVisits>> | null = null;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const shownAt = async (selector: string) =>
      Number(
        await (
          await page.waitForFunction(
            (s) => document.querySelector(s) && performance.now(),
            selector,
          )
        ).jsonValue(),
      );
    for (let i = 0; i < VISITS; i++) {
      await page.goto(server.url);
      heading.push(await shownAt("h1"));
      measures.push(await shownAt("[data-testid=range-killed]"));
    }
    await page.close();
    phone = await phoneVisits(browser, `${server.url}/en/cases/khojaly-1992`);
  } finally {
    await browser.close();
    await server.stop();
    dir.remove();
  }
  const at = (xs: number[], p: number) =>
    [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] as number;
  const details = { visits: VISITS };
  const phoneDetails = {
    visits: PHONE_VISITS,
    latencyMs: PHONE_3G.latency,
    downKbps: (PHONE_3G.downloadThroughput * 8) / 1000,
    cpuSlowdown: CPU_SLOWDOWN,
    scripts: phone?.script.files.join(" ") ?? "",
  };
  return [
    {
      bench: "first view on a phone (3G, 4× CPU)",
      metric: "measures shown, median (target < 3000)",
      value: at(phone?.shown ?? [], 0.5),
      unit: "ms",
      details: phoneDetails,
    },
    {
      bench: "first view on a phone (3G, 4× CPU)",
      metric: "measures shown, slowest",
      value: Math.max(...(phone?.shown ?? [])),
      unit: "ms",
      details: phoneDetails,
    },
    {
      bench: "first view on a phone (3G, 4× CPU)",
      metric: "JavaScript received, compressed (target < 150)",
      value: (phone?.script.bytes ?? 0) / 1024,
      unit: "KiB",
      details: phoneDetails,
    },
    {
      bench: "first view (overview)",
      metric: "heading shown, median",
      value: at(heading, 0.5),
      unit: "ms",
      details,
    },
    {
      bench: "first view (overview)",
      metric: "heading shown, 95th percentile",
      value: at(heading, 0.95),
      unit: "ms",
      details,
    },
    {
      bench: "first view (overview)",
      metric: "measures shown, median",
      value: at(measures, 0.5),
      unit: "ms",
      details,
    },
    {
      bench: "first view (overview)",
      metric: "measures shown, 95th percentile",
      value: at(measures, 0.95),
      unit: "ms",
      details,
    },
  ];
}
