/** A response body without its content coding (gzip, deflate, br), bounded like the body itself. */
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { CaptureError } from "./capture-error.js";
import { type HttpExchange, headerValue } from "./http-exchange.js";

export function decodedBody(exchange: HttpExchange, maxBytes: number): Uint8Array {
  const coding = headerValue(exchange.responseHeaders, "content-encoding")?.trim().toLowerCase();
  if (!coding || coding === "identity") return exchange.body;
  const options = { maxOutputLength: maxBytes };
  try {
    if (coding === "gzip" || coding === "x-gzip") return gunzipSync(exchange.body, options);
    if (coding === "deflate") return inflateSync(exchange.body, options);
    if (coding === "br") return brotliDecompressSync(exchange.body, options);
  } catch (error) {
    throw new CaptureError(
      "too_large",
      `${exchange.url}: the ${coding} body does not decode within ${maxBytes} bytes`,
      { cause: error },
    );
  }
  return exchange.body;
}
