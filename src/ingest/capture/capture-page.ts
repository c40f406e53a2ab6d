/**
 * Capturing one web page: the page (following redirects), the media it shows (bounded in count and
 * bytes), and — when a Chromium is at hand — a full-page screenshot and a PDF print, with every
 * HTTP exchange kept for the WARC. Nothing is stored here; the service archives what this returns.
 * A problem with the page itself fails the capture; a problem with one media file or with the
 * rendering is a warning, and the capture goes on without it.
 */
import { CaptureTargetError, parseCaptureUrl } from "../../core/capture/capture-target.js";
import { CaptureError } from "./capture-error.js";
import { decodedBody } from "./decode-body.js";
import { fetchFollowing } from "./follow-redirects.js";
import {
  type ExchangeLimits,
  fetchExchange,
  type HttpExchange,
  headerValue,
} from "./http-exchange.js";
import { pageMediaUrls } from "./page-media.js";
import { type Rendered, renderPage } from "./render-page.js";

export interface CaptureSettings {
  /** The most one response body may hold. */
  readonly maxBytes: number;
  /** The most all responses of one capture may hold together. */
  readonly maxTotalBytes: number;
  /** The most media files fetched from one page. */
  readonly maxMedia: number;
  readonly timeoutMs: number;
  readonly allowPrivate: boolean;
  readonly userAgent: string;
  /** null: no screenshot or PDF (said in the warnings). */
  readonly chromiumPath: string | null;
  /** Why there is no Chromium, when there is none. */
  readonly noChromiumReason?: string;
}

export interface CapturedFile {
  readonly url: string;
  readonly exchange: HttpExchange;
  /** The body without its content coding: what is archived as the source's bytes. */
  readonly body: Uint8Array;
}

export interface CapturedPage {
  readonly requestedUrl: string;
  readonly startedAt: Date;
  readonly page: CapturedFile;
  readonly media: readonly CapturedFile[];
  /** Every exchange in the order it happened: redirects, the page, media, what the browser asked for. */
  readonly exchanges: readonly HttpExchange[];
  readonly rendered: Rendered | null;
  readonly warnings: readonly string[];
}

const ok = (status: number) => status >= 200 && status < 300;

function isHtml(file: CapturedFile): boolean {
  const type = headerValue(file.exchange.responseHeaders, "content-type")?.toLowerCase() ?? "";
  if (type.includes("html")) return true;
  const head = new TextDecoder().decode(file.body.subarray(0, 512)).trimStart().toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html");
}

export async function capturePage(raw: string, settings: CaptureSettings): Promise<CapturedPage> {
  let url: URL;
  try {
    url = parseCaptureUrl(raw);
  } catch (error) {
    if (error instanceof CaptureTargetError) throw new CaptureError(error.code, error.message);
    throw error;
  }
  const startedAt = new Date();
  const deadline = startedAt.getTime() + settings.timeoutMs;
  let spent = 0;
  const limits = (): ExchangeLimits => ({
    maxBytes: Math.min(settings.maxBytes, settings.maxTotalBytes - spent),
    deadline,
    allowPrivate: settings.allowPrivate,
    userAgent: settings.userAgent,
  });
  const exchanges: HttpExchange[] = [];
  const warnings: string[] = [];
  const keep = (hops: HttpExchange[]) => {
    for (const h of hops) {
      exchanges.push(h);
      spent += h.body.byteLength;
    }
  };

  const hops = await fetchFollowing(url, {
    ...limits(),
    accept: "text/html,application/xhtml+xml,*/*;q=0.8",
  });
  keep(hops);
  const final = hops[hops.length - 1] as HttpExchange;
  if (!ok(final.status))
    throw new CaptureError(
      "http_status",
      `${final.url} answered HTTP ${final.status}${final.statusText ? ` ${final.statusText}` : ""}; nothing was captured`,
    );
  const page: CapturedFile = {
    url: final.url,
    exchange: final,
    body: decodedBody(final, settings.maxBytes),
  };

  const media: CapturedFile[] = [];
  if (isHtml(page)) {
    const urls = pageMediaUrls(new TextDecoder().decode(page.body), page.url);
    if (urls.length > settings.maxMedia)
      warnings.push(
        `the page shows ${urls.length} media files; only the first ${settings.maxMedia} were captured`,
      );
    for (const mediaUrl of urls.slice(0, settings.maxMedia)) {
      if (Date.now() >= deadline) {
        warnings.push(`the capture's time ran out before ${mediaUrl} was fetched`);
        break;
      }
      try {
        const mediaHops = await fetchFollowing(new URL(mediaUrl), limits());
        keep(mediaHops);
        const last = mediaHops[mediaHops.length - 1] as HttpExchange;
        if (!ok(last.status))
          warnings.push(`${mediaUrl}: HTTP ${last.status}; not captured as a source`);
        else
          media.push({ url: last.url, exchange: last, body: decodedBody(last, settings.maxBytes) });
      } catch (error) {
        warnings.push(`${mediaUrl}: ${(error as Error).message}`);
      }
    }
  }

  let rendered: Rendered | null = null;
  if (!isHtml(page)) {
    // A PDF or a picture at the URL is its own best copy: nothing to print.
  } else if (settings.chromiumPath === null) {
    warnings.push(
      `no screenshot or PDF: ${settings.noChromiumReason ?? "no Chromium"} (install Debian's chromium or set CASEFILE_CHROMIUM)`,
    );
  } else {
    const byUrl = new Map<string, HttpExchange>();
    for (const ex of exchanges) if (!byUrl.has(ex.url)) byUrl.set(ex.url, ex);
    try {
      rendered = await renderPage({
        url: page.url,
        chromiumPath: settings.chromiumPath,
        deadline,
        async resource(requested) {
          let exchange = byUrl.get(requested);
          if (!exchange) {
            const target = parseCaptureUrl(requested);
            exchange = await fetchExchange(target, limits());
            keep([exchange]);
            byUrl.set(requested, exchange);
          }
          return { exchange, body: decodedBody(exchange, settings.maxBytes) };
        },
      });
    } catch (error) {
      warnings.push(`no screenshot or PDF: ${(error as Error).message.split("\n")[0]}`);
    }
  }
  return { requestedUrl: url.href, startedAt, page, media, exchanges, rendered, warnings };
}
