/**
 * Vitest global setup of the browser project: one Chromium for the whole run, which every browser
 * suite connects to (`launchBrowser` in browser.ts) instead of starting one of its own. A suite's
 * pages live in browser contexts of its own connection, so suites share no cookies, storage or
 * pages, and closing the connection closes them.
 */
import { chromium } from "playwright-core";
import type { TestProject } from "vitest/node";
import { CHROMIUM, CHROMIUM_ARGS } from "./browser.js";

export default async function browserSetup(
  project: TestProject,
): Promise<(() => Promise<void>) | undefined> {
  if (!CHROMIUM) {
    console.warn(
      "browser tests: no Chromium found — skipping them (install Debian's chromium to run them)",
    );
    return undefined;
  }
  const server = await chromium.launchServer({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS],
  });
  project.provide("browserEndpoint", server.wsEndpoint());
  return () => server.close();
}
