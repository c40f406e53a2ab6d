/** The HTTP API of a running server process: persistence, upload, access, problems, the CLI through the server. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { jsonOf, runCasefile } from "./support/cli-process.js";
import { OWN_TEXTS } from "./support/paths.js";
import { PROCESS_TARGETS } from "./support/process-targets.js";
import { operatorToken, storePerTest } from "./support/served-store.js";

async function upload(
  url: string,
  token: string | null,
  file: { name: string; bytes: Uint8Array },
  fields: Record<string, string> = {},
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append("file", new Blob([Buffer.from(file.bytes)]), file.name);
  return fetch(`${url}/api/sources`, {
    method: "POST",
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

describe.each(PROCESS_TARGETS)("HTTP API on $name", (processTarget) => {
  const t = storePerTest(processTarget);

  it("serves health, the web app, OpenAPI and problem details", async () => {
    const server = await t.serve();
    expect(await (await fetch(`${server.url}/api/health`)).json()).toMatchObject({
      status: "ok",
      store: processTarget.name,
    });
    const page = await fetch(`${server.url}/sources/anything`);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    const openapi = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining(["/api/health", "/api/sources", "/api/sources/{id}", "/api/verify"]),
    );
    const missing = await fetch(`${server.url}/api/nothing`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toMatch(/application\/problem\+json/);
    const badQuery = await fetch(`${server.url}/api/sources?limit=100000`);
    expect(badQuery.status).toBe(400);
    expect(((await badQuery.json()) as { detail: string }).detail).toMatch(/limit/);
  });

  it("keeps uploads across a restart and hides restricted sources from anonymous callers", async () => {
    let server = await t.serve();
    const token = operatorToken(t.target.dataDir);
    const anonymous = await upload(server.url, null, {
      name: "a.txt",
      bytes: new TextEncoder().encode("text"),
    });
    expect(anonymous.status).toBe(401);
    const created = await upload(
      server.url,
      token,
      { name: "wire-report.txt", bytes: readFileSync(OWN_TEXTS[0] as string) },
      // Publishing is a deliberate choice: without it an upload is restricted.
      { kind: "analysis", published: "2025", access: "public" },
    );
    expect(created.status).toBe(201);
    const unchosen = await upload(server.url, token, {
      name: "unchosen.txt",
      bytes: new TextEncoder().encode("An upload whose access nobody chose."),
    });
    expect(((await unchosen.json()) as { source: { access: string } }).source.access).toBe(
      "restricted",
    );
    const secret = await upload(
      server.url,
      token,
      {
        name: "witness.txt",
        bytes: new TextEncoder().encode("The witness's real name and address."),
      },
      { access: "confidential" },
    );
    const secretId = ((await secret.json()) as { source: { id: string } }).source.id;
    const dup = await upload(server.url, token, {
      name: "again.txt",
      bytes: readFileSync(OWN_TEXTS[0] as string),
    });
    expect(dup.status).toBe(200);

    await server.stop();
    server = await t.serve();
    const list = (await (await fetch(`${server.url}/api/sources`)).json()) as {
      total: number;
      items: { access: string; kind: string }[];
    };
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ access: "public", kind: "analysis" });
    expect((await fetch(`${server.url}/api/sources/${secretId}`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/sources/${secretId}/original`)).status).toBe(404);
    const asOperator = await fetch(`${server.url}/api/sources`, {
      headers: { authorization: `Bearer ${operatorToken(t.target.dataDir)}` },
    });
    expect(((await asOperator.json()) as { total: number }).total).toBe(3);
    const wrongToken = await fetch(`${server.url}/api/sources`, {
      headers: { authorization: "Bearer nope" },
    });
    expect(wrongToken.status).toBe(401);
  });

  it("answers bad uploads with 4xx problems and stores nothing of them", async () => {
    const server = await t.serve({ CASEFILE_MAX_FILE_MB: "1" });
    const token = operatorToken(t.target.dataDir);
    const cases: [string, Uint8Array, number][] = [
      ["empty.txt", new Uint8Array(0), 422],
      [
        "tool.exe",
        new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0]),
        415,
      ],
      ["broken.docx", new TextEncoder().encode("PK\u0003\u0004 not a real zip"), 422],
    ];
    for (const [name, bytes, status] of cases) {
      const response = await upload(server.url, token, { name, bytes });
      expect(response.status, name).toBe(status);
      expect(((await response.json()) as { detail: string }).detail).toContain(name);
    }
    const tooLarge = await upload(server.url, token, {
      name: "big.txt",
      bytes: new Uint8Array(2 * 1024 * 1024).fill(65),
    });
    expect(tooLarge.status).toBe(413);
    const malformed = await fetch(`${server.url}/api/sources`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "multipart/form-data; boundary=x",
      },
      body: "not a multipart body",
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { detail: string }).detail).toMatch(/malformed multipart/);
    const badDate = await fetch(`${server.url}/api/search?q=report&from=1992-99`);
    expect(badDate.status).toBe(400);
    const noFile = await fetch(`${server.url}/api/sources`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: "{}",
    });
    expect(noFile.status).toBe(400);
    const verify = await fetch(`${server.url}/api/verify`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await verify.json()).toMatchObject({ ok: true, blobsChecked: 0, logEntriesChecked: 0 });
  });

  it("lets the CLI work through the running server", async () => {
    const server = await t.serve();
    // Published deliberately: the list below is read anonymously.
    const result = await runCasefile(
      ["ingest", ...OWN_TEXTS, "--access", "public", "--json"],
      t.target.env,
    );
    expect(result.code, result.stderr).toBe(0);
    const summary = jsonOf<{ created: number; via: string }>(result);
    expect(summary.created).toBe(2);
    if (processTarget.name === "pglite") expect(summary.via).toContain(server.url);
    const list = (await (await fetch(`${server.url}/api/sources`)).json()) as { total: number };
    expect(list.total).toBe(2);
    const verify = await runCasefile(["verify"], t.target.env);
    expect(verify.code, verify.stderr).toBe(0);
  });
});
