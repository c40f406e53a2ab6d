/**
 * Sends the application's page. A page with first-view data is streamed: its head (the script,
 * style and catalogue links) leaves at once, flushed through gzip, and the data follows when the
 * API has answered, so that a slow phone fetches the script while the server computes the data.
 */
import { PassThrough, type Writable } from "node:stream";
import { constants, createGzip } from "node:zlib";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { firstViewData, firstViewElement } from "./first-view-data.js";
import type { ShellPage } from "./web-shell.js";

function acceptsGzip(request: FastifyRequest): boolean {
  const accepted = request.headers["accept-encoding"];
  return typeof accepted === "string" && /\bgzip\b/.test(accepted);
}

export function sendShell(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  page: ShellPage,
): FastifyReply {
  // The page is the record as it stands now (and a shared cache has no business keeping it).
  reply.type("text/html; charset=utf-8").header("cache-control", "private, no-cache");
  if (page.dataPaths.length === 0) return reply.send(page.head + page.tail);
  const gzip = acceptsGzip(request);
  const out: Writable & NodeJS.ReadableStream = gzip
    ? createGzip({ flush: constants.Z_SYNC_FLUSH })
    : new PassThrough();
  if (gzip) reply.header("content-encoding", "gzip").header("vary", "accept-encoding");
  out.write(page.head);
  // Each path that fails is left out (firstViewData); the page is finished in any case.
  void firstViewData(app, page.dataPaths)
    .then(firstViewElement, () => "")
    .then((element) => out.end(element + page.tail));
  return reply.send(out);
}
