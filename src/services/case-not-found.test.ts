/**
 * Every use case that names a case answers an unknown one alike, on every store: the 404 whose
 * code is `not-found.case` with the id it was given (services/case-view.ts `existingCase`), which
 * the server sends as RFC 9457 problem details and the web application words in three languages.
 */
import { describe, expect, it } from "vitest";
import { STORE_TARGETS } from "../../test/support/databases.js";
import { servicesOn } from "../../test/support/test-services.js";
import type { Caller } from "./caller.js";
import type { Services } from "./services.js";

const MISSING = "no-such-case";
const operator: Caller = { kind: "operator", name: "lead" };
const SOURCE = "00000000-0000-4000-8000-00000000abcd";

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
    ];
    for (const [what, call] of calls)
      await expect(call(), what).rejects.toMatchObject({
        status: 404,
        code: "not-found.case",
        params: { id: MISSING },
        message: `case ${MISSING} not found`,
      });
  });
});
