/**
 * The Khojaly reference case through a running server: loaded on first start, figures with
 * computed flags and independent claimants, chronology with conflicting times, places, recognition,
 * transliteration-insensitive search, and restricted material kept from anonymous callers.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FigureCard, figureCards } from "../src/core/figures/figure-cards.js";
import type { MeasureFindings } from "../src/core/figures/figure-types.js";
import { jsonOf, runCasefile } from "./support/cli-process.js";
import { HAS_CORPUS, itWithCorpus } from "./support/corpus.js";
import { PROCESS_TARGETS, type ProcessEnv } from "./support/process-targets.js";
import { type ServerProcess, startServerProcess } from "./support/server-process.js";

interface Findings {
  measure: string;
  claims: {
    min: number | null;
    max: number | null;
    hedge: string;
    subgroup: string | null;
    claimant: string;
    publisher: string;
    published: string | null;
    sourceId: string;
    claimId: string;
    basis: string;
    derivedFrom: { kind: string; id: string } | null;
    chain: { kind: string; id: string; name: string }[];
    origin: string;
    reliability: string | null;
    credibility: string | null;
  }[];
  independentOrigins: number;
  origins: { origin: string; originName: string; documents: string[] }[];
  values: { label: string; subgroup: string | null; independentOrigins: number }[];
  flags: { type: string; subgroup: string | null; values: string[]; otherMeasures?: string[] }[];
  chart: { published: string }[];
}

const target = PROCESS_TARGETS[0];
if (!target) throw new Error("no process target");

describe("the Khojaly reference case over HTTP", () => {
  let env: ProcessEnv;
  let server: ServerProcess;
  let token: string;
  const get = async <T>(path: string, auth = false): Promise<T> => {
    const response = await fetch(
      `${server.url}${path}`,
      auth ? { headers: { authorization: `Bearer ${token}` } } : {},
    );
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const figures = (measure: string, auth = false) =>
    get<Findings>(`/api/cases/khojaly-1992/figures?measure=${measure}`, auth);
  const hasFlag = (f: Findings, type: string, subgroup: string | null, values: string[]) =>
    f.flags.some(
      (x) =>
        x.type === type && x.subgroup === subgroup && values.every((v) => x.values.includes(v)),
    );

  beforeAll(async () => {
    env = await target.create("khojaly-1992");
    server = await startServerProcess(env.env);
    token = (
      JSON.parse(readFileSync(join(env.dataDir, "server.json"), "utf8")) as { token: string }
    ).token;
  });
  afterAll(async () => {
    await server?.stop();
    await env?.dispose();
  });

  it("loads every source of the case, with text where the corpus is present", async () => {
    const overview = await get<{
      sources: number;
      claims: number;
      sourcesByKind: Record<string, number>;
    }>("/api/cases/khojaly-1992");
    expect(overview.sources).toBeGreaterThan(80);
    // Claimant names the case data translates, by the name as written, for every view naming them
    // (names are values, so that the redaction of protected names reaches them); the overview,
    // which names no claimant, carries none.
    expect(overview).not.toHaveProperty("claimantNames");
    const doctors = async (lang: string) =>
      (
        await get<{ name: string; translation: string }[]>(
          `/api/cases/khojaly-1992/claimant-names?lang=${lang}`,
        )
      ).find((c) => c.name === "Doctors of the Agdam hospital");
    expect((await doctors("ru"))?.translation).toBe("Врачи агдамской больницы");
    expect((await doctors("az"))?.translation).toBe("Ağdam xəstəxanasının həkimləri");
    const names = (path: string) => fetch(`${server.url}/api/cases/${path}`);
    expect((await names("khojaly-1992/claimant-names?lang=xx")).status).toBe(400);
    expect((await names("nowhere/claimant-names?lang=az")).status).toBe(404);
    expect(overview.sourcesByKind.press).toBeGreaterThan(15);
    expect(overview.sourcesByKind.testimony).toBeGreaterThanOrEqual(12);
    // With the corpus every source is archived; without it, every one is known by citation only.
    const list = await get<{ items: { sha256: string | null; format: string }[] }>(
      "/api/sources?limit=500",
    );
    expect(list.items.every((s) => (s.sha256 !== null) === HAS_CORPUS)).toBe(true);
    expect(list.items.every((s) => (s.format === "citation") === !HAS_CORPUS)).toBe(true);
  });

  // Without the corpus a source has no text to slice (the case is known by citation only).
  itWithCorpus("shows every claim's quote in its own source's text, at its offsets", async () => {
    const claims = await get<{
      items: {
        id: string;
        sourceId: string;
        start: number;
        end: number;
        text: string | null;
        quoteSha256: string;
      }[];
    }>("/api/claims?case=khojaly-1992&limit=1000", true);
    expect(claims.items.length).toBeGreaterThan(250);
    const texts = new Map<string, string>();
    for (const c of claims.items) {
      if (!texts.has(c.sourceId))
        texts.set(
          c.sourceId,
          (await get<{ text: string }>(`/api/sources/${c.sourceId}`, true)).text,
        );
      const quote = (texts.get(c.sourceId) ?? "").slice(c.start, c.end);
      expect(c.text, c.id).toBe(quote);
      expect(createHash("sha256").update(quote).digest("hex"), c.id).toBe(c.quoteSha256);
    }
  });

  it("flags each named discrepancy by computation", async () => {
    const killed = await figures("killed");
    expect(hasFlag(killed, "value_conflict", "children", ["63", "83"])).toBe(true);
    expect(
      hasFlag(await figures("families_destroyed"), "value_conflict", "families", ["6", "8"]),
    ).toBe(true);
    expect(
      hasFlag(await figures("orphaned_both"), "value_conflict", "children", ["25", "26"]),
    ).toBe(true);
    expect(
      hasFlag(await figures("forensic_examined"), "value_conflict", null, ["181", "184"]),
    ).toBe(true);
    const wounded = await figures("wounded");
    expect(
      wounded.flags.some(
        (f) =>
          f.type === "cross_measure" &&
          f.values.includes("487") &&
          f.otherMeasures?.includes("mutilated"),
      ),
    ).toBe(true);
  });

  it("gives the overview its cards: each quantity's range, claims and origins, without the claims", async () => {
    const all = await get<MeasureFindings[]>("/api/cases/khojaly-1992/figures");
    const cards = await get<FigureCard[]>("/api/cases/khojaly-1992/figure-cards");
    expect(cards).toEqual(figureCards(all));
    const killed = cards.find((c) => c.measure === "killed");
    expect(killed?.claims).toBe(all.find((f) => f.measure === "killed")?.claims.length);
    expect(killed?.spread).not.toBeNull();
    expect(cards.filter((c) => c.measure === "other").length).toBeGreaterThan(1);
    expect((await fetch(`${server.url}/api/cases/nowhere/figure-cards`)).status).toBe(404);
  });

  it("counts the official statistics as one origin, however many documents carry them", async () => {
    const killed = await figures("killed");
    const official = killed.origins.find((c) => c.originName.startsWith("Official Azerbaijani"));
    expect(official?.documents.length).toBeGreaterThan(3);
    const fromOfficial = killed.claims.filter((c) => c.min === 613 && c.subgroup !== "children");
    expect(new Set(fromOfficial.map((c) => c.sourceId)).size).toBeGreaterThan(3);
    const v613 = killed.values.find((v) => v.label === "613" && v.subgroup === null);
    expect(v613?.independentOrigins).toBe(1);
    // Several direct claimants (agency, compilation, newspaper, legislators) reduce to one origin.
    expect(killed.independentOrigins).toBeLessThan(
      new Set(killed.claims.map((c) => c.claimant)).size,
    );
    expect(killed.chart.length).toBeGreaterThan(20);
  });

  it("prints the figures contract from the CLI, through the server", async () => {
    const result = await runCasefile(
      ["figures", "khojaly-1992", "--measure", "killed", "--json"],
      env.env,
    );
    expect(result.code, result.stderr).toBe(0);
    const f = jsonOf<Findings>(result);
    expect(f.measure).toBe("killed");
    // The contract scripts rely on: every claim carries these keys (min or max may be null when open).
    for (const c of f.claims) {
      for (const key of [
        "min",
        "max",
        "hedge",
        "subgroup",
        "claimant",
        "publisher",
        "published",
        "sourceId",
        "basis",
        "derivedFrom",
        "chain",
        "origin",
      ]) {
        expect(c, key).toHaveProperty(key);
      }
      expect(c.min !== null || c.max !== null).toBe(true);
      expect(typeof c.claimant).toBe("string");
      expect(typeof c.sourceId).toBe("string");
      // The chain ends at the origin, which is the claim's own claimant when it passes nothing on.
      expect(`${c.chain.at(-1)?.kind}:${c.chain.at(-1)?.id}`).toBe(c.origin);
      if (c.derivedFrom === null) expect(c.chain).toHaveLength(1);
    }
    expect(f.origins.every((o) => o.documents.length > 0)).toBe(true);
    // A cross-measure flag is one number under several measures; the others set values side by side.
    for (const flag of f.flags) {
      expect(flag.values.length, flag.type).toBeGreaterThanOrEqual(
        flag.type === "cross_measure" ? 1 : 2,
      );
    }
    expect(f.independentOrigins).toBe(f.origins.length);
  });

  it("flags conflicting times in the chronology", async () => {
    const timeline = await get<{
      events: { phase: string; claimIds: string[] }[];
      conflicts: { about: string; values: string[] }[];
    }>("/api/cases/khojaly-1992/timeline");
    expect(timeline.events.length).toBeGreaterThan(20);
    const shelling = timeline.conflicts.find((c) => c.about === "shelling_start");
    expect(shelling?.values).toEqual(
      expect.arrayContaining(["1992-02-25T23:00", "1992-02-25T17:00"]),
    );
  });

  it("serves places and flight routes as GeoJSON, and the recognition registry", async () => {
    const geo = await get<{ features: { id: string; geometry: { type: string } | null }[] }>(
      "/api/cases/khojaly-1992/places",
    );
    expect(geo.features.find((f) => f.id === "khojaly")?.geometry?.type).toBe("Point");
    expect(geo.features.some((f) => f.geometry?.type === "LineString")).toBe(true);
    // A place a route names without known coordinates is listed with GeoJSON's null geometry.
    expect(geo.features.find((f) => f.id === "garagaya")?.geometry).toBeNull();
    const recognitions = await get<{ qualifications: string[] }[]>(
      "/api/cases/khojaly-1992/recognitions",
    );
    expect(recognitions.length).toBeGreaterThan(20);
    const genocide = await get<unknown[]>(
      "/api/cases/khojaly-1992/recognitions?qualification=genocide",
    );
    expect(genocide.length).toBeGreaterThan(0);
    expect(genocide.length).toBeLessThan(recognitions.length);
  });

  it("ties each recognition to the words its text uses, and sets remarks of members apart", async () => {
    type Entry = {
      issuer: string;
      instrument: string;
      standing: string;
      qualifications: string[];
      wording: { claimId: string; qualification: string; quote: string | null }[];
    };
    const all = await get<Entry[]>("/api/cases/khojaly-1992/recognitions");
    for (const r of all) {
      // The words are those of qualification claims; an entry naming the event as nothing has none.
      expect(new Set(r.wording.map((w) => w.qualification))).toEqual(new Set(r.qualifications));
      if (r.instrument === "remark") expect(r.standing).toBe("member_remark");
    }
    if (HAS_CORPUS)
      expect(all.flatMap((r) => r.wording).every((w) => (w.quote ?? "").length > 3)).toBe(true);
    const members = await get<Entry[]>("/api/cases/khojaly-1992/recognitions?issuer=member");
    expect(members.length).toBeGreaterThan(10);
    expect(members.every((r) => r.issuer === "member")).toBe(true);
    const bad = await fetch(`${server.url}/api/cases/khojaly-1992/recognitions?issuer=mayor`);
    expect(bad.status).toBe(400);
  });

  it("lists every qualification claim of the sources, filtered by qualification", async () => {
    type Item = { claimId: string; sourceId: string; qualification: string; quote: string | null };
    const all = await get<Item[]>("/api/cases/khojaly-1992/qualifications");
    expect(all).toHaveLength(67);
    const genocide = await get<Item[]>(
      "/api/cases/khojaly-1992/qualifications?qualification=genocide",
    );
    expect(genocide.length).toBeGreaterThan(0);
    expect(genocide.every((q) => q.qualification === "genocide")).toBe(true);
    if (HAS_CORPUS) expect(genocide.every((q) => /genocid/i.test(q.quote ?? ""))).toBe(true);
    const bad = await fetch(`${server.url}/api/cases/khojaly-1992/qualifications?qualification=x`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
    // The command line gives the same list (through the running server).
    const cli = await runCasefile(["case", "khojaly-1992", "qualifications"], env.env);
    expect(cli.code, cli.stderr).toBe(0);
    expect(jsonOf<Item[]>(cli).map((q) => q.claimId)).toEqual(all.map((q) => q.claimId));
  });

  // Search reads the sources' text, which only the corpus holds.
  itWithCorpus.each([
    ["Khojaly", ["Khojali", "Khodjaly", "Xocalı", "Ходжалы"]],
    ["Aghdam", ["Agdam"]],
    ["Nakhchivanik", ["Nakhichevanik"]],
    ["Stepanakert", ["Khankendi"]],
  ])("search finds the same sources for %s and its spellings", async (name, variants) => {
    const sources = async (q: string) => {
      const ids = new Set<string>();
      for (let offset = 0; ; offset += 100) {
        const page = await get<{ total: number; hits: { sourceId: string }[] }>(
          `/api/search?q=${encodeURIComponent(q)}&limit=100&offset=${offset}`,
        );
        for (const h of page.hits) ids.add(h.sourceId);
        if (offset + 100 >= page.total) return ids;
      }
    };
    const expected = await sources(name);
    expect(expected.size).toBeGreaterThan(0);
    for (const v of variants)
      expect([...(await sources(v))].sort(), v).toEqual([...expected].sort());
  });

  it("keeps a restricted source out of figures, timeline and search for anonymous callers", async () => {
    const killed = await figures("killed");
    const target = killed.claims.find((c) => c.min === 1324);
    if (!target) throw new Error("expected the 1,324 claim");
    const edit = await fetch(`${server.url}/api/sources/${target.sourceId}`, {
      method: "PATCH",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ access: "restricted", reason: "test: witness protection" }),
    });
    expect(edit.status).toBe(200);
    const anonymous = await figures("killed");
    expect(anonymous.claims.some((c) => c.sourceId === target.sourceId)).toBe(false);
    // The overview's counts are the store's own (not read whole): what the lists count, per caller.
    const overviews: number[] = [];
    for (const auth of [false, true]) {
      const overview = await get<{
        sources: number;
        sourcesByKind: Record<string, number>;
        claims: number;
        confirmedClaims: number;
      }>("/api/cases/khojaly-1992", auth);
      const total = async (path: string) => (await get<{ total: number }>(path, auth)).total;
      expect(overview.sources).toBe(await total("/api/sources?limit=1"));
      expect(Object.values(overview.sourcesByKind).reduce((a, b) => a + b, 0)).toBe(
        overview.sources,
      );
      expect(overview.sourcesByKind.press).toBe(await total("/api/sources?kind=press&limit=1"));
      expect(overview.claims).toBe(await total("/api/claims?case=khojaly-1992&limit=1"));
      expect(overview.confirmedClaims).toBe(
        await total("/api/claims?case=khojaly-1992&status=confirmed&limit=1"),
      );
      overviews.push(overview.sources);
    }
    expect(overviews[1]).toBeGreaterThan(overviews[0] as number);
    const cards = await get<FigureCard[]>("/api/cases/khojaly-1992/figure-cards");
    expect(cards.find((c) => c.measure === "killed")?.claims).toBe(anonymous.claims.length);
    // The overview's page carries the same anonymous answers (server/first-view-data.ts), even
    // when asked with the operator's token: the page is never more than anyone may read.
    const asOperator: Record<string, string> = { authorization: `Bearer ${token}` };
    for (const auth of [{}, asOperator]) {
      const html = await (
        await fetch(`${server.url}/en/cases/khojaly-1992`, { headers: auth })
      ).text();
      const carried =
        /<script type="application\/json" id="first-view-data">([^<]*)<\/script>/.exec(html);
      if (!carried?.[1]) throw new Error("the overview's page carries no data");
      const data = JSON.parse(carried[1]) as Record<string, unknown>;
      expect(data["/api/cases/khojaly-1992/figure-cards"]).toEqual(cards);
      expect(data["/api/cases/khojaly-1992"]).toEqual(await get("/api/cases/khojaly-1992"));
      expect(carried[1]).not.toContain(target.sourceId);
      expect(carried[1]).not.toContain(target.claimId);
    }
    expect((await figures("killed", true)).claims.some((c) => c.sourceId === target.sourceId)).toBe(
      true,
    );
    const search = await get<{ hits: { sourceId: string }[] }>("/api/search?q=1324&limit=100");
    expect(search.hits.some((h) => h.sourceId === target.sourceId)).toBe(false);
    const timeline = await get<{ events: { sourceIds: string[]; claimIds: string[] }[] }>(
      "/api/cases/khojaly-1992/timeline",
    );
    expect(
      timeline.events.some(
        (e) => e.sourceIds.includes(target.sourceId) || e.claimIds.includes(target.claimId),
      ),
    ).toBe(false);
    expect((await fetch(`${server.url}/api/sources/${target.sourceId}`)).status).toBe(404);
  });

  it("grades only when a reviewer does, and filters figures by grade", async () => {
    // Loading the case graded nothing: every claim and every source is ungraded.
    const before = await figures("killed", true);
    expect(before.claims.every((c) => c.reliability === null && c.credibility === null)).toBe(true);
    const target = before.claims.find((c) => c.min === 613);
    if (!target) throw new Error("expected a 613 claim");
    const grade = (path: string, body: object) =>
      fetch(`${server.url}${path}`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const graded = await grade(`/api/sources/${target.sourceId}/grades`, {
      grade: "B",
      reason: "test",
    });
    expect(graded.status).toBe(200);
    expect(
      (await grade(`/api/claims/${target.claimId}/grades`, { grade: "7", reason: "t" })).status,
    ).toBe(400);
    expect(
      (await grade(`/api/claims/${target.claimId}/grades`, { grade: "3", reason: "t" })).status,
    ).toBe(200);
    const onlyB = await get<Findings>(
      "/api/cases/khojaly-1992/figures?measure=killed&reliability=B",
      true,
    );
    expect(onlyB.claims.length).toBeGreaterThan(0);
    expect(onlyB.claims.every((c) => c.sourceId === target.sourceId && c.reliability === "B")).toBe(
      true,
    );
    expect(onlyB.claims.find((c) => c.claimId === target.claimId)?.credibility).toBe("3");
    const ungraded = await get<Findings>(
      "/api/cases/khojaly-1992/figures?measure=killed&reliability=ungraded",
      true,
    );
    expect(ungraded.claims.length).toBe(before.claims.length - onlyB.claims.length);
    const bad = await fetch(`${server.url}/api/cases/khojaly-1992/figures?reliability=Z`);
    expect(bad.status).toBe(400);
  });

  it("names only the claimants of claims the caller may see", async () => {
    const DOCTORS = "Doctors of the Agdam hospital";
    // The doctors are quoted by one source only; hidden, it must not be told that they spoke.
    const wounded = await figures("wounded", true);
    const quoted = wounded.claims.find((c) => c.claimant === "aghdam-hospital-doctors");
    if (!quoted) throw new Error("expected the Agdam hospital doctors' figure");
    const send = (method: string, path: string, body: object) =>
      fetch(`${server.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const names = async (bearer?: string) => {
      const response = await fetch(
        `${server.url}/api/cases/khojaly-1992/claimant-names?lang=ru`,
        bearer ? { headers: { authorization: `Bearer ${bearer}` } } : {},
      );
      expect(response.status).toBe(200);
      return ((await response.json()) as { name: string }[]).map((c) => c.name);
    };
    expect(await names()).toContain(DOCTORS);
    const hidden = await send("PATCH", `/api/sources/${quoted.sourceId}`, {
      access: "confidential",
      reason: "test: a source only its team reads",
    });
    expect(hidden.status).toBe(200);
    expect((await send("POST", "/api/users", { username: "vera", role: "viewer" })).status).toBe(
      201,
    );
    const issued = await send("POST", "/api/tokens", {
      username: "vera",
      name: "reading",
      scope: "read",
    });
    expect(issued.status).toBe(201);
    const vera = ((await issued.json()) as { token: string }).token;
    const anonymous = await names();
    expect(anonymous).not.toContain(DOCTORS);
    expect(anonymous.length).toBeGreaterThan(20);
    expect(await names(vera)).not.toContain(DOCTORS);
    expect(await names(token)).toContain(DOCTORS);
    const granted = await send("PUT", "/api/grants", {
      targetType: "source",
      target: quoted.sourceId,
      principal: "user:vera",
      mode: "read",
    });
    expect(granted.status).toBe(200);
    expect(await names(vera)).toContain(DOCTORS);
    expect(await names()).not.toContain(DOCTORS);
  });
});
