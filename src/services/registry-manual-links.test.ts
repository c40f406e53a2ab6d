/**
 * Links made and undone by hand, and candidates below the threshold, on every store target: the
 * pair "Həsənov, 1975" (with a given name) and "Гасанов, 1976" (without one) is compared by the
 * linkage, kept as a candidate, found by name in either script, linked by hand and unlinked — and
 * every change moves the overlap the estimates are made from.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { STORE_TARGETS } from "../../test/support/databases.js";
import { servicesOn } from "../../test/support/test-services.js";
import type { Store } from "../store/open-store.js";
import { ANONYMOUS, type Caller } from "./caller.js";
import type { Services } from "./services.js";

const operator: Caller = { kind: "operator", name: "statistician" };
const bytesOf = (text: string) => new TextEncoder().encode(text);

const MOSQUE = `id,Soyadı,Adı,Doğum ili
1,Ələkbərov,Elçin,1961
2,Əliyev,Rəşid,1948
3,Hüseynov,Vüqar,1970
4,Məmmədov,Tofiq,1955
5,Həsənov,Elnur,1975
6,Abbasov,Zaur,1969
`;
const MORGUE = `id,фамилия,имя,год рождения
1,Алекперов,Эльчин,1961
2,Алиев,Рашид,1948
3,Гусейнов,Вугар,1970
4,Мамедов,Тофик,1955
5,Гасанов,,1976
6,Зейналов,Фамиль,1957
`;

describe.each(STORE_TARGETS)("manual links and candidates on $name", (target) => {
  let services: Services;
  let store: Store;
  servicesOn(target, (s) => {
    ({ services, store } = s);
  });
  beforeEach(async () => {
    for (const [name, csv] of [
      ["mosque", MOSQUE],
      ["morgue", MORGUE],
    ] as const)
      await services.registry.importList(operator, {
        bytes: bytesOf(csv),
        fileName: `${name}.csv`,
        origin: "test",
        name,
        map:
          name === "mosque"
            ? { surname: "Soyadı", given: "Adı", birth_year: "Doğum ili" }
            : { surname: "фамилия", given: "имя", birth_year: "год рождения" },
      });
  });

  const overlap = async () =>
    (await services.registry.histories(operator)).rows.find((r) => r.pattern.join() === "1,1")
      ?.count ?? 0;

  it("keeps Həsənov 1975 / Гасанов 1976 as a candidate, confirms it, unlinks it, links it by hand", async () => {
    const run = await services.registry.link(operator, {});
    expect(run.proposed).toBe(4);
    expect(run.candidates).toBeGreaterThanOrEqual(1);
    // Candidates are listed only on request.
    const all = await services.registry.links(operator, {});
    expect(all.items.every((l) => l.status === "proposed")).toBe(true);
    const below = await services.registry.links(operator, { status: "candidate" });
    expect(below.total).toBe(run.candidates);
    const pair = below.items.find((l) => l.left.fields.surname === "Həsənov");
    expect(pair).toMatchObject({
      origin: "model",
      left: { listName: "mosque", fields: { surname: "Həsənov", birth_year: "1975" } },
      right: { listName: "morgue", fields: { surname: "Гасанов", birth_year: "1976" } },
    });
    expect(pair!.right.fields.given).toBeUndefined();
    expect(pair!.probability).toBeLessThan(run.parameters.threshold);

    for (const link of all.items)
      await services.registry.reviewLink(operator, link.id, { action: "confirm" });
    expect(await overlap()).toBe(4);
    // A candidate confirmed is a reviewed link, and counts.
    const confirmed = await services.registry.reviewLink(operator, pair!.id, { action: "confirm" });
    expect(confirmed.status).toBe("confirmed");
    expect(await overlap()).toBe(5);
    // Unlinked (no reason needed), it stops counting; unlinking twice is refused.
    const undone = await services.registry.unlink(operator, pair!.id, {});
    expect(undone.status).toBe("rejected");
    expect(await overlap()).toBe(4);
    await expect(services.registry.unlink(operator, pair!.id, {})).rejects.toMatchObject({
      status: 409,
    });
    // Found by name in the other list in any script, and linked again by hand.
    for (const q of ["Həsənov", "Hasanov", "Гасанов", "gasan"]) {
      const found = await services.registry.searchRecords(operator, "morgue", { q });
      // The closest sound first; the loose skeleton may add another (Гусейнов) after it.
      expect(found.items[0]?.fields.surname, q).toBe("Гасанов");
      expect(
        found.items.map((r) => r.fields.surname),
        q,
      ).not.toContain("Алиев");
    }
    const partner = (await services.registry.searchRecords(operator, "morgue", { q: "Hasanov" }))
      .items[0]!;
    const again = await services.registry.linkByHand(operator, {
      left: pair!.left.id,
      right: partner.id,
      reason: "same father's name in both originals",
    });
    expect(again).toMatchObject({ id: pair!.id, status: "confirmed", origin: "model" });
    expect(await overlap()).toBe(5);
    await expect(
      services.registry.linkByHand(operator, { left: partner.id, right: pair!.left.id }),
    ).rejects.toMatchObject({ status: 409 });

    const history = await services.registry.linkHistory(operator, pair!.id);
    expect(history.items.map((v) => [v.version, v.status, v.by, v.reason])).toEqual([
      [1, "candidate", null, null],
      [2, "confirmed", "statistician", null],
      [3, "rejected", "statistician", null],
      [4, "confirmed", "statistician", "same father's name in both originals"],
    ]);
    const log = await services.log.list(operator, { limit: 100 });
    expect(log.filter((e) => e.action === "link.unlink")).toHaveLength(1);
    expect(log.find((e) => e.action === "link.manual")).toMatchObject({
      actor: "statistician",
      targetId: pair!.id,
      reason: "same father's name in both originals",
    });
  });

  it("finds records by name in SQL on their stored keys, also records stored before the keys", async () => {
    const keyed = await store.db.query<{ keys: string | null }>(
      "SELECT k.keys FROM person_records r LEFT JOIN person_record_name_keys k ON k.record_id = r.id",
    );
    expect(keyed.length).toBeGreaterThan(0);
    expect(keyed.every((r) => r.keys?.includes(" p:"))).toBe(true);
    // As a store migrated from before the keys has them: none; the first search computes them.
    await store.db.query("DELETE FROM person_record_name_keys");
    const found = await services.registry.searchRecords(operator, "morgue", { q: "Həsənov" });
    expect(found.items[0]?.fields.surname).toBe("Гасанов");
    expect(found.total).toBe(found.items.length);
    const missing = await store.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM person_records r JOIN person_lists l ON l.id = r.list_id
         LEFT JOIN person_record_name_keys k ON k.record_id = r.id
        WHERE l.name = 'morgue' AND k.record_id IS NULL`,
    );
    expect(missing[0]?.n).toBe(0);
  });

  it("links by hand two records the linkage never compared, with no probability, and the estimate input follows", async () => {
    await services.registry.link(operator, {});
    const abbasov = (await services.registry.searchRecords(operator, "mosque", { q: "Аббасов" }))
      .items[0]!;
    const zeynalov = (await services.registry.searchRecords(operator, "morgue", { q: "Zeynalov" }))
      .items[0]!;
    expect([abbasov.fields.surname, zeynalov.fields.surname]).toEqual(["Abbasov", "Зейналов"]);
    const before = await overlap();
    await expect(
      services.registry.linkByHand(ANONYMOUS, { left: abbasov.id, right: zeynalov.id }),
    ).rejects.toMatchObject({ status: 401 });
    await expect(
      services.registry.linkByHand(operator, { left: abbasov.id, right: abbasov.id }),
    ).rejects.toMatchObject({ status: 400 });
    const link = await services.registry.linkByHand(operator, {
      left: abbasov.id,
      right: zeynalov.id,
      reason: "known under his mother's surname",
    });
    expect(link).toMatchObject({
      origin: "manual",
      probability: null,
      runId: null,
      createdBy: "statistician",
      status: "confirmed",
    });
    expect(await overlap()).toBe(before + 1);
    // Listed among the confirmed links, after the scored ones; a new run leaves it alone.
    const confirmed = await services.registry.links(operator, { status: "confirmed" });
    expect(confirmed.items.at(-1)?.id).toBe(link.id);
    const rerun = await services.registry.link(operator, {});
    expect(rerun.replaced).toBeGreaterThan(0);
    expect(await overlap()).toBe(before + 1);
    const unlinked = await services.registry.unlink(operator, link.id, { reason: "checked" });
    expect(unlinked.status).toBe("rejected");
    expect(await overlap()).toBe(before);
    const history = await services.registry.linkHistory(operator, link.id);
    expect(history.items.map((v) => [v.version, v.status, v.by, v.reason])).toEqual([
      [1, "confirmed", "statistician", "known under his mother's surname"],
      [2, "rejected", "statistician", "checked"],
    ]);
  });
});
