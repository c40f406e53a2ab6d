/**
 * The capture's HTTP exchanges as a WARC 1.1 file, written and read with Webrecorder's warcio
 * (the library their crawlers and replay tools use). One warcinfo record, then per exchange a
 * request and a response record, the response naming its request (WARC-Concurrent-To) and the
 * address it came from (WARC-IP-Address); warcio adds block and payload digests (SHA-256).
 * Node removes a chunked transfer coding before we see the body, so that header is kept under
 * X-Archive-Orig-Transfer-Encoding: the record then says truthfully what its payload is.
 */
import { randomUUID } from "node:crypto";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { WARCParser, WARCRecord, WARCSerializer } from "warcio";
import { sha256Hex } from "../../core/hash/sha256.js";
import type { HeaderList, HttpExchange } from "./http-exchange.js";

export interface WarcInfo {
  readonly software: string;
  readonly operator: string;
  readonly fileName: string;
}

const VERSION = "WARC/1.1";

function archivedHeaders(headers: HeaderList): [string, string][] {
  return headers.map(([name, value]) =>
    name.toLowerCase() === "transfer-encoding"
      ? ["X-Archive-Orig-Transfer-Encoding", value]
      : [name, value],
  );
}

async function serialize(record: WARCRecord): Promise<Uint8Array> {
  return WARCSerializer.serialize(record, { gzip: false });
}

export async function writeWarc(
  exchanges: readonly HttpExchange[],
  info: WarcInfo,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [
    await serialize(
      WARCRecord.createWARCInfo(
        { filename: info.fileName, warcVersion: VERSION },
        { software: info.software, operator: info.operator, format: "WARC File Format 1.1" },
      ),
    ),
  ];
  for (const ex of exchanges) {
    const date = ex.requestedAt.toISOString();
    const requestId = `<urn:uuid:${randomUUID()}>`;
    parts.push(
      await serialize(
        WARCRecord.create(
          {
            url: ex.url,
            date,
            type: "request",
            warcVersion: VERSION,
            warcHeaders: { "WARC-Record-ID": requestId },
            statusline: ex.requestLine,
            httpHeaders: archivedHeaders(ex.requestHeaders),
          },
          [],
        ),
      ),
      await serialize(
        WARCRecord.create(
          {
            url: ex.url,
            date,
            type: "response",
            warcVersion: VERSION,
            warcHeaders: { "WARC-Concurrent-To": requestId, "WARC-IP-Address": ex.remoteAddress },
            statusline: `HTTP/${ex.httpVersion} ${ex.status} ${ex.statusText}`.trimEnd(),
            httpHeaders: archivedHeaders(ex.responseHeaders),
          },
          [ex.body],
        ),
      ),
    );
  }
  return new Uint8Array(Buffer.concat(parts));
}

export interface WarcResponse {
  readonly url: string;
  readonly status: number;
  /** SHA-256 of the payload as stored (the body exactly as received). */
  readonly payloadSha256: string;
  readonly payload: Uint8Array;
  /** SHA-256 of the payload without its content coding (the same as payloadSha256 when it has none). */
  readonly contentSha256: string;
  readonly declaredPayloadDigest: string | null;
}

function withoutContentCoding(payload: Uint8Array, coding: string | null | undefined): Uint8Array {
  const c = coding?.trim().toLowerCase();
  if (c === "gzip" || c === "x-gzip") return gunzipSync(payload);
  if (c === "deflate") return inflateSync(payload);
  if (c === "br") return brotliDecompressSync(payload);
  return payload;
}

/** Every response record of a WARC, with its payload's bytes and hash (for tests and `verify`). */
export async function readWarcResponses(bytes: Uint8Array): Promise<WarcResponse[]> {
  const found: WarcResponse[] = [];
  for await (const record of WARCParser.iterRecords([bytes])) {
    if (record.warcType !== "response") {
      await record.readFully(false);
      continue;
    }
    const payload = await record.readFully(false);
    found.push({
      url: record.warcTargetURI ?? "",
      status: Number(record.httpHeaders?.statusCode ?? 0),
      payloadSha256: sha256Hex(payload),
      contentSha256: sha256Hex(
        withoutContentCoding(payload, record.httpHeaders?.headers.get("content-encoding")),
      ),
      payload,
      declaredPayloadDigest: record.warcPayloadDigest ?? null,
    });
  }
  return found;
}
