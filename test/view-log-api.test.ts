/**
 * Views of material above public are logged over the API, on every store: one entry per page
 * view (however many requests and items it takes), none for public material or anonymous
 * readers, and the log still verifies. On PostgreSQL, two server instances over one database (as
 * after a restart, or with several workers) log a page view once between them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/server/app.js";
import { createServices } from "../src/services/services.js";
import { openStore } from "../src/store/open-store.js";
import { STORE_TARGETS } from "./support/databases.js";
import {
  type InProcessApp,
  inProcessApp,
  OPERATOR,
  OPERATOR_TOKEN,
  sessionCookieOf,
} from "./support/in-process-app.js";

const PASSWORD = "a viewer's passphrase";
const bytes = (text: string) => new TextEncoder().encode(text);

describe.each(STORE_TARGETS)("view log over the API on $name", (target) => {
  let t: InProcessApp;
  let cookie: string;
  let restricted: string;
  let open: string;
  const views = async () =>
    (await t.services.log.list(OPERATOR, { limit: 1000 })).filter(
      (e) => e.action === "access.view",
    );
  beforeAll(async () => {
    t = await inProcessApp(target);
    await t.services.accounts.addUser(OPERATOR, {
      username: "vera",
      role: "viewer",
      password: PASSWORD,
    });
    const signIn = await t.app.inject({
      method: "POST",
      url: "/api/session",
      payload: { username: "vera", password: PASSWORD },
    });
    cookie = sessionCookieOf(signIn.headers["set-cookie"]);
    for (const [access, text] of [
      ["restricted", "A field note.\n\nThe second paragraph of the note."],
      ["public", "A press report.\n\nIts second paragraph."],
    ] as const) {
      const outcome = await t.services.ingest.ingestFile(OPERATOR, {
        bytes: bytes(text),
        fileName: `${access}.txt`,
        origin: "test",
        metadata: { title: `A ${access} source`, access },
      });
      if (access === "restricted") restricted = outcome.source.id;
      else open = outcome.source.id;
    }
  });
  afterAll(async () => t.dispose());

  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: "GET", url, headers: { cookie, ...headers } });

  it("logs one entry per page view, with who, what and the levels seen", async () => {
    const before = (await views()).length;
    const page = { "x-casefile-view": "page-view-0001" };
    for (const url of [
      `/api/sources/${restricted}`,
      "/api/sources?limit=50",
      `/api/claims?source=${restricted}`,
    ])
      expect((await get(url, page)).statusCode).toBe(200);
    const after = await views();
    expect(after.length).toBe(before + 1);
    const entry = after[0];
    expect(entry).toMatchObject({
      actor: "vera",
      targetType: "view",
      targetId: "page-view-0001",
      data: { what: "GET /api/sources/:id", levels: { restricted: 1 }, items: [restricted] },
    });
    // A new page is a new view; a script's request without a view id is one too.
    await get("/api/sources?limit=50", { "x-casefile-view": "page-view-0002" });
    await get(`/api/sources/${restricted}/text`);
    expect((await views()).length).toBe(before + 3);
  });

  it("logs nothing for public material or anonymous readers, and the log verifies", async () => {
    const before = (await views()).length;
    await get(`/api/sources/${open}`, { "x-casefile-view": "page-view-0003" });
    const anonymous = await t.app.inject({ method: "GET", url: "/api/sources?limit=50" });
    expect(anonymous.statusCode).toBe(200);
    expect((await views()).length).toBe(before);
    expect((await t.services.verify.verify(OPERATOR)).problems).toEqual([]);
  });

  it("forgets logged page views past the view retention on gc, keeping their log entries", async () => {
    const gc = (payload: object) =>
      t.app.inject({
        method: "POST",
        url: "/api/gc",
        headers: { authorization: `Bearer ${OPERATOR_TOKEN}` },
        payload,
      });
    const remembered = async () =>
      Number(
        (
          await t.services.store.db.query<{ n: number }>(
            "SELECT count(*)::int AS n FROM logged_views",
          )
        )[0]?.n,
      );
    const count = await remembered();
    expect(count).toBeGreaterThan(0);
    const entries = (await views()).length;
    // Under the default retention (7 days) nothing this fresh goes.
    const kept = await gc({});
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json()).toMatchObject({ viewRetentionMs: 7 * 24 * 3600 * 1000, prunedViews: 0 });
    const dry = await gc({ keepViewsSeconds: 0, dryRun: true });
    expect(dry.json().prunedViews).toBe(count);
    expect(await remembered()).toBe(count);
    const pruned = await gc({ keepViewsSeconds: 0 });
    expect(pruned.json()).toMatchObject({ viewRetentionMs: 0, prunedViews: count });
    expect(await remembered()).toBe(0);
    expect((await views()).length).toBe(entries);
    expect((await gc({ keepViewsSeconds: -1 })).statusCode).toBe(400);
    // Views go on being logged once each, and the log verifies.
    await get(`/api/sources/${restricted}`, { "x-casefile-view": "page-view-0009" });
    await get(`/api/sources/${restricted}`, { "x-casefile-view": "page-view-0009" });
    expect((await views()).length).toBe(entries + 1);
    expect((await t.services.verify.verify(OPERATOR)).problems).toEqual([]);
  });

  it.skipIf(target.name !== "postgres")(
    "logs a page view once across two server instances on one database",
    async () => {
      const store = await openStore({
        dataDir: t.dataDir,
        databaseUrl: t.databaseUrl,
        command: "test",
      });
      const services = createServices(store, { door: "api" });
      const other = await buildApp({
        services,
        operatorToken: OPERATOR_TOKEN,
        maxUploadBytes: 1024 * 1024,
      });
      await other.ready();
      try {
        const before = (await views()).length;
        // The same page's requests reach both instances at once, then each once more.
        const page = { cookie, "x-casefile-view": "page-view-0100" };
        const url = `/api/sources/${restricted}`;
        const answers = await Promise.all([
          t.app.inject({ url, headers: page }),
          other.inject({ url, headers: page }),
          other.inject({ url: "/api/sources?limit=50", headers: page }),
          t.app.inject({ url: "/api/sources?limit=50", headers: page }),
        ]);
        expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200]);
        expect((await views()).length).toBe(before + 1);
        // Another page is another view, logged by whichever instance answers it first.
        await other.inject({ url, headers: { ...page, "x-casefile-view": "page-view-0101" } });
        await t.app.inject({ url, headers: { ...page, "x-casefile-view": "page-view-0101" } });
        expect((await views()).length).toBe(before + 2);
        expect((await t.services.verify.verify(OPERATOR)).problems).toEqual([]);
      } finally {
        await other.close();
        await store.close();
      }
    },
  );
});
