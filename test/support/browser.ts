/**
 * Debian's Chromium driven by playwright-core. Browser tests run whenever a Chromium is found and
 * say plainly when they are skipped (browser-setup.ts, once per run); with CI=true a missing
 * browser fails the run. The browser suites connect to the one Chromium the run shares.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { inject } from "vitest";
import { REPO_ROOT } from "./paths.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The WebSocket address of the run's shared Chromium (browser-setup.ts), in the browser project. */
    browserEndpoint?: string;
  }
}

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];

export const CHROMIUM = CANDIDATES.find((p): p is string => Boolean(p && existsSync(p))) ?? null;
if (!CHROMIUM && process.env.CI === "true")
  throw new Error(
    "CI=true but no Chromium was found (install Debian's chromium or set CHROMIUM_PATH)",
  );

export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const SCREENSHOT_DIR = join(REPO_ROOT, "test-results/screenshots");

/**
 * A connection to the run's shared Chromium (browser-setup.ts) in the browser project, else a
 * Chromium of the caller's own (also outside Vitest: the benchmarks). Either way `close()` ends what the caller opened and no more.
 */
export function launchBrowser(): Promise<Browser> {
  if (!CHROMIUM) throw new Error("no Chromium");
  // Only a test inside Vitest can ask for the shared one; the benchmarks call this outside it.
  const shared = process.env.VITEST ? inject("browserEndpoint") : undefined;
  if (shared) return chromium.connect(shared);
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
}

/** Collects console errors and failed requests of a page, so a test can fail on any of them. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`page error: ${e.message}`));
  // A request the page cancels itself (a filter changed before the answer came) is not a failure.
  page.on("requestfailed", (r) => {
    if (r.failure()?.errorText !== "net::ERR_ABORTED") errors.push(`request failed: ${r.url()}`);
  });
  return errors;
}

export const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

/** Saves the page at desktop and phone width under test-results/screenshots/<name>-<width>.png. */
export async function screenshotBoth(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const [label, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    // Where the address cites a passage or claim, show it as someone opening the link would.
    await page.evaluate(() => {
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (id) document.getElementById(id)?.scrollIntoView({ block: "start" });
    });
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${label}.png`), fullPage: false });
  }
  await page.setViewportSize(VIEWPORTS.desktop);
}

/** The operator token the server wrote to <data dir>/server.json. */
export function operatorToken(dataDir: string): string {
  return (JSON.parse(readFileSync(join(dataDir, "server.json"), "utf8")) as { token: string })
    .token;
}

/** A desktop page that records its console errors and failed requests. */
export async function openPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: VIEWPORTS.desktop });
  return { page, errors: watchErrors(page) };
}

/** Signs the page's browser context in through the API (the form itself is tested once). */
export async function signInByApi(
  page: Page,
  url: string,
  username: string,
  password: string,
): Promise<void> {
  const response = await page.request.post(`${url}/api/session`, {
    data: { username, password },
  });
  if (!response.ok()) throw new Error(`sign-in as ${username}: ${response.status()}`);
}
