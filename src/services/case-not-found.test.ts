/**
 * Every use case that names a case answers an unknown one alike, on every store: the 404 whose
 * code is `not-found.case` with the id it was given (services/case-view.ts `existingCase`), which
 * the server sends as RFC 9457 problem details and the web application words in three languages —
 * also a list or a source filed under a case, and nothing of either is written.
 */
import { describe, expect, it } from "vitest";
import { STORE_TARGETS } from "../../test/support/databases.js";
import { servicesOn } from "../../test/support/test-services.js";
import type { Caller } from "./caller.js";
import type { Services } from "./services.js";

const MISSING = "no-such-case";
const operator: Caller = { kind: "operator", name: "lead" };
const SOURCE = "00000000-0000-4000-8000-00000000abcd";
const FILE = (text: string, fileName: string) => ({
  bytes: new TextEncoder().encode(text),
  fileName,
  origin: "test",
});

describe.each(STORE_TARGETS)("an unknown case on $name", (target) => {
  let services: Services;
  servicesOn(
    target,
    (s) => {
      ({ services } = s);
    },
    { per: "suite" },
  );

  it("is the same 404 from every use case that names a case", async () => {
    const calls: [string, () => Promise<unknown>][] = [
      ["case overview", () => services.cases.overview(operator, MISSING)],
      ["claimant names", () => services.cases.claimantNames(operator, MISSING, "az")],
      ["chronicle list", () => services.chronicle.list(operator, MISSING)],
      ["chronicle add", () => services.chronicle.add(operator, MISSING, { sourceId: SOURCE })],
      ["export", () => services.exports.export(operator, MISSING, { format: "json" })],
      ["four eyes", () => services.fourEyes.set(operator, MISSING, true)],
      [
        "grant",
        () =>
          services.grants.grant(operator, {
            targetType: "case",
            target: MISSING,
            principal: "group:team",
          }),
      ],
      ["memorial setting", () => services.memorial.setting(operator, MISSING)],
      ["memorial publish", () => services.memorial.setPublished(operator, MISSING, true, null)],
      ["protected persons", () => services.protection.persons(operator, MISSING)],
      ["protect", () => services.protection.protect(operator, MISSING, "Some Name", null)],
      ["four eyes setting", () => services.fourEyes.get(operator, MISSING)],
      ["evidence links", () => services.evidence.list(operator, MISSING)],
      [
        "evidence link",
        () =>
          services.evidence.create(operator, MISSING, {
            sourceId: SOURCE,
            elementId: [...services.evidence.lawData().targets.keys()][0] ?? "",
            polarity: "supports",
            weight: 1,
            rationale: "test",
          }),
      ],
      [
        "list import",
        () =>
          services.registry.importList(operator, {
            ...FILE("name\nAli Mammadov\n", "list.csv"),
            name: "a list",
            caseId: MISSING,
          }),
      ],
      [
        "source ingest",
        () =>
          services.ingest.ingestFile(operator, {
            ...FILE("A short text about nothing in particular.\n", "note.txt"),
            metadata: { title: "A note", caseId: MISSING },
          }),
      ],
    ];
    for (const [what, call] of calls)
      await expect(call(), what).rejects.toMatchObject({
        status: 404,
        code: "not-found.case",
        params: { id: MISSING },
        message: `case ${MISSING} not found`,
      });
    expect((await services.registry.lists(operator)).total).toBe(0);
    expect((await services.sources.list(operator, {})).total).toBe(0);
  });
});
