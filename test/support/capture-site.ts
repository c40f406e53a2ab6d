/**
 * A small web site on 127.0.0.1 for capture tests (nothing touches the internet): an article page
 * with a stylesheet, two pictures and a missing one, a redirect to it, a 404, a slow answer and an
 * oversized body. It records every request it answered, so tests can compare the WARC with what
 * was really sent.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { drawnPng, jpegWithExif } from "./media-files.js";

export interface CaptureSite {
  readonly origin: string;
  /** The exact bytes each path answered with (a body, not headers). */
  readonly bodies: ReadonlyMap<string, Uint8Array>;
  readonly requests: string[];
  close(): Promise<void>;
}

// Our own words: a made-up notice, so the test depends on nothing outside the repository.
const ARTICLE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Shelling of the river quarter</title>
<link rel="stylesheet" href="/style.css"></head>
<body><nav><a href="/">Home</a> · <a href="/archive">Archive</a></nav>
<article><h1>Shelling of the river quarter</h1>
<p>Residents of the river quarter said that shelling began shortly after midnight and continued until dawn, according to three witnesses interviewed by this newsletter on the following day.</p>
<p>The local hospital reported that at least 14 people were wounded and 3 were killed; the figures could not be independently confirmed at the time of writing.</p>
<figure><img src="/img/street.png" alt="The street after the shelling"><figcaption>The street after the shelling.</figcaption></figure>
<p>A photograph taken by a resident shows the damaged school building on the corner of the main square, which had served as a shelter for families from the upper town.</p>
<img srcset="/img/school-small.jpg 1x, /img/school.jpg 2x" src="/img/school-small.jpg" alt="The school">
<img src="/img/missing.png" alt="">
<p>Volunteers from the quarter said they would keep a list of the names of those who had left their homes, so that relatives could find one another later.</p>
</article><footer>Newsletter of the river quarter</footer></body></html>`;

export async function startCaptureSite(): Promise<CaptureSite> {
  const png = drawnPng(7, 320, 240);
  const jpeg = jpegWithExif(8, {
    make: "Canon",
    model: "EOS 5D",
    dateTimeOriginal: "2021:05:04 07:30:00",
    offsetTimeOriginal: "+04:00",
    lat: 40.4,
    lon: 49.8,
  });
  const files: Record<string, { type: string; body: Uint8Array }> = {
    "/page.html": { type: "text/html; charset=utf-8", body: new TextEncoder().encode(ARTICLE) },
    "/style.css": {
      type: "text/css",
      body: new TextEncoder().encode(
        "body{font-family:serif;max-width:40em;margin:2em auto}nav{color:#555}",
      ),
    },
    "/img/street.png": { type: "image/png", body: png },
    "/img/school.jpg": { type: "image/jpeg", body: jpeg },
  };
  const bodies = new Map(Object.entries(files).map(([k, v]) => [k, v.body]));
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    requests.push(path);
    const file = files[path];
    if (file) {
      // The article goes out chunked (no length), the rest with a length: both must archive exactly.
      if (path !== "/page.html") res.setHeader("content-length", file.body.byteLength);
      res.writeHead(200, { "content-type": file.type, "x-site": "capture-test" });
      res.end(file.body);
      return;
    }
    if (path === "/old") {
      res.writeHead(301, { location: "/page.html" });
      res.end();
      return;
    }
    if (path === "/slow") {
      // Never answers within the tests' one-second capture limit; the server's close ends it.
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<!doctype html><html><body><p>");
      return;
    }
    if (path === "/huge") {
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(256 * 1024, "a");
      let sent = 0;
      const more = () => {
        while (sent < 64 && !res.destroyed) {
          sent++;
          if (!res.write(chunk)) return void res.once("drain", more);
        }
        res.end();
      };
      more();
      return;
    }
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not here");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    bodies,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
