/** Reviewers' grades: versioned, logged, with a reason, "ungraded" a state of its own, never set by the system. */
import { describe, expect, it } from "vitest";
import { STORE_TARGETS } from "../../test/support/databases.js";
import { servicesOn } from "../../test/support/test-services.js";
import { countGrades } from "../store/grades.repository.js";
import type { Store } from "../store/open-store.js";
import { ANONYMOUS, type Caller } from "./caller.js";
import type { Services } from "./services.js";

const reviewer: Caller = { kind: "operator", name: "reviewer" };
const TEXT = "GENEVA, 3 March (Wire) - At least 120 people were killed, the prosecutor said.";

describe.each(STORE_TARGETS)("grades on $name", (target) => {
  let store: Store;
  let services: Services;
  servicesOn(target, (s) => {
    ({ store, services } = s);
  });

  it("keeps every grade as a version with reviewer and reason, and never grades by itself", async () => {
    const { source } = await services.ingest.ingestFile(reviewer, {
      bytes: new TextEncoder().encode(TEXT),
      fileName: "wire.txt",
      origin: "t",
      metadata: { organisation: "Wire", access: "public" },
    });
    await services.claims.reextract(reviewer, source.id);
    // Ingest, extraction and re-extraction have run: nobody has graded, so nothing is graded.
    expect(await countGrades(store.db)).toBe(0);
    expect((await services.sources.get(reviewer, source.id)).reliability).toBeNull();
    expect(await services.grades.history(reviewer, "source", source.id)).toMatchObject({
      grade: null,
      versions: [],
    });

    await services.grades.grade(reviewer, "source", source.id, {
      grade: "B",
      reason: "wire with a record",
    });
    const second = await services.grades.grade(reviewer, "source", source.id, {
      grade: "C",
      reason: "its figures rest on one official",
    });
    expect(second).toMatchObject({ grade: "C" });
    expect(second.versions.map((v) => [v.version, v.grade, v.by])).toEqual([
      [1, "B", "reviewer"],
      [2, "C", "reviewer"],
    ]);
    expect((await services.sources.get(reviewer, source.id)).reliability).toBe("C");
    const back = await services.grades.grade(reviewer, "source", source.id, {
      grade: "ungraded",
      reason: "grade withdrawn until the original is found",
    });
    expect(back.grade).toBeNull();
    expect(back.versions).toHaveLength(3);
    const log = await services.log.list(reviewer, { targetId: source.id });
    expect(log.filter((e) => e.action === "grade.set")).toHaveLength(3);

    const [claim] = (await services.claims.list(reviewer, { sourceId: source.id })).items;
    if (!claim) throw new Error("expected a claim");
    const graded = await services.grades.grade(reviewer, "claim", claim.id, {
      grade: "2",
      reason: "probably true",
    });
    expect(graded).toMatchObject({ target: "claim", grade: "2" });
  });

  it("refuses grades off the scale, without a reason, repeated, or from an anonymous caller", async () => {
    const { source } = await services.ingest.ingestFile(reviewer, {
      bytes: new TextEncoder().encode(TEXT),
      fileName: "wire.txt",
      origin: "t",
      metadata: { access: "public" },
    });
    const grade = (g: string, reason = "r", caller: Caller = reviewer) =>
      services.grades.grade(caller, "source", source.id, { grade: g, reason });
    await expect(grade("3")).rejects.toThrow(/one of A, B, C, D, E, F or ungraded/);
    await expect(grade("B2")).rejects.toThrow(/not "B2"/);
    await expect(grade("A", " ")).rejects.toThrow(/needs a reason/);
    await expect(grade("A", "r", ANONYMOUS)).rejects.toThrow(/sign in/);
    await expect(grade("ungraded")).rejects.toThrow(/already ungraded/);
    await grade("A");
    await expect(grade("A")).rejects.toThrow(/already graded A/);
    await expect(
      services.grades.grade(reviewer, "claim", source.id, { grade: "1", reason: "r" }),
    ).rejects.toThrow(/not found/);
    expect(await countGrades(store.db)).toBe(1);
  });
});
