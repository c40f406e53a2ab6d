/**
 * The memorial through the services on every store target, from a test registry of invented
 * names: only persons with every record public and a consent in force are named (a protected
 * person never, whatever their consent), a person is found by a spelling in another script,
 * spellings come with their lists, and nothing about anyone else shows but the totals.
 */
import { describe, expect, it } from "vitest";
import { STORE_TARGETS } from "../../test/support/databases.js";
import { buildTestRegistry, CASE } from "../../test/support/memorial-registry.js";
import { servicesOn } from "../../test/support/test-services.js";
import { ANONYMOUS, type Caller } from "./caller.js";
import type { Services } from "./services.js";

const operator: Caller = { kind: "operator", name: "memorial-test" };
const editor: Caller = {
  kind: "user",
  userId: "u1",
  username: "edith",
  role: "editor",
  groups: [],
  token: null,
};

describe.each(STORE_TARGETS)("memorial on $name", (target) => {
  let services: Services;
  servicesOn(
    target,
    (s) => {
      ({ services } = s);
    },
    { kind: { caseId: CASE, corpusDir: null } },
  );

  it("names only consented persons with public records, found in any script; the rest only counted", async () => {
    const r = await buildTestRegistry(services);
    await expect(services.memorial.list(ANONYMOUS, CASE)).rejects.toMatchObject({
      status: 404,
      message: `memorial of case ${CASE} not found`,
    });
    await expect(services.memorial.setPublished(editor, CASE, true, null)).rejects.toMatchObject({
      status: 403,
    });
    await services.memorial.setPublished(operator, CASE, true, "the families agreed (test)");
    const log = await services.log.list(operator, { limit: 5 });
    expect(log[0]).toMatchObject({ action: "case.memorial", data: { from: false, to: true } });

    const list = await services.memorial.list(ANONYMOUS, CASE);
    expect(list.items.map((p) => p.names.az.text)).toEqual([
      "Aysel Vaqif qızı Qəmbərova",
      "Rüstəm Tofiq oğlu Ələkbərov",
    ]);
    // Anonymous readers count the people of the public lists: four, two of them named.
    expect([list.named, list.others, list.total]).toEqual([2, 2, 4]);
    // Whoever sees the restricted list counts its person too, and still sees only the named.
    const all = await services.memorial.list(operator, CASE);
    expect([all.named, all.others, all.total]).toEqual([2, 3, 5]);
    expect(all.items).toEqual(list.items);

    const aysel = list.items[0];
    expect(aysel?.names.ru).toEqual({ text: "Айсель Гамбарова", fromSource: true });
    expect(aysel?.names.en.fromSource).toBe(false);
    expect(aysel?.spellings.map((s) => [s.name, s.list])).toEqual([
      ["Aysel Vaqif qızı Qəmbərova", "village council (test)"],
      ["Айсель Гамбарова", "hospital (test)"],
    ]);
    expect([aysel?.birthYear, aysel?.places]).toEqual([1961, ["Xocalı", "Ходжалы"]]);

    const find = async (q: string) =>
      (await services.memorial.list(ANONYMOUS, CASE, q)).items.map((p) => p.id);
    expect(await find("Гамбарова")).toEqual([aysel?.id]);
    expect(await find("gambar")).toEqual([aysel?.id]);
    expect(await find("Алекперов")).toEqual([list.items[1]?.id]);
    // The unnamed are not found, whatever the spelling; the totals stay as they were.
    expect(await find("Nəsibova")).toEqual([]);
    expect(await find("Səfərli")).toEqual([]);
    expect((await services.memorial.list(ANONYMOUS, CASE, "Səfərli")).total).toBe(4);

    // A person's page by any of their record ids; anyone not named is exactly "not found".
    const page = await services.memorial.person(ANONYMOUS, CASE, r.ayselCyrillic);
    expect(page.id).toBe(aysel?.id);
    for (const id of [r.lala, r.orxan, "00000000-0000-4000-8000-000000000000", "nonsense"])
      await expect(services.memorial.person(ANONYMOUS, CASE, id)).rejects.toMatchObject({
        status: 404,
        message: `memorial entry ${id} not found`,
      });

    // A withdrawal counts at once; unpublishing hides the whole memorial.
    await services.protection.withdrawConsent(operator, r.ayselConsent.consents[0]?.id ?? "");
    expect(
      (await services.memorial.list(ANONYMOUS, CASE)).items.map((p) => p.names.en.text),
    ).toEqual(["Rustam Tofig oghlu Alakbarov"]);
    await services.memorial.setPublished(operator, CASE, false, null);
    await expect(services.memorial.person(ANONYMOUS, CASE, r.rustam)).rejects.toMatchObject({
      status: 404,
      message: `memorial entry ${r.rustam} not found`,
    });
  });
});
