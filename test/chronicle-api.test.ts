/**
 * The photo chronicle and the memorial through the CLI (through the server that holds the embedded store; straight
 * to PostgreSQL) and over HTTP: order, captions and persons, levels never wider than the image, logged changes.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonOf, runCasefile } from "./support/cli-process.js";
import { drawnPng } from "./support/media-files.js";
import { COUNCIL_CSV } from "./support/memorial-registry.js";
import { PROCESS_TARGETS } from "./support/process-targets.js";
import { storePerTest } from "./support/served-store.js";

const CASE = "khojaly-1992";

interface Entry {
  id: string;
  sourceId: string;
  position: number;
  caption: string;
  access: string;
  version: number;
  persons: { name: string; recordId: string | null }[];
  source: { hasThumbnail: boolean; width: number | null };
}
interface Chronicle {
  items: Entry[];
  total: number;
}

describe.each(PROCESS_TARGETS)("photo chronicle on $name", (processTarget) => {
  const t = storePerTest({
    name: processTarget.name,
    create: () => processTarget.create(CASE, { caseId: CASE, corpusDir: null }),
  });

  it("adds, orders, edits and removes entries, each never more visible than its image", async () => {
    const env = t.target.env;
    const dir = t.target.dataDir;
    writeFileSync(join(dir, "square.png"), drawnPng(11, 320, 240));
    writeFileSync(join(dir, "street.png"), drawnPng(12, 300, 200));
    writeFileSync(join(dir, "note.txt"), "A note that is not a picture.\n");
    // One ingest (each CLI process opening the embedded store costs seconds), then the server.
    const run = await runCasefile(
      ["ingest", ...["square.png", "street.png", "note.txt"].map((f) => join(dir, f))]
        // New material is restricted by default; these pictures are published deliberately.
        .concat(["--access", "public", "--json"]),
      env,
    );
    expect(run.code, run.stderr).toBe(0);
    const [square = "", street = "", note = ""] = jsonOf<{ files: { sourceId: string }[] }>(
      run,
    ).files.map((f) => f.sourceId);
    const server = await t.serve();
    const url = server.url;
    const json = { ...t.auth(), "content-type": "application/json" };
    // The street picture is for the team only.
    expect(
      (
        await fetch(`${url}/api/sources/${street}`, {
          method: "PATCH",
          headers: json,
          body: JSON.stringify({ access: "restricted", reason: "test: a team-only picture" }),
        })
      ).status,
    ).toBe(200);
    const cli = (...args: string[]) => runCasefile(["chronicle", ...args], env);

    const first = await cli(
      "add",
      square,
      "--case",
      CASE,
      "--caption",
      "A square after the assault (invented caption)",
      "--person",
      "Tural Nağıyev",
      "--json",
    );
    expect(first.code, first.stderr).toBe(0);
    const a = jsonOf<Entry>(first);
    expect(a).toMatchObject({ position: 1, access: "public", version: 1 });
    expect(a.persons).toEqual([{ name: "Tural Nağıyev", recordId: null }]);
    expect(a.source.hasThumbnail).toBe(true);

    const wider = await cli("add", street, "--case", CASE, "--access", "public");
    expect(wider.code).not.toBe(0);
    expect(wider.stderr).toMatch(/more visible than the image/);
    const refused = async (caseId: string, body: unknown) => {
      const r = await fetch(`${url}/api/cases/${caseId}/chronicle`, {
        method: "POST",
        headers: json,
        body: JSON.stringify(body),
      });
      return [r.status, ((await r.json()) as { detail: string }).detail];
    };
    expect(await refused(CASE, { sourceId: note })).toEqual([
      422,
      expect.stringMatching(/not an image/),
    ]);
    expect(
      await refused(CASE, { sourceId: street, persons: [{ name: "X Y", recordId: "nope" }] }),
    ).toEqual([400, 'person 1: "nope" is not a record id']);
    expect(await refused("no-such-case", { sourceId: street })).toEqual([
      404,
      "case no-such-case not found",
    ]);
    expect(
      await refused(CASE, {
        sourceId: street,
        persons: [{ name: "Tural Nağıyev" }, { name: "Tural  Nağıyev" }],
      }),
    ).toEqual([400, 'person 2: "Tural Nağıyev" is named twice']);

    const b = jsonOf<Entry>(await cli("add", street, "--case", CASE, "--json"));
    expect(b).toMatchObject({ position: 2, access: "restricted" });
    expect((await cli("add", square, "--case", CASE)).stderr).toMatch(/already in the chronicle/);
    expect(jsonOf<Entry>(await cli("move", b.id, "--to", "1", "--json")).position).toBe(1);
    expect((await cli("move", b.id, "--to", "9")).stderr).toMatch(/position must be .* 1 to 2/);
    const listed = jsonOf<Chronicle>(await cli("list", "--case", CASE, "--json"));
    expect(listed.items.map((e) => [e.sourceId, e.position])).toEqual([
      [street, 1],
      [square, 2],
    ]);

    // Over HTTP: an anonymous reader sees the public entry only, numbered as they see it.
    const anonymous = (await (
      await fetch(`${url}/api/cases/${CASE}/chronicle`)
    ).json()) as Chronicle;
    expect(anonymous.items.map((e) => [e.sourceId, e.position])).toEqual([[square, 1]]);
    expect(anonymous.total).toBe(1);
    const thumb = await fetch(`${url}/api/sources/${square}/media/thumbnail`);
    expect(thumb.status).toBe(200);
    expect((await fetch(`${url}/api/sources/${street}/media/thumbnail`)).status).toBe(404);
    const operator = (await (
      await fetch(`${url}/api/cases/${CASE}/chronicle`, { headers: t.auth() })
    ).json()) as Chronicle;
    expect(operator.total).toBe(2);

    expect(
      (
        await fetch(`${url}/api/cases/${CASE}/chronicle`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ sourceId: square }),
        })
      ).status,
    ).toBe(401);
    const patched = await fetch(`${url}/api/chronicle/${a.id}`, {
      method: "PATCH",
      headers: json,
      body: JSON.stringify({ caption: "The square, seen from the east", version: 1 }),
    });
    expect(patched.status).toBe(200);
    expect(((await patched.json()) as Entry).version).toBe(2);
    const stale = await fetch(`${url}/api/chronicle/${a.id}`, {
      method: "PATCH",
      headers: json,
      body: JSON.stringify({ caption: "lost update", version: 1 }),
    });
    expect(stale.status).toBe(409);
    expect((await stale.json()) as { detail: string }).toMatchObject({
      detail: expect.stringMatching(/changed meanwhile/),
    });
    // Closing the entry of the public picture: anonymous readers no longer see it.
    expect(
      (
        await fetch(`${url}/api/chronicle/${a.id}`, {
          method: "PATCH",
          headers: json,
          body: JSON.stringify({ access: "restricted" }),
        })
      ).status,
    ).toBe(200);
    expect(
      ((await (await fetch(`${url}/api/cases/${CASE}/chronicle`)).json()) as Chronicle).total,
    ).toBe(0);
    // An entry an anonymous caller may not see answers as one that does not exist.
    const hidden = await fetch(`${url}/api/chronicle/${a.id}/move`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ position: 1 }),
    });
    expect(hidden.status).toBe(401);

    const removed = await cli("remove", b.id, "--reason", "duplicate of a better copy");
    expect(removed.code, removed.stderr).toBe(0);
    const after = jsonOf<Chronicle>(await cli("list", "--case", CASE, "--json"));
    expect(after.items.map((e) => [e.id, e.position, e.caption])).toEqual([
      [a.id, 1, "The square, seen from the east"],
    ]);
    const log = jsonOf<{ action: string; targetId: string; data: Record<string, unknown> }[]>(
      await runCasefile(["log", "--json", "--limit", "20"], env),
    );
    const mine = log.filter((e) => e.action.startsWith("chronicle."));
    expect(mine.map((e) => e.action).sort()).toEqual([
      "chronicle.add",
      "chronicle.add",
      "chronicle.edit",
      "chronicle.edit",
      "chronicle.move",
      "chronicle.remove",
    ]);
    // Captions and names stay out of the log, which can never be changed.
    expect(JSON.stringify(mine)).not.toMatch(/Nağıyev|square, seen/);
  }, 400_000);

  it("publishes a memorial by the CLI and answers it over HTTP, naming only the consented", async () => {
    const env = t.target.env;
    writeFileSync(join(t.target.dataDir, "council.csv"), COUNCIL_CSV);
    const imported = await runCasefile(
      ["lists", "import", join(t.target.dataDir, "council.csv"), "--name", "council (test)"].concat(
        ["--access", "public", "--case", CASE, "--json"],
      ),
      env,
    );
    expect(imported.code, imported.stderr).toBe(0);
    const server = await t.serve();
    const url = server.url;
    const memorial = (...args: string[]) => runCasefile(["memorial", ...args], env);
    expect((await fetch(`${url}/api/cases/${CASE}/memorial`)).status).toBe(404);
    const consent = await runCasefile(
      ["people", "consent", "Rüstəm Ələkbərov", "--case", CASE, "--scope", "publication"].concat([
        "--date",
        "2025-02-26",
      ]),
      env,
    );
    expect(consent.code, consent.stderr).toBe(0);
    const published = await memorial("publish", "--case", CASE, "--reason", "test");
    expect(published.stdout).toMatch(/is published/);
    const found = await memorial("list", "--case", CASE, "--find", "Алекперов");
    expect(found.code, found.stderr).toBe(0);
    expect(found.stdout).toMatch(/Rüstəm Tofiq oğlu Ələkbərov \/ Рюстам Тофиг оглу Алакбаров/);
    expect(found.stdout).toMatch(/1 named, and 3 others not named here \(4 in all\)/);

    const anonymous = (await (await fetch(`${url}/api/cases/${CASE}/memorial`)).json()) as {
      items: { id: string; spellings: { recordId: string }[] }[];
      named: number;
      others: number;
    };
    expect([anonymous.named, anonymous.others, anonymous.items.length]).toEqual([1, 3, 1]);
    const lists = (await (await fetch(`${url}/api/lists/council%20(test)`)).json()) as {
      records: { items: { id: string }[] };
    };
    const [, rustam = "", lala = ""] = lists.records.items.map((r) => r.id);
    expect(anonymous.items[0]?.id).toBe(rustam);
    // A person not named and one that does not exist answer alike (but for the address asked).
    const answer = async (id: string) => {
      const res = await fetch(`${url}/api/cases/${CASE}/memorial/${id}`);
      const body = (await res.json()) as { detail: string; instance?: string; title: string };
      return [res.status, body.title, body.detail.replace(id, "<id>")];
    };
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect(await answer(lala)).toEqual(await answer(unknown));
    expect((await answer(lala))[0]).toBe(404);
    expect(
      (
        await fetch(`${url}/api/cases/${CASE}/memorial-setting`, {
          method: "PUT",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ published: false }),
        })
      ).status,
    ).toBe(401);
  }, 400_000);
});
