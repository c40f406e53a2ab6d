/**
 * The legal matrix as a person meets it from the command line and over HTTP, on the Khojaly
 * reference case: evidence links proposed, listed and reviewed; bad input refused clearly.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonOf, runCasefile } from "./support/cli-process.js";
import { HAS_CORPUS, itWithCorpus } from "./support/corpus.js";
import { CORPUS_DIR, tempDir } from "./support/paths.js";
import { PROCESS_TARGETS, type ProcessEnv } from "./support/process-targets.js";
import { type ServerProcess, startServerProcess } from "./support/server-process.js";

interface Link {
  id: string;
  status: string;
  polarity: string;
  elementId: string;
  claimId: string | null;
  reviewedBy: string | null;
}

const target = PROCESS_TARGETS[0];
if (!target) throw new Error("no process target");
const CASE = "khojaly-1992";

/** A title in Azerbaijani, given by an editor, that the brief must carry into its notes. */
const AZ_TITLE = "Xocalı şahidləri: əsir düşənlərin İfadələri";
const out = tempDir("casefile-brief-");

/** Proposing and printing over the whole case is slow on a busy machine. */
const SLOW = { timeout: 600_000 };

describe("casefile evidence", () => {
  let env: ProcessEnv;
  let proposed: Awaited<ReturnType<typeof runCasefile>>;
  const run = (args: string[]) => runCasefile(args, env.env, { timeoutMs: 540_000 });
  beforeAll(async () => {
    // The case already loaded (a copy of the run's template): this suite is about evidence, not
    // about loading the case, which its own tests cover.
    env = await target.create(CASE, { caseId: CASE, corpusDir: CORPUS_DIR });
    proposed = await run(["evidence", "propose", CASE]);
  }, 600_000);
  afterAll(async () => {
    out.remove();
    await env?.dispose();
  });

  it("proposes links for the case's figures and confirms none", SLOW, async () => {
    expect(proposed.code, proposed.stderr).toBe(0);
    expect(proposed.stdout).toMatch(/^\d{3,} link\(s\) proposed for review/);
    const list = await run(["evidence", "list", CASE, "--crime", "cah-murder", "--json"]);
    const links = jsonOf<Link[]>(list);
    expect(links.length).toBeGreaterThan(50);
    expect(links.every((l) => l.status === "proposed" && l.reviewedBy === null)).toBe(true);
  });

  it(
    "reviews a link and shows its history; refuses a rejection without reason and bad flags",
    SLOW,
    async () => {
      const list = jsonOf<Link[]>(
        await run(["evidence", "list", CASE, "--crime", "wc-niac-hostages", "--json"]),
      );
      const first = list[0];
      if (!first) throw new Error("no hostage-taking proposal");
      const reviewed = await run([
        "evidence",
        "review",
        first.id,
        "confirm",
        "--reason",
        "checked",
      ]);
      expect(reviewed.code, reviewed.stderr).toBe(0);
      const shown = jsonOf<Link & { history: { by: string }[] }>(
        await run(["evidence", "show", first.id, "--json"]),
      );
      expect(shown.status).toBe("confirmed");
      expect(shown.history.map((h) => h.by)).toEqual([
        "casefile-proposer",
        expect.stringMatching(/^cli:/),
      ]);
      const noReason = await run(["evidence", "review", first.id, "reject"]);
      expect(noReason.code).not.toBe(0);
      expect(noReason.stderr).toMatch(/reason/);
      const badPolarity = await run(["evidence", "list", CASE, "--polarity", "maybe"]);
      expect(badPolarity.code).toBe(2);
      const badCrime = await run(["evidence", "list", CASE, "--crime", "theft"]);
      expect(badCrime.code).not.toBe(0);
      expect(badCrime.stderr).toMatch(/no crime or rule "theft"/);
    },
  );
  it("prints the matrix with gaps, as text and JSON", SLOW, async () => {
    const text = await run(["matrix", CASE, "--crime", "wc-niac-hostages"]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain("Rome Statute art. 8(2)(c)(iii)");
    expect(text.stdout).toMatch(/1\. \[conduct\] wc-niac-hostages-1 .*GAP: one origin only/);
    expect(text.stdout).toMatch(/\[mental\] wc-niac-awareness .*GAP: no evidence/);
    const json = jsonOf<{ crimes: { rows: { id: string; supports: unknown[] }[] }[] }>(
      await run([
        "matrix",
        CASE,
        "--crime",
        "wc-niac-hostages",
        "--polarity",
        "contradicts",
        "--json",
      ]),
    );
    expect(json.crimes[0]?.rows.every((r) => r.supports.length === 0)).toBe(true);
    const bad = await run(["matrix", CASE, "--element", "nope"]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/no element "nope"/);
  });

  // Its notes name the archived files of the corpus: without the corpus there are none to name.
  itWithCorpus(
    "writes a footnoted brief as PDF whose notes name real archived files and keep ə ğ ı ş İ and Ходжалы",
    SLOW,
    async () => {
      const [link] = jsonOf<(Link & { sourceId: string })[]>(
        await run([
          "evidence",
          "list",
          CASE,
          "--crime",
          "wc-niac-hostages",
          "--status",
          "confirmed",
          "--json",
        ]),
      );
      if (!link) throw new Error("no confirmed link");
      const edited = await run([
        "sources",
        "edit",
        link.sourceId,
        "--title",
        AZ_TITLE,
        "--reason",
        "title in the original language",
      ]);
      expect(edited.code, edited.stderr).toBe(0);
      const pdf = join(out.path, "brief.pdf");
      const made = await run([
        "report",
        CASE,
        "--format",
        "pdf",
        "--crime",
        "wc-niac-hostages",
        "--out",
        pdf,
      ]);
      expect(made.code, made.stderr).toBe(0);
      expect(readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const text = execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8" });
      for (const letters of ["ə", "ğ", "ı", "ş", "İ", "Ходжалы"]) expect(text).toContain(letters);
      // Notes sit at the page foot, numbered as their calls, and name archived files the store holds.
      const archived = new Set(
        jsonOf<{ items: { sha256: string | null }[] }>(
          await run(["sources", "list", "--limit", "1000", "--json"]),
        ).items.map((s) => s.sha256),
      );
      const hashes = [...text.replace(/\s+/g, " ").matchAll(/SHA-256 ([0-9a-f]{64})/g)].map(
        (m) => m[1],
      );
      expect(hashes.length).toBeGreaterThan(10);
      expect(hashes.every((h) => archived.has(h ?? ""))).toBe(true);
      expect(text.replace(/\s+/g, " ")).toContain("“Xocalı şahidləri");
      expect(text).toContain("Gap: only one independent origin supports this element.");
    },
  );

  it(
    "writes the brief as Markdown and HTML with every note defined, in the reader's language",
    SLOW,
    async () => {
      const md = await run([
        "report",
        CASE,
        "--format",
        "md",
        "--crime",
        "wc-niac-hostages",
        "--lang",
        "ru",
      ]);
      expect(md.code, md.stderr).toBe(0);
      const calls = new Set([...md.stdout.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => m[1]));
      const defined = new Set([...md.stdout.matchAll(/^\[\^(\d+)\]: /gm)].map((m) => m[1]));
      expect(calls.size).toBeGreaterThan(10);
      expect([...calls].filter((n) => !defined.has(n))).toEqual([]);
      // The PDF test before this one retitles a source in Azerbaijani; it runs with the corpus only.
      if (HAS_CORPUS) expect(md.stdout).toContain(AZ_TITLE);
      // Its own words in Russian (headings, the law's element texts, dates); sources' titles as published.
      expect(md.stdout).toContain("## Правовая матрица");
      expect(md.stdout).toContain("Военное преступление в виде взятия заложников");
      expect(md.stdout).toMatch(/Римский статут, ст\. 8\(2\)\(c\)\(iii\)/);
      expect(md.stdout).not.toContain("Supporting evidence");
      // What each piece of evidence states is worded in Russian too, whatever its kind.
      expect(md.stdout).not.toMatch(/\b(?:figure|time|place|actor|qualification|statement): /);
      const html = await run(["report", CASE, "--format", "html", "--lang", "az"]);
      expect(html.stdout).toMatch(/^<!doctype html>/);
      expect(html.stdout).toContain('<html lang="az">');
      expect(html.stdout).toContain("<h2>Xronologiya</h2>");
      expect(html.stdout).toMatch(/\d+ fevral 1992/);
      expect(html.stdout).toContain('<li id="note-1">');
      expect(html.stdout).not.toMatch(/https?:\/\/[^"<\s]*\.(js|css|woff2?)/);
    },
  );

  it("refuses a PDF without Chromium and writes nothing", SLOW, async () => {
    const pdf = join(out.path, "none.pdf");
    const r = await runCasefile(
      ["report", CASE, "--format", "pdf", "--out", pdf],
      { ...env.env, CASEFILE_CHROMIUM: "/nonexistent/chromium" },
      { timeoutMs: 540_000 },
    );
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/cannot print a PDF.*no PDF was written/);
    expect(existsSync(pdf)).toBe(false);
  });

  describe("over HTTP", () => {
    let server: ServerProcess;
    let token: string;
    const call = async (method: string, path: string, body?: unknown, auth = true) =>
      fetch(`${server.url}${path}`, {
        method,
        headers: {
          ...(auth ? { authorization: `Bearer ${token}` } : {}),
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    beforeAll(async () => {
      server = await startServerProcess(env.env);
      token = (
        JSON.parse(readFileSync(join(env.dataDir, "server.json"), "utf8")) as { token: string }
      ).token;
    });
    afterAll(async () => {
      await server?.stop();
    });

    it(
      "serves the law, proposes only for a writer, and answers bad input with problem details",
      SLOW,
      async () => {
        const law = (await (await call("GET", "/api/law", undefined, false)).json()) as {
          crimes: { id: string; articles: string[]; articleRefs: object[] }[];
          translations: Record<"az" | "ru", Record<string, string>>;
        };
        const displacement = law.crimes.find((c) => c.id === "wc-niac-displacement");
        expect(displacement?.articles).toEqual(["Rome Statute art. 8(2)(e)(viii)"]);
        expect(displacement?.articleRefs).toEqual([
          { instrument: "rome-statute", article: "8(2)(e)(viii)" },
        ]);
        // Every title and element in Azerbaijani and Russian beside the English paraphrase.
        expect(law.translations.ru["cah-murder"]).toMatch(/^Убийство/);
        expect(law.translations.az).toMatchObject({ genocide: "Soyqırımı" });
        expect(Object.keys(law.translations.az).length).toBe(
          Object.keys(law.translations.ru).length,
        );
        const matrixRu = (await (
          await call("GET", `/api/cases/${CASE}/matrix?crime=cah-murder`, undefined, false)
        ).json()) as { translations: Record<"az" | "ru", Record<string, string>> };
        expect(matrixRu.translations.ru["cah-attack"]).toMatch(/нападения/);
        expect(
          (await call("POST", `/api/cases/${CASE}/evidence/propose`, undefined, false)).status,
        ).toBe(401);
        const again = await call("POST", `/api/cases/${CASE}/evidence/propose`);
        expect(again.status).toBe(200);
        expect(((await again.json()) as { proposed: number }).proposed).toBe(0);
        const links = (await (
          await call("GET", `/api/cases/${CASE}/evidence?status=proposed&crime=genocide-killing`)
        ).json()) as Link[];
        expect(links.length).toBeGreaterThan(10);
        const bad = await call("POST", `/api/evidence/${links[0]?.id}/review`, {
          action: "correct",
          weight: 7,
        });
        expect(bad.status).toBe(400);
        expect(bad.headers.get("content-type")).toMatch(/problem\+json/);
        expect(((await bad.json()) as { code: string }).code).toMatch(/^invalid-input/);
        const unknown = await call("POST", `/api/cases/${CASE}/evidence`, {
          sourceId: "00000000-0000-4000-8000-000000000000",
          elementId: "cah-murder-1",
          polarity: "supports",
          weight: 3,
          rationale: "x",
        });
        expect(unknown.status).toBe(404);
        const matrix = await call("GET", `/api/cases/${CASE}/matrix?crime=theft`, undefined, false);
        expect(matrix.status).toBe(400);
      },
    );
  });
});
