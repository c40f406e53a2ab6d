/**
 * Prints HTML to PDF in Debian's Chromium (the one the browser tests use), with pagedjs — bundled
 * from npm, never a CDN — paginating so that footnotes sit at the foot of their page. Without a
 * Chromium it refuses, naming what to install: a brief is never written half-made.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { ServiceError } from "./errors.js";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** CASEFILE_CHROMIUM names the browser; otherwise the usual Debian paths are tried. */
export function findChromium(env: NodeJS.ProcessEnv): string {
  const chosen = env.CASEFILE_CHROMIUM;
  if (chosen !== undefined) {
    if (existsSync(chosen)) return chosen;
    throw noChromium(`CASEFILE_CHROMIUM names ${chosen}, which does not exist`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw noChromium(`no Chromium at ${CANDIDATES.join(", ")}`);
  return found;
}

function noChromium(why: string): ServiceError {
  return new ServiceError(
    "unprocessable",
    422,
    `cannot print a PDF: ${why} (install Debian's chromium and fonts-dejavu-core, or set CASEFILE_CHROMIUM); no PDF was written`,
    {},
    { code: "unprocessable.no-chromium" },
  );
}

let polyfill: string | null = null;
function pagedPolyfill(): string {
  // The package exports its polyfill only under a condition of its own; find it beside the main file.
  const main = createRequire(import.meta.url).resolve("pagedjs");
  polyfill ??= readFileSync(join(dirname(main), "../dist/paged.polyfill.js"), "utf8");
  return polyfill;
}

/** The PDF bytes of a document laid out for print (render-html's "print" mode). */
export async function printPdf(html: string, chromiumPath: string): Promise<Uint8Array> {
  const script = `<script>window.PagedConfig = { auto: true, after: () => { window.casefilePaged = true; } };</script><script>${pagedPolyfill()}</script>`;
  // A function, not a string: the script holds "$" sequences that replace() would interpret.
  const doc = html.replace("</head>", () => `${script}</head>`);
  // Loaded here, not at the top: playwright-core takes about a second to load, which every
  // start of the server and the CLI would otherwise pay.
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  try {
    const page = await browser.newPage();
    // The document and its script are all there is: it names nothing to load from outside.
    await page.setContent(doc, { waitUntil: "load" });
    await page.waitForFunction("window.casefilePaged === true", undefined, { timeout: 600_000 });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    if (Buffer.from(pdf.subarray(0, 5)).toString("latin1") !== "%PDF-")
      throw new Error("Chromium returned something that is not a PDF");
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
