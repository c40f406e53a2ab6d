/**
 * A cheap phone on a slow link, as Chromium's DevTools emulate it: the "3G" network preset
 * (562.5 ms round trip, 1.44 Mbit/s down, 675 kbit/s up; formerly "Fast 3G") and the CPU
 * slowed 4×. Used by the first-view bench for the overview's time and its script bytes.
 */
import type { Browser, Page } from "playwright-core";

export const PHONE_3G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.6 * 1000 * 1000 * 0.9) / 8,
  uploadThroughput: (750 * 1000 * 0.9) / 8,
} as const;
export const CPU_SLOWDOWN = 4;

/** A fresh page (empty cache) on the phone profile. */
export async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", PHONE_3G);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  return page;
}

/** Bytes of JavaScript the page received as sent (compressed: brotli where accepted), and the files. */
export function scriptBytes(page: Page): () => Promise<{ bytes: number; files: string[] }> {
  const scripts: Promise<{ url: string; size: number }>[] = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() === "script")
      scripts.push(request.sizes().then((s) => ({ url: request.url(), size: s.responseBodySize })));
  });
  return async () => {
    const done = await Promise.all(scripts);
    return {
      bytes: done.reduce((sum, s) => sum + s.size, 0),
      files: done.map((s) => new URL(s.url).pathname),
    };
  };
}
