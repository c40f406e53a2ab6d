import { describe, expect, it } from "vitest";
import { testLaw } from "../../../test/support/law.js";
import { crimeMatrix, type MatrixInputLink } from "./index.js";

const law = testLaw();
const murder = law.crimes.find((c) => c.id === "cah-murder");
if (!murder) throw new Error("no murder");

let n = 0;
const link = (patch: Partial<MatrixInputLink>): MatrixInputLink => ({
  id: `l${++n}`,
  elementId: "cah-murder-1",
  polarity: "supports",
  weight: 3,
  status: "confirmed",
  rationale: "r",
  claimId: `c${n}`,
  passageId: null,
  sourceId: "s",
  origin: "claimant:state",
  grade: null,
  ...patch,
});

describe("crimeMatrix", () => {
  it("lists every element in order, each a gap while nothing supports it", () => {
    const m = crimeMatrix(murder, []);
    expect(m.rows.map((r) => [r.position, r.id, r.gap])).toEqual([
      [1, "cah-murder-1", "no_evidence"],
      [2, "cah-attack", "no_evidence"],
      [3, "cah-knowledge", "no_evidence"],
    ]);
    expect(m.gaps).toBe(3);
  });

  it("counts an origin once however many documents repeat it, and flags one origin as a gap", () => {
    const repeated = [link({}), link({}), link({ weight: 5, grade: "B" })];
    const row = crimeMatrix(murder, repeated).rows[0];
    expect(row?.confirmed.supports).toEqual({ score: 4, origins: 1, links: 3 });
    expect(row?.gap).toBe("one_origin");
    const two = crimeMatrix(murder, [
      ...repeated,
      link({ origin: "claimant:ngo", grade: "A", weight: 2 }),
    ]);
    expect(two.rows[0]?.confirmed.supports).toEqual({ score: 6, origins: 2, links: 4 });
    expect(two.rows[0]?.gap).toBeNull();
  });

  it("sets contradicting evidence beside supporting evidence; proposals wait, rejections vanish", () => {
    const m = crimeMatrix(murder, [
      link({
        elementId: "cah-attack-civilians",
        polarity: "contradicts",
        origin: "claimant:other",
      }),
      link({ elementId: "cah-attack", status: "proposed" }),
      link({ elementId: "cah-attack", status: "rejected" }),
    ]);
    const attack = m.rows[1];
    expect(attack?.contradicts[0]?.part?.id).toBe("cah-attack-civilians");
    expect(attack?.confirmed.contradicts.origins).toBe(1);
    expect(attack?.supports.map((e) => e.status)).toEqual(["proposed"]);
    expect(attack?.proposed).toBe(1);
    expect(attack?.gap).toBe("no_evidence");
    expect(m.contradicted).toBe(1);
  });
});
