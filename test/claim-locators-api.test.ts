/**
 * Claims on regions and moments over HTTP, on both stores: filed by hand on a picture's rectangle
 * or polygon, a recording's time range (with a region of the frame) or a span of text; refused
 * with a problem naming the field when the locator leaves the picture or the recording or is not
 * well formed; moved by a correction (a version that records it); cited by its region or time;
 * carried by the CSV, JSON and JSON-LD exports.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STORE_TARGETS } from "./support/databases.js";
import {
  type InProcessApp,
  inProcessApp,
  OPERATOR,
  OPERATOR_TOKEN,
} from "./support/in-process-app.js";
import { drawnPng, hasFfmpeg, testMp4 } from "./support/media-files.js";

const NOTE = "Field note, 4 March. Officials said only 12 people had died in the village.";
const ffmpeg = hasFfmpeg();
const auth = { authorization: `Bearer ${OPERATOR_TOKEN}` };
const rect = (x: number, y: number, width: number, height: number) => ({
  shape: "rect",
  x,
  y,
  width,
  height,
});
const statement = (summary: string) => ({
  kind: "statement",
  fields: { summary },
  claimant: { name: "The photographer", role: "witness" },
});

describe.each(STORE_TARGETS)("claims on regions and moments over HTTP on $name", (target) => {
  let t: InProcessApp;
  const ids: Record<string, string> = {};
  const post = (url: string, payload: object) =>
    t.app.inject({ method: "POST", url, headers: auth, payload });
  const get = (url: string) => t.app.inject({ method: "GET", url, headers: auth });

  beforeAll(async () => {
    t = await inProcessApp(target);
    const db = t.services.store.db;
    await db.query(
      "INSERT INTO cases (id, title, summary, data, data_sha256, loaded_at) VALUES ('media-case', 'T', 'S', '{}', 'x', now())",
    );
    const files: [string, string, Uint8Array][] = [
      ["png", "street.png", drawnPng(7, 320, 240)],
      ["note", "note.txt", new TextEncoder().encode(NOTE)],
      ...(ffmpeg ? [["mp4", "clip.mp4", testMp4()] as [string, string, Uint8Array]] : []),
    ];
    for (const [key, fileName, bytes] of files) {
      const { source } = await t.services.ingest.ingestFile(OPERATOR, {
        bytes,
        fileName,
        origin: "t",
        metadata: { access: "public" },
      });
      ids[key] = source.id;
      await db.query("UPDATE sources SET case_id = 'media-case' WHERE id = $1", [source.id]);
    }
  });
  afterAll(() => t.dispose());

  it("files a claim on a rectangle of a picture and cites its region", async () => {
    const answer = await post("/api/claims", {
      source: ids.png,
      ...statement("a burnt-out car in the street"),
      locator: { type: "ImageRegion", region: rect(40, 30, 100, 60) },
    });
    expect(answer.statusCode, answer.body).toBe(201);
    const claim = answer.json();
    expect(claim).toMatchObject({
      status: "proposed",
      origin: "manual",
      locator: { type: "ImageRegion", region: rect(40, 30, 100, 60) },
    });
    ids.rectClaim = claim.id;
    const shown = (await get(`/api/claims/${claim.id}`)).json();
    expect(shown.locator).toEqual(claim.locator);
    expect(shown.history[0].locator).toEqual(claim.locator);
    const cite = (await get(`/api/cite/${claim.id}`)).json();
    expect(cite.text).toContain("At region x 40–140, y 30–90 px.");
  });

  it("files a claim on a polygon and refuses one that crosses itself or leaves the picture", async () => {
    const ok = await post("/api/claims", {
      source: ids.png,
      ...statement("smoke over the roofs"),
      locator: {
        type: "ImageRegion",
        region: {
          shape: "polygon",
          points: [
            [10, 10],
            [200, 20],
            [150, 120],
          ],
        },
      },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const refusals: [object, string][] = [
      [
        {
          type: "ImageRegion",
          region: {
            shape: "polygon",
            points: [
              [0, 0],
              [50, 50],
              [50, 0],
              [0, 50],
            ],
          },
        },
        "locator.region.points",
      ],
      [{ type: "ImageRegion", region: rect(300, 0, 40, 10) }, "locator.region.width"],
      [
        {
          type: "ImageRegion",
          region: {
            shape: "polygon",
            points: [
              [0, 0],
              [50, 241],
              [50, 0],
            ],
          },
        },
        "locator.region.points[1]",
      ],
      [{ type: "MediaTime", time: { start: 0, end: 1 } }, "locator.type"],
      [{ type: "Ellipse" }, "locator.type"],
    ];
    for (const [locator, field] of refusals) {
      const answer = await post("/api/claims", {
        source: ids.png,
        ...statement("x"),
        locator,
      });
      expect(answer.statusCode, JSON.stringify(locator)).toBe(400);
      expect(answer.headers["content-type"]).toMatch(/application\/problem\+json/);
      expect(answer.json().field, JSON.stringify(locator)).toBe(field);
    }
    const fields = await post("/api/claims", {
      source: ids.png,
      kind: "figure",
      fields: { measure: "killed", min: 5, max: 2, hedge: "range", unit: "people" },
      claimant: { name: "X", role: "witness" },
      locator: { type: "ImageRegion", region: rect(0, 0, 10, 10) },
    });
    expect(fields.statusCode).toBe(400);
    expect(fields.json().field).toBe("fields.figure");
    // Nothing half-written: only the two good claims are on the picture.
    const listed = (await get(`/api/claims?source=${ids.png}`)).json();
    expect(listed.items.filter((c: { origin: string }) => c.origin === "manual")).toHaveLength(2);
  });

  it.skipIf(!ffmpeg)("files a claim on a time range of a video, with a region", async () => {
    const answer = await post("/api/claims", {
      source: ids.mp4,
      ...statement("a man points at the hill"),
      locator: { type: "MediaTime", time: { start: 1.5, end: 2.5 }, region: rect(0, 0, 160, 120) },
    });
    expect(answer.statusCode, answer.body).toBe(201);
    ids.timeClaim = answer.json().id;
    const cite = (await get(`/api/cite/${ids.timeClaim}?format=bibtex`)).json();
    expect(cite.text).toContain("at 0:01.5–0:02.5, region x 0–160, y 0–120 px");
    const late = await post("/api/claims", {
      source: ids.mp4,
      ...statement("x"),
      locator: { type: "MediaTime", time: { start: 3, end: 9 } },
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().field).toBe("locator.time.end");
  });

  it.skipIf(!ffmpeg)(
    "attaches a WebVTT transcript whose lines search finds at their moments",
    async () => {
      const vtt =
        "WEBVTT\n\n00:00.000 --> 00:01.500\nThe convoy reaches the bridge.\n\n00:01.500 --> 00:03.200\nShelling starts near the zarnitsa orchard.\n";
      const attached = await post(`/api/sources/${ids.mp4}/transcripts`, {
        fileName: "clip.vtt",
        text: vtt,
        language: "az",
      });
      expect(attached.statusCode, attached.body).toBe(201);
      const transcript = attached.json().sourceId as string;
      expect((await get(`/api/sources/${transcript}`)).json()).toMatchObject({
        language: "az",
        access: "public",
      });
      expect(attached.json()).toMatchObject({ format: "webvtt", cues: 2, mediaSourceId: ids.mp4 });
      const listed = (await get(`/api/sources/${ids.mp4}/transcripts`)).json();
      expect(listed.transcripts[0].cues.map((c: { start: number }) => c.start)).toEqual([0, 1.5]);
      const found = (await get("/api/search?q=zarnitsa")).json();
      expect(found.hits).toHaveLength(1);
      expect(found.hits[0].moment).toEqual({ sourceId: ids.mp4, start: 1.5, end: 3.2 });
      const refusals: [string, string, string][] = [
        [ids.mp4 ?? "", "WEBVTT\n\n00:01.000 -> 00:02.000\nWords\n", "line 3"],
        [ids.mp4 ?? "", "WEBVTT\n\n00:01.000 --> 00:09.000\nToo late\n", "past the recording"],
        [ids.png ?? "", vtt, "not a video or audio recording"],
      ];
      for (const [source, text, says] of refusals) {
        const answer = await post(`/api/sources/${source}/transcripts`, {
          fileName: "x.vtt",
          text,
        });
        expect(answer.statusCode, text).toBe(400);
        expect(answer.json().detail).toContain(says);
        expect(answer.json().field).toBe(source === ids.png ? "source" : "file");
      }
      const badLanguage = await post(`/api/sources/${ids.mp4}/transcripts`, {
        fileName: "x.vtt",
        text: vtt,
        language: "Azeri!",
      });
      expect(badLanguage.statusCode).toBe(400);
      expect(badLanguage.json().field).toBe("language");

      // The recording closed later: its transcript is never more visible than it.
      const anonymous = (url: string) => t.app.inject({ method: "GET", url });
      expect((await anonymous(`/api/sources/${transcript}`)).statusCode).toBe(200);
      const closed = await t.app.inject({
        method: "PATCH",
        url: `/api/sources/${ids.mp4}`,
        headers: auth,
        payload: { access: "restricted", reason: "identifiable faces" },
      });
      expect(closed.statusCode, closed.body).toBe(200);
      expect((await get(`/api/sources/${transcript}`)).json().access).toBe("restricted");
      expect((await anonymous(`/api/sources/${transcript}`)).statusCode).toBe(404);
      expect((await anonymous("/api/search?q=zarnitsa")).json().hits).toHaveLength(0);
      const wider = await t.app.inject({
        method: "PATCH",
        url: `/api/sources/${transcript}`,
        headers: auth,
        payload: { access: "public" },
      });
      expect(wider.statusCode).toBe(422);
      expect(wider.json().detail).toContain("more visible than its recording");
      // Opened again, the recording opens its transcript with it: it was closed only by following.
      const setLevel = async (id: string, access: string) => {
        const answer = await t.app.inject({
          method: "PATCH",
          url: `/api/sources/${id}`,
          headers: auth,
          payload: { access, reason: `to ${access}` },
        });
        expect(answer.statusCode, answer.body).toBe(200);
      };
      await setLevel(ids.mp4 ?? "", "public");
      expect((await anonymous(`/api/sources/${transcript}`)).statusCode).toBe(200);
      expect((await anonymous("/api/search?q=zarnitsa")).json().hits).toHaveLength(1);
      // Restricted in its own right, it stays restricted when the recording closes and reopens.
      await setLevel(transcript, "restricted");
      await setLevel(ids.mp4 ?? "", "confidential");
      expect((await get(`/api/sources/${transcript}`)).json().access).toBe("confidential");
      await setLevel(ids.mp4 ?? "", "public");
      expect((await get(`/api/sources/${transcript}`)).json().access).toBe("restricted");
    },
  );

  it("files a claim on a span of text, anchored with its quote", async () => {
    const start = NOTE.indexOf("only 12 people");
    const answer = await post("/api/claims", {
      source: ids.note,
      kind: "figure",
      fields: { measure: "killed", min: 12, max: 12, hedge: "exact", unit: "people" },
      claimant: { name: "Officials", role: "official" },
      locator: { type: "TextSpan", start, end: start + "only 12 people".length },
    });
    expect(answer.statusCode, answer.body).toBe(201);
    expect(answer.json()).toMatchObject({ text: "only 12 people", passageId: expect.any(String) });
    const outside = await post("/api/claims", {
      source: ids.note,
      ...statement("x"),
      locator: { type: "TextSpan", start: 0, end: NOTE.length + 5 },
    });
    expect(outside.json().field).toBe("locator.end");
  });

  it("moves a claim's region by a correction, recorded in its version", async () => {
    const answer = await post(`/api/claims/${ids.rectClaim}/review`, {
      action: "correct",
      locator: { type: "ImageRegion", region: rect(50, 30, 100, 60) },
      reason: "the car is further right",
    });
    expect(answer.statusCode, answer.body).toBe(200);
    const shown = (await get(`/api/claims/${ids.rectClaim}`)).json();
    expect(shown.locator.region.x).toBe(50);
    expect(
      shown.history.map((h: { locator: { region: { x: number } } }) => h.locator.region.x),
    ).toEqual([40, 50]);
    const bad = await post(`/api/claims/${ids.rectClaim}/review`, {
      action: "correct",
      locator: { type: "ImageRegion", region: rect(50, 30, 1000, 60) },
    });
    expect(bad.json().field).toBe("locator.region.width");
  });

  it("serves media by byte ranges, for seeking", async () => {
    const whole = await get(`/api/sources/${ids.png}/media/original`);
    expect(whole.statusCode).toBe(200);
    expect(whole.headers["accept-ranges"]).toBe("bytes");
    const size = whole.rawPayload.byteLength;
    const part = await t.app.inject({
      method: "GET",
      url: `/api/sources/${ids.png}/media/original`,
      headers: { ...auth, range: "bytes=8-15" },
    });
    expect(part.statusCode).toBe(206);
    expect(part.headers["content-range"]).toBe(`bytes 8-15/${size}`);
    expect(part.rawPayload).toEqual(whole.rawPayload.subarray(8, 16));
    const past = await t.app.inject({
      method: "GET",
      url: `/api/sources/${ids.png}/media/original`,
      headers: { ...auth, range: `bytes=${size}-` },
    });
    expect(past.statusCode).toBe(416);
    expect(past.headers["content-range"]).toBe(`bytes */${size}`);
    expect(past.headers["content-type"]).toMatch(/application\/problem\+json/);
  });

  it("carries the locators in the CSV, JSON and JSON-LD exports", async () => {
    const csv = await get("/api/cases/media-case/export?format=csv&table=claims");
    expect(csv.statusCode, csv.body).toBe(200);
    const header = csv.body.split("\r\n")[0] ?? "";
    expect(header.endsWith(",locator")).toBe(true);
    expect(csv.body).toContain("xywh=50,30,100,60");
    expect(csv.body).toContain("polygon=10,10;200,20;150,120");
    if (ffmpeg) expect(csv.body).toContain("t=1.5,2.5&xywh=0,0,160,120");
    const json = (await get("/api/cases/media-case/export?format=json")).json();
    const rows = json.tables.claim_media_locators as { claim_id: string; selector: object }[];
    expect(rows.find((r) => r.claim_id === ids.rectClaim)?.selector).toEqual({
      type: "ImageRegion",
      region: rect(50, 30, 100, 60),
    });
    if (ffmpeg) {
      expect(json.tables.transcripts).toHaveLength(1);
      expect(json.tables.transcript_cues).toHaveLength(2);
    }
    await post(`/api/claims/${ids.rectClaim}/review`, { action: "confirm" });
    const ld = (await get("/api/cases/media-case/export?format=jsonld")).json();
    expect(JSON.stringify(ld)).toContain(`urn:uuid:${ids.png}#xywh=50,30,100,60`);
  });
});
