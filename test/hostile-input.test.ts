/**
 * Hostile input against the real application: NUL characters and lone surrogates in every kind
 * of field, numbers out of range, malformed URLs and JSON, deep nesting, wrong content types, SQL
 * and script payloads. Every answer is a 4xx problem naming the field (or a correct answer),
 * never a 5xx; the security headers are on every answer; the archive verifies afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
  beforeAll(async () => {
    t = await inProcessApp(target);
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

  it("leaves an archive that verifies", async () => {
    const report = await t.services.verify.verify(OPERATOR);
    expect(report.ok).toBe(true);
  });
});
