/** A GET that follows redirects, keeping every hop's exchange (each belongs in the WARC). */
import { CaptureTargetError, parseCaptureUrl } from "../../core/capture/capture-target.js";
import { CaptureError } from "./capture-error.js";
import {
  type ExchangeLimits,
  fetchExchange,
  type HttpExchange,
  headerValue,
} from "./http-exchange.js";

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
export const MAX_REDIRECTS = 10;

/** Every hop, the final answer last. Each new location is checked like the first URL. */
export async function fetchFollowing(url: URL, limits: ExchangeLimits): Promise<HttpExchange[]> {
  const hops: HttpExchange[] = [];
  let next = url;
  for (;;) {
    const exchange = await fetchExchange(next, limits);
    hops.push(exchange);
    const location = headerValue(exchange.responseHeaders, "location");
    if (!REDIRECTS.has(exchange.status) || location === undefined) return hops;
    if (hops.length > MAX_REDIRECTS)
      throw new CaptureError("redirects", `${url.href}: more than ${MAX_REDIRECTS} redirects`);
    try {
      next = parseCaptureUrl(new URL(location, next).href);
    } catch (error) {
      if (error instanceof CaptureTargetError)
        throw new CaptureError(
          error.code,
          `${next.href} redirects to a URL that cannot be captured: ${error.message}`,
        );
      throw error;
    }
  }
}
