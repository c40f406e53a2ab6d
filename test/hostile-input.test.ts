/**
 * Hostile input against the real application: NUL characters and lone surrogates in every kind
 * of field, numbers out of range, malformed URLs and JSON, deep nesting, wrong content types, SQL
 * and script payloads. Every answer is a 4xx problem naming the field (or a correct answer),
 * never a 5xx; the security headers are on every answer; the archive verifies afterwards.
 */
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfInflateBudget } from "../src/ingest/readers/pdf-budget.js";
import { routeGates } from "../src/server/auth.js";
import { ANONYMOUS_PER_MINUTE } from "../src/server/expensive-limit.js";
import { makeDocx } from "./fixtures/documents/make-docx.js";
import { makeFlateBombPdf } from "./fixtures/documents/make-pdf-bomb.js";
import { STORE_TARGETS } from "./support/databases.js";
import {
  type InProcessApp,
  inProcessApp,
  OPERATOR,
  OPERATOR_TOKEN,
} from "./support/in-process-app.js";

const target = STORE_TARGETS[0];
if (!target) throw new Error("no store target");
const AUTH = { authorization: `Bearer ${OPERATOR_TOKEN}` };
const UUID = "00000000-0000-4000-8000-000000000000";

describe("hostile input", () => {
  let t: InProcessApp;
  let sourceId: string;
  let base: string;
  beforeAll(async () => {
    t = await inProcessApp(target);
    // A listening port too, for what only a real socket shows (Node's parser, multipart uploads).
    base = await t.app.listen({ port: 0, host: "127.0.0.1" });
    const outcome = await t.services.ingest.ingestFile(OPERATOR, {
      bytes: new TextEncoder().encode("A short public note.\n"),
      fileName: "note.txt",
      origin: "upload",
      metadata: { title: "Note", access: "public" },
    });
    sourceId = outcome.source.id;
  });
  afterAll(() => t.dispose());

  const cases: {
    name: string;
    method?: "GET" | "POST" | "PATCH";
    url: () => string;
    body?: string;
    type?: string;
    field?: RegExp;
  }[] = [
    { name: "NUL in a query", url: () => "/api/sources?q=%00", field: /query\.q.*NUL/ },
    { name: "NUL in a path parameter", url: () => "/api/lists/%00", field: /path\.id.*NUL/ },
    { name: "offset 1e20", url: () => "/api/sources?offset=1e20", field: /offset.*out of range/ },
    { name: "offset 2^63", url: () => "/api/claims?offset=9223372036854775808", field: /offset/ },
    { name: "offset Infinity", url: () => "/api/sources?offset=Infinity", field: /offset/ },
    { name: "log before 1e20", url: () => "/api/log?before=1e20", field: /before/ },
    {
      name: "estimate seed Infinity",
      url: () => "/api/registry/estimates?seed=Infinity",
      field: /seed/,
    },
    { name: "malformed URL", url: () => "/api/sources/%E0%A4%A", field: /malformed/ },
    {
      name: "NUL in a JSON body field",
      method: "PATCH",
      url: () => `/api/sources/${sourceId}`,
      body: JSON.stringify({ title: "a\u0000b", reason: "x" }),
      field: /body\.title.*NUL/,
    },
    {
      name: "lone surrogate in a title",
      method: "PATCH",
      url: () => `/api/sources/${sourceId}`,
      body: '{"title":"\\ud800x","reason":"x"}',
      field: /body\.title.*surrogate/,
    },
    {
      name: "malformed JSON",
      method: "POST",
      url: () => `/api/claims/${UUID}/review`,
      body: '{"action": "confirm",',
    },
    {
      name: "deeply nested JSON",
      method: "POST",
      url: () => "/api/claims/confirm",
      body: `${"[".repeat(5000)}${"]".repeat(5000)}`,
    },
    {
      name: "two files in a one-file upload",
      method: "POST",
      url: () => "/api/sources",
      body: [
        "--x",
        'Content-Disposition: form-data; name="file"; filename="a.txt"',
        "",
        "first",
        "--x",
        'Content-Disposition: form-data; name="file"; filename="b.txt"',
        "",
        "second",
        "--x--",
        "",
      ].join("\r\n"),
      type: "multipart/form-data; boundary=x",
      field: /one file per request/,
    },
    {
      name: "wrong content type",
      method: "POST",
      url: () => "/api/claims/confirm",
      body: "ids=1",
      type: "application/x-www-form-urlencoded",
    },
  ];

  for (const c of cases)
    it(`answers ${c.name} with a 4xx problem`, async () => {
      const res = await t.app.inject({
        method: c.method ?? "GET",
        url: c.url(),
        headers: { ...AUTH, ...(c.body ? { "content-type": c.type ?? "application/json" } : {}) },
        ...(c.body ? { payload: c.body } : {}),
      });
      expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, res.body).toBeLessThan(500);
      expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
      if (c.field) expect(res.json<{ detail: string }>().detail).toMatch(c.field);
    });

  it("keeps SQL and script payloads as plain text", async () => {
    const payload = `'; DROP TABLE sources; -- <script>alert(1)</script>`;
    const search = await t.app.inject({ url: `/api/sources?q=${encodeURIComponent(payload)}` });
    expect(search.statusCode).toBe(200);
    // Invalid UTF-8 in a URL decodes to U+FFFD: a harmless character, not a lone surrogate.
    const invalid = await t.app.inject({ url: "/api/search?q=%ED%A0%80" });
    expect(invalid.statusCode).toBe(200);
    const edit = await t.app.inject({
      method: "PATCH",
      url: `/api/sources/${sourceId}`,
      headers: AUTH,
      payload: { title: payload, reason: "hostile title" },
    });
    expect(edit.statusCode).toBe(200);
    const back = await t.app.inject({ url: `/api/sources/${sourceId}` });
    expect(back.json<{ title: string }>().title).toBe(payload);
  });

  it("sends the security headers on API answers", async () => {
    const res = await t.app.inject({ url: "/api/health" });
    expect(res.headers["content-security-policy"]).toMatch(/script-src 'self'/);
    expect(res.headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
    expect(res.headers["x-frame-options"]).toBe("DENY");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["referrer-policy"]).toBe("no-referrer");
  });

  const upload = async (bytes: Uint8Array, fileName: string, auth = true) => {
    const form = new FormData();
    form.append("file", new Blob([Buffer.from(bytes)]), fileName);
    const res = await fetch(`${base}/api/sources`, {
      method: "POST",
      headers: auth ? AUTH : {},
      body: form,
    });
    return { status: res.status, type: res.headers.get("content-type"), body: await res.json() };
  };

  it("refuses a DOCX zip bomb with 413 at the budget, and goes on serving", async () => {
    // Some 21 MiB of honest paragraphs in a file of about 100 KB.
    const bomb = makeDocx(Array.from({ length: 350_000 }, () => "Many people fled at night."));
    const res = await upload(bomb, "bomb.docx");
    expect(res.status, JSON.stringify(res.body)).toBe(413);
    expect(res.type).toMatch(/application\/problem\+json/);
    expect(res.body.detail).toMatch(/bomb\.docx: .*more than 20971520 bytes of XML/);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  });

  it("refuses a PDF whose Flate stream inflates to 300 MiB with 413, and goes on serving", async () => {
    const bomb = await makeFlateBombPdf(300);
    const res = await upload(bomb, "bomb.pdf");
    expect(res.status, JSON.stringify(res.body)).toBe(413);
    expect(res.type).toMatch(/application\/problem\+json/);
    expect(res.body.detail).toMatch(
      new RegExp(`bomb\\.pdf: .*inflates to more than ${pdfInflateBudget(bomb.length)} bytes`),
    );
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    const listed = await t.app.inject({ url: "/api/sources?q=bomb", headers: AUTH });
    expect(listed.json<{ total: number }>().total).toBe(0);
  });

  it("refuses a text with a NUL as 422 naming the file and the byte", async () => {
    const res = await upload(new TextEncoder().encode(`${"x".repeat(700)}\u0000 rest`), "nul.txt");
    expect(res.status).toBe(422);
    expect(res.body.detail).toMatch(/nul\.txt: .*NUL character.*at byte 700/);
  });

  it("keeps only the file name of a traversal, and serves the bytes stored", async () => {
    const res = await upload(
      new TextEncoder().encode("A note about the road.\n"),
      "../../etc/passwd.txt",
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(JSON.stringify(res.body)).not.toContain("../");
  });

  it("refuses an anonymous upload before reading its body", async () => {
    // 20 MB announced, none sent: the 401 comes back without waiting for the body.
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${base}/api/sources`, {
        method: "POST",
        headers: {
          "content-type": "multipart/form-data; boundary=x",
          "content-length": String(20 * 1024 * 1024),
        },
      });
      req.on("response", (res) => {
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on("error", reject);
      req.flushHeaders();
    });
    expect(status).toBe(401);
  });

  it("answers Node's own refusals (headers over the limit) as problems", async () => {
    const res = await fetch(`${base}/api/sources?q=${"a".repeat(100_000)}`);
    expect(res.status).toBe(431);
    expect(res.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect(((await res.json()) as { status: number }).status).toBe(431);
  });

  it("refuses bodies of the wrong type or over the size limit as problems", async () => {
    for (const [type, payload, status] of [
      ["text/plain", "username=a", 415],
      ["application/json", JSON.stringify({ username: "a".repeat(2 * 1024 * 1024) }), 413],
      ["application/xml", "<a/>", 415],
    ] as const) {
      const res = await t.app.inject({
        method: "POST",
        url: "/api/session",
        headers: { "content-type": type },
        payload,
      });
      expect(res.statusCode, type).toBe(status);
      expect(res.headers["content-type"]).toMatch(/application\/problem\+json/);
    }
  });

  it("answers SQL, script, NUL, surrogate and traversal payloads in every parameter of every route without a 5xx", async () => {
    const payloads = [
      "'; DROP TABLE sources; --",
      '<img src=x onerror="globalThis.pwned=1">',
      "a\u0000b",
      "\ud800",
      "../../../etc/passwd",
      "%' OR 1=1 --",
      "1e400",
    ];
    const routes = routeGates(t.app).filter(
      (r) => r.method !== "HEAD" && !(r.url === "/api/session" && r.method === "DELETE"),
    );
    const failures: string[] = [];
    const send = async (method: string, url: string, body?: Record<string, unknown>) => {
      const res = await t.app.inject({
        method: method as "GET",
        url,
        headers: AUTH,
        ...(body ? { payload: body } : method === "GET" ? {} : { payload: {} }),
      });
      if (res.statusCode >= 500)
        failures.push(`${method} ${url} ${JSON.stringify(body)}: ${res.statusCode} ${res.body}`);
    };
    for (const route of routes)
      for (const payload of payloads) {
        // A lone surrogate has no UTF-8 form: its would-be bytes, which decode to U+FFFD.
        const encoded = payload === "\ud800" ? "%ED%A0%80" : encodeURIComponent(payload);
        const plain = route.url.replace(/:[a-z]+/gi, UUID);
        for (const name of route.query) await send(route.method, `${plain}?${name}=${encoded}`);
        if (route.url.includes(":"))
          await send(route.method, route.url.replace(/:[a-z]+/gi, encoded));
        for (const name of route.body) await send(route.method, plain, { [name]: payload });
      }
    expect(failures).toEqual([]);
    expect(routes.length).toBeGreaterThan(30);
  }, 300_000);

  it("limits anonymous callers of expensive routes, answering 429 problems", async () => {
    let last = 0;
    for (let i = 0; i <= ANONYMOUS_PER_MINUTE; i++)
      last = (await t.app.inject({ url: "/api/search?q=road" })).statusCode;
    expect(last).toBe(429);
    const limited = await t.app.inject({ url: "/api/search?q=road" });
    expect(limited.headers["content-type"]).toMatch(/application\/problem\+json/);
    expect(limited.headers["retry-after"]).toBeDefined();
    expect((await t.app.inject({ url: "/api/search?q=road", headers: AUTH })).statusCode).toBe(200);
  });

  it("leaves an archive that verifies, with nothing lost", async () => {
    const report = await t.services.verify.verify(OPERATOR);
    expect(report.ok).toBe(true);
    // The first note is still there, its text intact, and so is every table the payloads named.
    const text = await t.app.inject({ url: `/api/sources/${sourceId}/text`, headers: AUTH });
    expect(text.statusCode).toBe(200);
    expect(text.body).toContain("A short public note.");
    const list = await t.app.inject({ url: "/api/sources", headers: AUTH });
    expect(list.json<{ total: number }>().total).toBeGreaterThanOrEqual(2);
  });
});
