/** The victim registry over HTTP on a running server process, and the CLI through that server. */
import { describe, expect, it } from "vitest";
import { toCsvText } from "../src/core/generate/csv-text.js";
import { generatePersons } from "../src/core/generate/generate-persons.js";
import { jsonOf, runCasefile } from "./support/cli-process.js";
import { ONE_PROCESS_TARGET } from "./support/process-targets.js";
import { storePerTest } from "./support/served-store.js";

interface Link {
  id: string;
  probability: number;
  status: string;
  left: { listName: string };
  right: { listName: string };
}

// The registry's SQL is tested on both stores by its store suite (src/services/registry.test.ts);
// its API over a server process, on one.
describe.each(ONE_PROCESS_TARGET)("registry API on $name", (processTarget) => {
  const t = storePerTest(processTarget);

  it("uploads lists, links them, takes a review and answers estimates side by side", async () => {
    const server = await t.serve();
    const url = server.url;
    const auth = t.auth();
    const upload = (
      csv: string,
      fields: Record<string, string>,
      headers: Record<string, string> = auth,
    ) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      form.append("file", new Blob([csv]), `${fields.name ?? "list"}.csv`);
      return fetch(`${url}/api/lists`, { method: "POST", body: form, headers });
    };
    const post = (path: string, body: unknown) =>
      fetch(`${url}${path}`, {
        method: "POST",
        headers: { ...auth, "content-type": "application/json" },
        body: JSON.stringify(body),
      });

    const generated = generatePersons({ people: 120, lists: 3, seed: 5 });
    const [first, ...others] = generated.lists;
    if (!first) throw new Error("no lists generated");
    expect((await upload("id,surname\n1,Əliyev\n", { name: "anon" }, {})).status).toBe(401);
    const withBadRow = `${toCsvText(first.header, first.rows)}only,two\n`;
    const created = await upload(withBadRow, { name: first.name, access: "public" });
    expect(created.status).toBe(201);
    const outcome = (await created.json()) as { list: { id: string }; badRows: { line: number }[] };
    expect(outcome.badRows).toEqual([
      { line: first.rows.length + 2, reason: expect.stringMatching(/2 fields/) },
    ]);
    for (const list of others)
      expect(
        (await upload(toCsvText(list.header, list.rows), { name: list.name, access: "public" }))
          .status,
      ).toBe(201);
    const secret = await upload("id,surname,given_name\n1,Əliyev,Elçin\n", { name: "secret" });
    expect(secret.status).toBe(201);
    // Natural Azerbaijani headings are recognised; the preview shows them, the import takes the
    // caller's choices exactly (a column left out, a heading with a comma mapped by JSON).
    const azerbaijani =
      'Sıra,Soyadı,Adı,Atasının adı,Doğum tarixi,Cinsi,Doğulduğu yer,"Qeyd, əlavə"\n1,Həsənov,Ramiz,Əli oğlu,1975-03-02,kişi,Xocalı,x\n';
    const previewForm = (fields: Record<string, string>) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      form.append("file", new Blob([azerbaijani]), "xocali.csv");
      return fetch(`${url}/api/lists/preview`, { method: "POST", body: form, headers: auth });
    };
    const preview = await previewForm({});
    expect(preview.status).toBe(200);
    const shown = (await preview.json()) as {
      columns: { header: string; field: string | null }[];
      rows: string[][];
      rowCount: number;
      hasName: boolean;
    };
    expect(shown.columns.map((c) => c.field)).toEqual([
      null,
      "surname",
      "given",
      "patronymic",
      "birth_date",
      "sex",
      "place",
      null,
    ]);
    expect(shown).toMatchObject({ rowCount: 1, hasName: true });
    expect(shown.rows[0]?.[1]).toBe("Həsənov");
    const remapped = (await (
      await previewForm({ map: JSON.stringify({ identifier: "Qeyd, əlavə" }), ignore: '["Cinsi"]' })
    ).json()) as { columns: { field: string | null }[] };
    expect(remapped.columns.map((c) => c.field)).toEqual([
      null,
      "surname",
      "given",
      "patronymic",
      "birth_date",
      null,
      "place",
      "identifier",
    ]);
    const nameless = new FormData();
    nameless.append("name", "nameless");
    nameless.append("file", new Blob(["Qeyd,Sıra\nx,1\n"]), "nameless.csv");
    const refused = await fetch(`${url}/api/lists`, {
      method: "POST",
      body: nameless,
      headers: auth,
    });
    expect(refused.status).toBe(400);
    const refusal = ((await refused.json()) as { detail: string }).detail;
    expect(refusal).toMatch(/no name column/);
    expect(refusal).not.toMatch(/--map/);
    const imported = await upload(azerbaijani, { name: "xocali-az", ignore: '["Cinsi"]' });
    expect(imported.status).toBe(201);
    expect(((await imported.json()) as { list: { mapping: object } }).list.mapping).toEqual({
      surname: "Soyadı",
      given: "Adı",
      patronymic: "Atasının adı",
      birth_date: "Doğum tarixi",
      place: "Doğulduğu yer",
    });
    const anonymousLists = (await (await fetch(`${url}/api/lists`)).json()) as {
      items: { name: string }[];
    };
    expect(anonymousLists.items.map((l) => l.name)).not.toContain("secret");
    expect((await fetch(`${url}/api/lists/secret`)).status).toBe(404);
    const detail = (await (await fetch(`${url}/api/lists/${outcome.list.id}?limit=2`)).json()) as {
      records: { items: unknown[]; total: number };
    };
    expect(detail.records).toMatchObject({ total: first.rows.length, limit: 2 });

    const names = generated.lists.map((l) => l.name);
    const run = await post("/api/linkage", { lists: names, eventYear: 1992 });
    expect(run.status).toBe(200);
    expect(((await run.json()) as { proposed: number }).proposed).toBeGreaterThan(30);
    const links = (await (
      await fetch(`${url}/api/links?status=proposed&limit=1000`, { headers: auth })
    ).json()) as {
      items: Link[];
    };
    // Each pair reads in list order: the list imported first is always on the left.
    const order = new Map(names.map((n, i) => [n, i]));
    for (const l of links.items)
      expect(order.get(l.left.listName)!, `${l.left.listName} | ${l.right.listName}`).toBeLessThan(
        order.get(l.right.listName)!,
      );
    const [top] = links.items;
    if (!top) throw new Error("no links proposed");
    const noReason = await post(`/api/links/${top.id}/review`, { action: "reject" });
    expect(noReason.status).toBe(400);
    expect(noReason.headers.get("content-type")).toMatch(/application\/problem\+json/);
    for (const link of links.items.filter((l) => l.probability > 0.9)) {
      const reviewed = await post(`/api/links/${link.id}/review`, { action: "confirm" });
      expect(((await reviewed.json()) as Link).status).toBe("confirmed");
    }

    const histories = (await (
      await fetch(`${url}/api/registry/histories?lists=${names.join(",")}`)
    ).json()) as { rows: { pattern: number[]; count: number }[]; people: number };
    expect(histories.rows.some((r) => r.pattern.every((v) => v === 1))).toBe(true);
    const estimates = (await (
      await fetch(`${url}/api/registry/estimates?lists=${names.join(",")}&seed=2&iterations=1000`)
    ).json()) as { results: { method: string; estimate: number; error: string | null }[] };
    expect(estimates.results.map((r) => [r.method, r.error])).toEqual([
      ["loglinear", null],
      ["dga", null],
      ["lcmcr", null],
    ]);
    for (const r of estimates.results) expect(r.estimate).toBeGreaterThanOrEqual(histories.people);

    // The CLI reaches the same registry through the server while it holds the store.
    const viaCli = await runCasefile(
      ["registry", "estimate", "--lists", names.join(","), "--method", "loglinear", "--json"],
      t.target.env,
    );
    expect(viaCli.code, viaCli.stderr).toBe(0);
    expect(jsonOf<{ results: { estimate: number }[] }>(viaCli).results[0]?.estimate).toBe(
      estimates.results[0]?.estimate,
    );
    const confirmed = jsonOf<{ total: number }>(
      await runCasefile(["links", "list", "--status", "confirmed", "--json"], t.target.env),
    );
    expect(confirmed.total).toBeGreaterThan(0);

    // Candidates below the threshold on request, a link made by hand to a record found by name,
    // undone, and its history.
    const below = (await (
      await fetch(`${url}/api/links?status=candidate&limit=5`, { headers: auth })
    ).json()) as { items: Link[] };
    expect(below.items.every((l) => l.status === "candidate" && l.probability < 0.5)).toBe(true);
    const recordOf = async (list: string) =>
      (
        (await (await fetch(`${url}/api/lists/${list}?limit=1`, { headers: auth })).json()) as {
          records: { items: { id: string; fields: Record<string, string> }[] };
        }
      ).records.items[0]!;
    const [a, b] = [await recordOf(names[0]!), await recordOf(names[1]!)];
    const name = (a.fields.surname ?? a.fields.full_name ?? "").split(" ")[0]!;
    const viaName = await runCasefile(["links", "find", names[0]!, name, "--json"], t.target.env);
    expect(viaName.code, viaName.stderr).toBe(0);
    expect(jsonOf<{ items: { id: string }[] }>(viaName).items.map((r) => r.id)).toContain(a.id);
    const pair = { left: a.id, right: b.id };
    const incomplete = await post("/api/links", { left: pair.left });
    expect(incomplete.status).toBe(400);
    const made = await post("/api/links", { ...pair, reason: "checked by hand" });
    expect([201, 409]).toContain(made.status);
    const linkId =
      made.status === 201
        ? ((await made.json()) as Link).id
        : ((await made.json()) as { detail: string }).detail.match(/link ([0-9a-f-]{36})/)![1]!;
    const undone = await post(`/api/links/${linkId}/unlink`, {});
    expect(((await undone.json()) as Link).status).toBe("rejected");
    const history = (await (
      await fetch(`${url}/api/links/${linkId}/history`, { headers: auth })
    ).json()) as { items: { status: string; by: string | null }[] };
    expect(history.items.at(-1)).toMatchObject({ status: "rejected" });
  }, 180_000);
});
