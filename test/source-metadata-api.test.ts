/**
 * Adding and describing a source over HTTP, and the histories that show what changed (issue 16,
 * items 3 and 5): what a file says about itself is detected without storing anything; an upload
 * is restricted unless public is chosen and stores the details given with it (claims are
 * attributed to the outlet given, not the file name); a source attached to a case has its
 * confirmed figure in the case's figures at once; an edit names the version it was made on (a
 * stale one is a 409) and every refusal names its field; histories list each version's changes
 * field by field; the activity log filters by who, what, when and case, through the access policy.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STORE_TARGETS } from "./support/databases.js";
import { type InProcessApp, inProcessApp, OPERATOR_TOKEN } from "./support/in-process-app.js";

const AUTH = { authorization: `Bearer ${OPERATOR_TOKEN}` };
const CASE = "test-case";

const PAGE = `<!doctype html><html lang="en-GB"><head><title>Night of the shelling</title>
<meta name="author" content="Jane Doe"><meta property="og:site_name" content="The Herald">
<meta property="article:published_time" content="1992-03-04T10:00:00Z"></head>
<body><article><h1>Night of the shelling</h1><p>Officials said at least 212 people were killed in the town during the night.
The survivors walked through the forest for two days before they reached the lines.</p></article></body></html>`;

const NOTE =
  "Dateline: 28 February 1992. The town was shelled in the night and the people fled to the forest. " +
  "At least 212 people were killed in the town, and the count was not finished. ";

async function multipart(fields: Record<string, string>, file: { name: string; text: string }) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set("file", new Blob([file.text]), file.name);
  const request = new Request("http://local/", { method: "POST", body: form });
  return {
    payload: Buffer.from(await request.arrayBuffer()),
    headers: { "content-type": request.headers.get("content-type") ?? "" },
  };
}

describe.each(STORE_TARGETS)("describing sources and their history on $name", (target) => {
  let t: InProcessApp;
  const send = async (
    url: string,
    fields: Record<string, string>,
    file: { name: string; text: string },
    auth = true,
  ) => {
    const body = await multipart(fields, file);
    return t.app.inject({
      method: "POST",
      url,
      payload: body.payload,
      headers: { ...body.headers, ...(auth ? AUTH : {}) },
    });
  };
  const get = (url: string, auth = true) =>
    t.app.inject({ method: "GET", url, headers: auth ? AUTH : {} });
  const json = (url: string, method: "PATCH" | "POST", payload: object) =>
    t.app.inject({ method, url, payload, headers: AUTH });

  beforeAll(async () => {
    t = await inProcessApp(target);
    await t.services.store.db.query(
      `INSERT INTO cases (id, title, summary, data, data_sha256, loaded_at)
       VALUES ($1, 'Test case', 'S', $2, 'x', now())`,
      [
        CASE,
        JSON.stringify({
          info: { id: CASE },
          sources: [],
          claimants: [],
          claims: [],
          excluded: [],
          events: [],
          routes: [],
          recognitions: [],
        }),
      ],
    );
  });
  afterAll(() => t.dispose());

  it("detects what a file says about itself and stores nothing", async () => {
    const page = await send("/api/sources/detect", {}, { name: "page.html", text: PAGE });
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({
      title: "Night of the shelling",
      authors: ["Jane Doe"],
      organisation: "The Herald",
      published: "1992-03-04",
      language: "en",
      found: { authors: "properties", organisation: "properties", published: "properties" },
    });
    const note = await send("/api/sources/detect", {}, { name: "note.txt", text: NOTE });
    expect(note.json()).toMatchObject({
      published: "1992-02-28",
      language: "en",
      found: { published: "text", language: "text" },
    });
    expect((await get("/api/sources")).json().total).toBe(0);
    expect(
      (await send("/api/sources/detect", {}, { name: "n.txt", text: NOTE }, false)).statusCode,
    ).toBe(401);
  });

  it("refuses an unknown case (404) and names the field of a bad affiliation, storing nothing", async () => {
    const noCase = await send(
      "/api/sources",
      { caseId: "no-such-case" },
      { name: "a.txt", text: NOTE },
    );
    // An unknown case is the case's 404, as everywhere else (services/case-view.ts).
    expect(noCase.statusCode).toBe(404);
    expect(noCase.json()).toMatchObject({ code: "not-found.case", params: { id: "no-such-case" } });
    const badAffiliation = await send(
      "/api/sources",
      { affiliation: "gossip" },
      { name: "a.txt", text: NOTE },
    );
    expect(badAffiliation.json()).toMatchObject({ field: "affiliation" });
    expect((await get("/api/sources")).json().total).toBe(0);
  });

  let sourceId: string;
  let claimId: string;

  it("adds a restricted source with the details given, and its confirmed figure counts in the case at once", async () => {
    const added = await send(
      "/api/sources",
      {
        title: "Field note of 28 February",
        organisation: "Memorial",
        authors: "A. Writer",
        published: "1992-02-28",
        language: "en",
        affiliation: "independent_ngo",
        caseId: CASE,
      },
      { name: "note-3.txt", text: NOTE },
    );
    expect(added.statusCode).toBe(201);
    const source = added.json().source;
    sourceId = source.id;
    expect(source).toMatchObject({
      access: "restricted",
      title: "Field note of 28 February",
      organisation: "Memorial",
      caseId: CASE,
      affiliation: "independent_ngo",
    });
    expect((await get(`/api/sources/${sourceId}`, false)).statusCode).toBe(404);
    const claims = (await get(`/api/claims?source=${sourceId}&kind=figure`)).json().items;
    const killed = claims.find((c: { fields: { min: number } }) => c.fields.min === 212);
    expect(killed.claimant.name).toBe("Memorial");
    claimId = killed.id;
    const before = (await get(`/api/cases/${CASE}/figures`)).json();
    expect(JSON.stringify(before)).not.toContain(claimId);
    const confirm = await json(`/api/claims/${claimId}/review`, "POST", { action: "confirm" });
    expect(confirm.statusCode).toBe(200);
    const figures = (await get(`/api/cases/${CASE}/figures`)).json() as {
      claims: {
        claimId: string;
        publisher: string;
        published: string | null;
        affiliation: string;
      }[];
    }[];
    const row = figures.flatMap((m) => m.claims).find((r) => r.claimId === claimId);
    expect(row).toMatchObject({
      publisher: "Memorial",
      published: "1992-02-28",
      affiliation: "independent_ngo",
    });
  });

  it("saves an edit as a version, refuses a stale one with 409, and names a bad field", async () => {
    const edit = await json(`/api/sources/${sourceId}`, "PATCH", {
      title: "Field note, 28 February 1992",
      language: "ru",
      version: 1,
      reason: "title as printed",
    });
    expect(edit.statusCode).toBe(200);
    expect(edit.json()).toMatchObject({ version: 2, language: "ru" });
    const stale = await json(`/api/sources/${sourceId}`, "PATCH", { title: "Other", version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toMatch(/version 2/);
    const badDate = await json(`/api/sources/${sourceId}`, "PATCH", { published: "28/02/1992" });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json()).toMatchObject({ field: "published" });
    const badCase = await json(`/api/sources/${sourceId}`, "PATCH", { caseId: "elsewhere" });
    expect([badCase.statusCode, badCase.json().code]).toEqual([404, "not-found.case"]);
    expect((await get(`/api/sources/${sourceId}`)).json().version).toBe(2);
  });

  it("shows each version's changes field by field, the source's history with its claims'", async () => {
    const correct = await json(`/api/claims/${claimId}/review`, "POST", {
      action: "correct",
      fields: { unit: "bodies" },
      reason: "the note counts bodies",
    });
    expect(correct.statusCode).toBe(200);
    const claim = (await get(`/api/claims/${claimId}`)).json();
    expect(claim.history[0].changes).toEqual([]);
    expect(claim.history[1].changes).toContainEqual({
      field: "status",
      from: "proposed",
      to: "confirmed",
    });
    expect(claim.history[2].changes).toContainEqual({
      field: "unit",
      from: "people",
      to: "bodies",
    });
    const versions = (await get(`/api/sources/${sourceId}/versions`)).json();
    expect(versions[1].changes).toEqual([
      { field: "title", from: "Field note of 28 February", to: "Field note, 28 February 1992" },
      { field: "language", from: "en", to: "ru" },
    ]);
    const history = (await get(`/api/sources/${sourceId}/history`)).json() as {
      item: { type: string; id: string; caption: string | null };
      version: number;
      changes: { field: string; from: unknown; to: unknown }[];
    }[];
    const ofClaim = history.filter((h) => h.item.id === claimId);
    expect(ofClaim.map((h) => h.version)).toEqual([1, 2, 3]);
    expect(ofClaim[2]?.changes).toContainEqual({ field: "unit", from: "people", to: "bodies" });
    expect(ofClaim[0]?.item.caption).toMatch(/killed: 212 “.*212/);
    expect(history.filter((h) => h.item.type === "source").map((h) => h.version)).toEqual([1, 2]);
    expect((await get(`/api/sources/${sourceId}/history`, false)).statusCode).toBe(404);
  });

  it("filters the activity log by who, what, when and case, and never shows or counts what the caller may not see", async () => {
    const publicNote = await send(
      "/api/sources",
      { access: "public", organisation: "The Herald" },
      { name: "public.txt", text: `${NOTE} A public copy.` },
    );
    expect(publicNote.json().source.access).toBe("public");
    const all = (await get("/api/activity")).json();
    expect(all.total).toBe(all.items.length);
    const reviews = (await get(`/api/activity?action=claim.review&case=${CASE}`)).json();
    expect(reviews.total).toBe(2);
    expect(reviews.items.map((e: { detail: string }) => e.detail)).toEqual(["correct", "confirm"]);
    expect(reviews.items[0].claim.caption).toMatch(/^killed: 212/);
    expect(reviews.items[0].source.title).toBe("Field note, 28 February 1992");
    const corrected = (await get("/api/activity?action=claim.review&decision=correct")).json();
    expect(corrected.total).toBe(1);
    const actor = encodeURIComponent(all.items[0].actor);
    const mine = (await get(`/api/activity?actor=${actor}&action=source.edit`)).json();
    expect(mine.total).toBe(1);
    expect((await get("/api/activity?actor=someone-else")).json().total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    // (Each of these reads is itself logged as a view of restricted material: compare one action.)
    expect(
      (await get(`/api/activity?action=claim.review&from=${today}&to=${today}`)).json().total,
    ).toBe(2);
    expect((await get("/api/activity?to=2000-01-01")).json().total).toBe(0);
    const paged = (
      await get(`/api/activity?action=claim.review&case=${CASE}&limit=1&offset=1`)
    ).json();
    expect(paged).toMatchObject({ total: 2, offset: 1 });
    expect(paged.items.map((e: { seq: number }) => e.seq)).toEqual([reviews.items[1].seq]);

    const anonymous = (await get("/api/activity", false)).json();
    expect(anonymous.total).toBe(1);
    expect(anonymous.items[0]).toMatchObject({ action: "source.ingest", actor: null });
    expect(anonymous.items[0].source.id).toBe(publicNote.json().source.id);
    expect((await get(`/api/activity?case=${CASE}`, false)).json().total).toBe(0);
    expect((await get(`/api/activity?actor=${actor}`, false)).statusCode).toBe(401);
    const bad = await get("/api/activity?from=28-02-1992");
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ field: "from" });
    expect((await get("/api/activity?action=source.explode")).json()).toMatchObject({
      field: "action",
    });
  });
});
