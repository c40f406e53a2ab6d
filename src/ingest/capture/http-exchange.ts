/**
 * One HTTP GET as an archivist keeps it: the request as sent, the status line and headers as
 * received (names in their case and order), and the body exactly as transferred (Node removes only
 * the chunked transfer coding; a content coding such as gzip is kept). Before connecting, the host's
 * addresses are resolved and checked against the SSRF rule, and the connection is pinned to the
 * checked address, so a name cannot resolve to a public address for the check and a private one
 * for the request. The body is bounded in size and the exchange in time.
 */
import { lookup } from "node:dns/promises";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import {
  CaptureTargetError,
  isPrivateAddress,
  parseCaptureUrl,
} from "../../core/capture/capture-target.js";
import { CaptureError } from "./capture-error.js";

export type HeaderList = readonly (readonly [string, string])[];

export interface HttpExchange {
  readonly url: string;
  readonly requestedAt: Date;
  /** "GET /path?q HTTP/1.1" */
  readonly requestLine: string;
  readonly requestHeaders: HeaderList;
  readonly remoteAddress: string;
  readonly httpVersion: string;
  readonly status: number;
  readonly statusText: string;
  readonly responseHeaders: HeaderList;
  readonly body: Uint8Array;
}

export interface ExchangeLimits {
  readonly maxBytes: number;
  /** Epoch milliseconds by which the whole exchange must be done. */
  readonly deadline: number;
  /** Let the capture reach loopback and private networks (tests; an operator's explicit choice). */
  readonly allowPrivate: boolean;
  readonly userAgent: string;
  readonly accept?: string;
}

async function checkedAddress(
  url: URL,
  allowPrivate: boolean,
): Promise<{ address: string; family: number }> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host)
    ? [{ address: host, family: isIP(host) }]
    : await lookup(host, { all: true }).catch((error: unknown) => {
        throw new CaptureError("network", `${url.host}: the name does not resolve`, {
          cause: error,
        });
      });
  const first = addresses[0];
  if (!first) throw new CaptureError("network", `${url.host}: the name does not resolve`);
  if (!allowPrivate) {
    const inside = addresses.find((a) => isPrivateAddress(a.address));
    if (inside)
      throw new CaptureError(
        "private_address",
        `${url.host} resolves to ${inside.address}, a loopback or private address; captures may reach only the public internet unless the operator allows private addresses (CASEFILE_CAPTURE_ALLOW_PRIVATE=1)`,
      );
  }
  return first;
}

/**
 * Checks a URL before any work is queued: its scheme, and (unless allowed) that its host resolves
 * to no loopback or private address. Throws a CaptureError naming the problem.
 */
export async function checkCaptureUrl(raw: string, allowPrivate: boolean): Promise<URL> {
  let url: URL;
  try {
    url = parseCaptureUrl(raw);
  } catch (error) {
    if (error instanceof CaptureTargetError) throw new CaptureError(error.code, error.message);
    throw error;
  }
  await checkedAddress(url, allowPrivate);
  return url;
}

export function headerValue(headers: HeaderList, name: string): string | undefined {
  const lower = name.toLowerCase();
  return headers.find(([n]) => n.toLowerCase() === lower)?.[1];
}

/** GETs one URL (no redirects followed) within the limits; throws a CaptureError naming the problem. */
export async function fetchExchange(url: URL, limits: ExchangeLimits): Promise<HttpExchange> {
  const pinned = await checkedAddress(url, limits.allowPrivate);
  const requestedAt = new Date();
  const path = `${url.pathname}${url.search}`;
  const requestHeaders: [string, string][] = [
    ["Host", url.host],
    ["User-Agent", limits.userAgent],
    ["Accept", limits.accept ?? "*/*"],
    // The body as the server keeps it: no compression to undo before hashing.
    ["Accept-Encoding", "identity"],
    ["Connection", "close"],
  ];
  const pin: LookupFunction = (_host, options, callback) => {
    if (options.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
    else callback(null, pinned.address, pinned.family);
  };
  const remaining = limits.deadline - Date.now();
  if (remaining <= 0) throw timeoutError(url);
  return new Promise<HttpExchange>((resolve, reject) => {
    const send = url.protocol === "https:" ? httpsRequest : httpRequest;
    const req = send(url, {
      method: "GET",
      // A flat list keeps the headers' order and case as they go on the wire.
      headers: requestHeaders.flat(),
      lookup: pin,
      setHost: false,
    });
    const timer = setTimeout(() => req.destroy(timeoutError(url)), remaining);
    const fail = (error: unknown) => {
      clearTimeout(timer);
      reject(
        error instanceof CaptureError
          ? error
          : new CaptureError("network", `${url.href}: ${(error as Error).message}`, {
              cause: error,
            }),
      );
    };
    req.on("error", fail);
    req.on("response", (res: IncomingMessage) => {
      const declared = Number(res.headers["content-length"]);
      if (Number.isFinite(declared) && declared > limits.maxBytes) {
        req.destroy(tooLarge(url, declared, limits.maxBytes));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.byteLength;
        if (size > limits.maxBytes) req.destroy(tooLarge(url, size, limits.maxBytes));
        else chunks.push(chunk);
      });
      res.on("error", fail);
      res.on("end", () => {
        clearTimeout(timer);
        const responseHeaders: [string, string][] = [];
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2)
          responseHeaders.push([res.rawHeaders[i] as string, res.rawHeaders[i + 1] as string]);
        resolve({
          url: url.href,
          requestedAt,
          requestLine: `GET ${path} HTTP/1.1`,
          requestHeaders,
          remoteAddress: pinned.address,
          httpVersion: res.httpVersion,
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? "",
          responseHeaders,
          body: new Uint8Array(Buffer.concat(chunks)),
        });
      });
    });
    req.end();
  });
}

function timeoutError(url: URL): CaptureError {
  return new CaptureError(
    "timeout",
    `${url.href}: no complete answer within the capture's time limit`,
  );
}

function tooLarge(url: URL, size: number, max: number): CaptureError {
  return new CaptureError(
    "too_large",
    `${url.href}: the body is over the limit of ${max} bytes (${size} bytes and counting)`,
  );
}
