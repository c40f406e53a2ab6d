/**
 * How fast a reader sees the case: time from navigation to the overview's heading and to its
 * measures (ranges with independent claimants), in Debian's Chromium against `casefile serve`
 * with the Khojaly case loaded. Twenty visits; median and 95th percentile.
 */
import { CHROMIUM, launchBrowser } from "../test/support/browser.js";
import { tempDir } from "../test/support/paths.js";
import { startServerProcess } from "../test/support/server-process.js";
import type { BenchRow } from "./bench.js";

const VISITS = 20;

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
  } finally {
    await browser.close();
    await server.stop();
    dir.remove();
  }
  const at = (xs: number[], p: number) =>
    [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] as number;
  const details = { visits: VISITS };
  return [
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
