import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { WARCParser } from "warcio";
import { sha256Hex } from "../../core/hash/sha256.js";
import type { HttpExchange } from "./http-exchange.js";
import { readWarcResponses, writeWarc } from "./warc-file.js";

const exchange = (over: Partial<HttpExchange>): HttpExchange => ({
  url: "http://example.org/",
  requestedAt: new Date("2026-01-02T03:04:05Z"),
  requestLine: "GET / HTTP/1.1",
  requestHeaders: [["Host", "example.org"]],
  remoteAddress: "93.184.216.34",
  httpVersion: "1.1",
  status: 200,
  statusText: "OK",
  responseHeaders: [["Content-Type", "text/html"]],
  body: new Uint8Array(),
  ...over,
});

describe("the WARC of a capture", () => {
  it("writes request and response records that warcio reads back with the exact bytes, linked and digested", async () => {
    const binary = Uint8Array.from({ length: 256 }, (_, i) => i);
    const html = new TextEncoder().encode("<p>page</p>");
    const warc = await writeWarc(
      [
        exchange({
          url: "http://example.org/old",
          status: 301,
          statusText: "Moved Permanently",
          responseHeaders: [["Location", "/"]],
        }),
        exchange({
          body: html,
          responseHeaders: [
            ["Content-Type", "text/html"],
            ["Transfer-Encoding", "chunked"],
            ["Set-Cookie", "a=1"],
            ["Set-Cookie", "b=2"],
          ],
        }),
        exchange({
          url: "http://example.org/x.bin",
          body: binary,
          responseHeaders: [["Content-Type", "application/octet-stream"]],
        }),
      ],
      { software: "casefile-test", operator: "tester", fileName: "t.warc" },
    );
    const records: { type: string; concurrentTo: string[]; id: string; headers: string }[] = [];
    for await (const r of WARCParser.iterRecords([warc])) {
      await r.readFully(false);
      records.push({
        type: r.warcType ?? "",
        concurrentTo: r.warcConcurrentTo ?? [],
        id: r.warcHeader("WARC-Record-ID") ?? "",
        headers: r.httpHeaders?.toString() ?? "",
      });
    }
    expect(records.map((r) => r.type)).toEqual([
      "warcinfo",
      "request",
      "response",
      "request",
      "response",
      "request",
      "response",
    ]);
    expect(records[2]?.concurrentTo).toEqual([records[1]?.id]);
    // Node removed the chunked coding: the header says it was there without claiming it still is.
    expect(records[4]?.headers).toMatch(/^x-archive-orig-transfer-encoding: chunked/im);
    expect(records[4]?.headers).not.toMatch(/^transfer-encoding/im);
    // Written with the headers' own case and every repeat (both cookies).
    const raw = Buffer.from(warc).toString("latin1");
    expect(raw).toContain("X-Archive-Orig-Transfer-Encoding: chunked\r\n");
    expect(raw).toContain("Set-Cookie: a=1\r\nSet-Cookie: b=2\r\n");

    const responses = await readWarcResponses(warc);
    expect(responses.map((r) => [r.url, r.status])).toEqual([
      ["http://example.org/old", 301],
      ["http://example.org/", 200],
      ["http://example.org/x.bin", 200],
    ]);
    expect(Buffer.from(responses[2]?.payload ?? []).equals(Buffer.from(binary))).toBe(true);
    expect(responses[2]?.declaredPayloadDigest).toBe(`sha256:${sha256Hex(binary)}`);
  });

  it("keeps a gzip-coded body as sent, and knows the hash of its content", async () => {
    const content = new TextEncoder().encode("<p>compressed page</p>");
    const sent = gzipSync(content);
    const [response] = await readWarcResponses(
      await writeWarc([exchange({ body: sent, responseHeaders: [["Content-Encoding", "gzip"]] })], {
        software: "t",
        operator: "t",
        fileName: "t.warc",
      }),
    );
    expect(response?.payloadSha256).toBe(sha256Hex(sent));
    expect(response?.contentSha256).toBe(sha256Hex(content));
  });
});
