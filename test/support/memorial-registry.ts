/**
 * A test registry for the memorial, of invented people (no one here is a real victim): a public
 * council list in Azerbaijani Latin, a public hospital list in Cyrillic that spells one of them
 * differently, and a restricted list. Who consented is set by each test.
 */
import { expect } from "vitest";
import type { Caller } from "../../src/services/caller.js";
import type { Services } from "../../src/services/services.js";
export const CASE = "khojaly-1992";
const operator: Caller = { kind: "operator", name: "memorial-test" };
const bytesOf = (text: string) => new TextEncoder().encode(text);

export const COUNCIL_CSV = `id,surname,given,patronymic,birth_year,place
1,Qəmbərova,Aysel,Vaqif qızı,1961,Xocalı
2,Ələkbərov,Rüstəm,Tofiq oğlu,1950,Xocalı
3,Nəsibova,Lalə,,1975,Xocalı
4,Səfərli,Orxan,,1980,Xocalı
`;

export const HOSPITAL_CSV = `id,фамилия,имя,год рождения,место
1,Гамбарова,Айсель,1961,Ходжалы
`;

/** The hospital list's columns (its Russian headers are not all among the guessed ones). */
export const HOSPITAL_MAP = {
  surname: "фамилия",
  given: "имя",
  birth_year: "год рождения",
  place: "место",
} as const;

export const RESTRICTED_CSV = `id,surname,given
1,Hüseynov,Elnur
`;

/** The three lists of the case, Aysel's two spellings linked, consents: Aysel (memorial), Rüstəm (publication), Orxan (memorial, then protected), Lalə (research only). */
export async function buildTestRegistry(services: Services) {
  const list = (
    name: string,
    csv: string,
    access: string,
    map?: Readonly<Record<string, string>>,
  ) =>
    services.registry.importList(operator, {
      bytes: bytesOf(csv),
      fileName: `${name}.csv`,
      origin: "test",
      name,
      caseId: CASE,
      access,
      ...(map ? { map } : {}),
    });
  const council = await list("village council (test)", COUNCIL_CSV, "public");
  const hospital = await list("hospital (test)", HOSPITAL_CSV, "public", HOSPITAL_MAP);
  await list("restricted list (test)", RESTRICTED_CSV, "restricted");
  const records = async (name: string) =>
    (await services.registry.list(operator, name)).records.items.map((r) => r.id);
  const [aysel = "", rustam = "", lala = "", orxan = ""] = await records(council.list.name);
  const [ayselCyrillic = ""] = await records(hospital.list.name);
  const run = await services.registry.link(operator, {
    lists: [council.list.name, hospital.list.name],
    threshold: 0.01,
  });
  expect(run.proposed).toBeGreaterThan(0);
  const links = await services.registry.links(operator, { status: "proposed" });
  const same = links.items.find(
    (l) => [l.left.id, l.right.id].sort().join() === [aysel, ayselCyrillic].sort().join(),
  );
  if (!same) throw new Error("linkage did not propose Qəmbərova = Гамбарова");
  await services.registry.reviewLink(operator, same.id, { action: "confirm" });
  const consent = (name: string, scope: string) =>
    services.protection.recordConsent(operator, CASE, name, { scope, givenOn: "2025-02-26" });
  const ayselConsent = await consent("Aysel Qəmbərova", "memorial");
  await consent("Rüstəm Ələkbərov", "publication");
  await consent("Orxan Səfərli", "memorial");
  await services.protection.protect(operator, CASE, "Orxan Səfərli", "test: a protected witness");
  await consent("Lalə Nəsibova", "research");
  return { aysel, ayselCyrillic, rustam, lala, orxan, ayselConsent };
}
