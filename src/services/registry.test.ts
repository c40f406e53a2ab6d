/** The victim registry through the services, on every store target: import, linkage, review, estimates, access. */
import { describe, expect, it } from "vitest";
import { STORE_TARGETS } from "../../test/support/databases.js";
import { servicesOn } from "../../test/support/test-services.js";
import { toCsvText } from "../core/generate/csv-text.js";
import { generatePersons } from "../core/generate/generate-persons.js";
import type { Store } from "../store/open-store.js";
import { ANONYMOUS, type Caller } from "./caller.js";
import type { Services } from "./services.js";

const operator: Caller = { kind: "operator", name: "statistician" };
const bytesOf = (text: string) => new TextEncoder().encode(text);

const WITH_BAD_ROWS = `id,Soyad,Ad,age
1,Əliyev,Elçin,34
2,Həsənov,Tofiq
3,,,50
1,Quliyev,Rauf,20
4,Məmmədova,Səbinə,61
`;

describe.each(STORE_TARGETS)("victim registry on $name", (target) => {
  let store: Store;
  let services: Services;
  servicesOn(target, (s) => {
    ({ store, services } = s);
  });

  it("imports a list, reporting bad rows by line and keeping the good ones", async () => {
    const outcome = await services.registry.importList(operator, {
      bytes: bytesOf(WITH_BAD_ROWS),
      fileName: "mosque.csv",
      origin: "/lists/mosque.csv",
      name: "mosque register",
      map: { surname: "Soyad", given: "Ad" },
    });
    expect(outcome.badRows.map((b) => b.line)).toEqual([3, 4, 5]);
    expect(outcome.list).toMatchObject({ recordCount: 2, badRowCount: 3, access: "restricted" });
    const detail = await services.registry.list(operator, "mosque register");
    expect(detail.records.items.map((r) => [r.rowNumber, r.key, r.fields.surname])).toEqual([
      [2, "1", "Əliyev"],
      [6, "4", "Məmmədova"],
    ]);
    expect(detail.records.items[1]?.original).toEqual({
      id: "4",
      Soyad: "Məmmədova",
      Ad: "Səbinə",
      age: "61",
    });
    expect(await store.blobs.has(detail.sha256)).toBe(true);
    const log = await services.log.list(operator, {});
    expect(log.find((e) => e.action === "list.import")).toMatchObject({ targetId: detail.id });
    await expect(
      services.registry.importList(operator, {
        bytes: bytesOf(WITH_BAD_ROWS),
        fileName: "again.csv",
        origin: "t",
        name: "mosque register",
      }),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      services.registry.importList(operator, {
        bytes: bytesOf("id,notes\n1,x\n"),
        fileName: "no-names.csv",
        origin: "t",
        name: "no names",
      }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/no name column/) });
  });

  it("links generated lists, takes review, and estimates from the confirmed clusters", async () => {
    const generated = generatePersons({ people: 180, lists: 3, seed: 11 });
    const truth = new Map<string, number>();
    for (const list of generated.lists) {
      await services.registry.importList(operator, {
        bytes: bytesOf(toCsvText(list.header, list.rows)),
        fileName: `${list.name}.csv`,
        origin: "generated",
        name: list.name,
        access: "public",
      });
      list.rows.forEach((row, i) => {
        truth.set(`${list.name}/${row[0]}`, list.personIds[i] as number);
      });
    }
    const stages = new Set<string>();
    const run = await services.registry.link(operator, {
      eventYear: 1992,
      onProgress: (p) => stages.add(p.stage),
    });
    expect(stages.has("em")).toBe(true);
    expect(run.proposed).toBeGreaterThan(100);
    const proposed = await services.registry.links(operator, { status: "proposed", limit: 1000 });
    expect(proposed.total).toBe(run.proposed);
    const personOf = (r: { listName: string; key: string }) => truth.get(`${r.listName}/${r.key}`);
    const right = proposed.items.filter((l) => personOf(l.left) === personOf(l.right));
    expect(right.length / proposed.items.length).toBeGreaterThan(0.95);

    // A reviewer who knows the truth: confirm the true links, reject the rest with a reason.
    await expect(
      services.registry.reviewLink(operator, proposed.items[0]!.id, { action: "reject" }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      services.registry.reviewLink(ANONYMOUS, proposed.items[0]!.id, { action: "confirm" }),
    ).rejects.toMatchObject({ status: 401 });
    for (const link of proposed.items) {
      const same = personOf(link.left) === personOf(link.right);
      const reviewed = await services.registry.reviewLink(
        operator,
        link.id,
        same ? { action: "confirm" } : { action: "reject", reason: "different people" },
      );
      expect(reviewed.status).toBe(same ? "confirmed" : "rejected");
    }
    const log = await services.log.list(operator, { limit: 1000 });
    expect(log.filter((e) => e.action === "link.review")).toHaveLength(proposed.items.length);

    // A second run replaces nothing that was reviewed.
    const again = await services.registry.link(operator, { eventYear: 1992 });
    expect(again.alreadyReviewed).toBe(proposed.items.length);
    expect(again.proposed).toBe(0);

    const histories = await services.registry.histories(operator);
    expect(histories.lists).toHaveLength(3);
    const observed = histories.rows.reduce((n, r) => n + r.count, 0);
    expect(observed).toBe(histories.people);
    expect(observed).toBeLessThan(histories.records);
    expect(Math.abs(observed - (generated.people - generated.unobserved))).toBeLessThan(15);

    const estimates = await services.registry.estimates(operator, { seed: 3, iterations: 2000 });
    expect(estimates.results.map((r) => r.method)).toEqual(["loglinear", "dga", "lcmcr"]);
    for (const r of estimates.results) {
      expect(r.error).toBeNull();
      expect(r.observed).toBe(observed);
      expect(r.estimate).toBeGreaterThanOrEqual(observed);
    }
    const repeat = await services.registry.estimates(operator, {
      seed: 3,
      iterations: 2000,
      methods: ["lcmcr"],
    });
    expect(repeat.results[0]?.estimate).toBe(estimates.results[2]?.estimate);
  });

  it("never shows a restricted list, its records or its links to anonymous callers", async () => {
    const generated = generatePersons({ people: 60, lists: 2, seed: 4 });
    for (const [k, list] of generated.lists.entries()) {
      await services.registry.importList(operator, {
        bytes: bytesOf(toCsvText(list.header, list.rows)),
        fileName: `${list.name}.csv`,
        origin: "generated",
        name: list.name,
        access: k === 0 ? "public" : "restricted",
      });
    }
    const run = await services.registry.link(operator, { eventYear: 1992 });
    expect(run.proposed).toBeGreaterThan(0);
    const secret = generated.lists[1]!.name;
    expect((await services.registry.lists(operator)).total).toBe(2);
    expect((await services.registry.lists(ANONYMOUS)).items.map((l) => l.name)).toEqual([
      generated.lists[0]!.name,
    ]);
    await expect(services.registry.list(ANONYMOUS, secret)).rejects.toMatchObject({ status: 404 });
    expect((await services.registry.links(ANONYMOUS, {})).total).toBe(0);
    const [link] = (await services.registry.links(operator, {})).items;
    await services.registry.reviewLink(operator, link!.id, { action: "confirm" });
    expect((await services.registry.histories(ANONYMOUS)).lists).toHaveLength(1);
    await expect(services.registry.estimates(ANONYMOUS, {})).rejects.toMatchObject({
      status: 400,
    });
    await expect(services.registry.histories(ANONYMOUS, [secret])).rejects.toMatchObject({
      status: 404,
    });
  });
});
