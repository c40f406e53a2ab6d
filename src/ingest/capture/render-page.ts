/**
 * A full-page screenshot (PNG) and a PDF print of a captured page, in Debian's Chromium through
 * playwright-core. Chromium never reaches the network itself: every request it makes is answered
 * by `resource`, which serves what the capture already holds or fetches it under the capture's
 * own rules (SSRF check, size and time limits) and adds it to the WARC — so the pictures show
 * exactly the exchanges the WARC keeps.
 */
import { type HttpExchange, headerValue } from "./http-exchange.js";

export interface RenderInput {
  readonly url: string;
  readonly chromiumPath: string;
  readonly deadline: number;
  /** The exchange answering a request (null: refuse it); its body without content coding. */
  resource(url: string): Promise<{ exchange: HttpExchange; body: Uint8Array } | null>;
}

export interface Rendered {
  readonly screenshot: Uint8Array;
  readonly pdf: Uint8Array;
}

const DROPPED = new Set(["content-length", "content-encoding", "transfer-encoding", "connection"]);

export async function renderPage(input: RenderInput): Promise<Rendered> {
  // Loaded here: playwright-core takes about a second to load, which every start would pay.
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: input.chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      serviceWorkers: "block",
    });
    await context.route("**/*", async (route) => {
      const answer = await input.resource(route.request().url()).catch(() => null);
      if (!answer) return route.abort("blockedbyclient");
      const headers: Record<string, string> = {};
      for (const [name, value] of answer.exchange.responseHeaders)
        if (!DROPPED.has(name.toLowerCase())) headers[name.toLowerCase()] = value;
      const location = headerValue(answer.exchange.responseHeaders, "location");
      if (location) headers.location = location;
      return route.fulfill({
        status: answer.exchange.status,
        headers,
        body: Buffer.from(answer.body),
      });
    });
    const page = await context.newPage();
    const timeout = Math.max(1000, input.deadline - Date.now());
    await page.goto(input.url, { waitUntil: "load", timeout });
    const screenshot = await page.screenshot({ fullPage: true, type: "png", timeout });
    const pdf = await page.pdf({ printBackground: true, format: "A4" });
    return { screenshot: new Uint8Array(screenshot), pdf: new Uint8Array(pdf) };
  } finally {
    await browser.close();
  }
}
