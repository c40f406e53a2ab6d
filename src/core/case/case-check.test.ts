/**
 * The case check on a fixture made to hold one error of each class (an invented text of our own),
 * and on the Khojaly case, whose every remaining finding carries a reviewer's note.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkCase } from "./case-check.js";
import type { CaseData } from "./case-types.js";
import { parseCaseFiles } from "./load-case-files.js";
import { validateCase } from "./validate-case.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const fixtureDir = path.join(repoRoot, "test/fixtures/case-check");
const corpusDir = process.env.CASEFILE_CORPUS ?? path.resolve(repoRoot, "../shared/corpus");

function load(dir: string): CaseData {
  const result = validateCase(parseCaseFiles((f) => readFileSync(path.join(dir, f), "utf8")));
  if (!result.ok) throw new Error(`${dir} does not validate: ${JSON.stringify(result.errors)}`);
  return result.data;
}

function textsOf(data: CaseData, dir: string): Map<string, string> {
  return new Map(
    data.info.corpus.map((f) => [f.sha256, readFileSync(path.join(dir, f.name), "utf8")]),
  );
}

describe("case check on a fixture with one error of each class", () => {
  const data = load(path.join(fixtureDir, "check-fixture"));
  const findings = checkCase(data, textsOf(data, path.join(fixtureDir, "corpus")));
  const of = (cls: string) => findings.filter((f) => f.class === cls).map((f) => f.claimId);

  it("finds a claim in the publisher's voice that someone else said", () => {
    expect(of("speech_without_link")).toEqual(["f-herald-officials"]);
    const finding = findings.find((f) => f.class === "speech_without_link");
    expect(finding?.passage).toMatch(/officials said on Monday\.$/);
  });

  it("finds two equal figures of one source with no link", () => {
    expect(of("same_value_unlinked")).toEqual(["f-herald-officials", "f-herald-mayor"]);
  });

  it("finds a figure equal to an earlier one of a claimant it cites", () => {
    expect(of("cited_value_not_derived")).toEqual(expect.arrayContaining(["f-sentinel-figures"]));
    expect(findings.find((f) => f.claimId === "f-sentinel-figures")?.otherClaimIds).toEqual([
      "f-gazette-ministry",
    ]);
  });

  it("finds one origin giving one value under two subgroups", () => {
    expect(of("subgroup_inconsistent")).toEqual(["f-gazette-ministry", "f-gazette-ministry-women"]);
  });

  it("is silenced by a link, and explained by a reviewer's note", () => {
    const linked: CaseData = {
      ...data,
      claims: data.claims.map((c) =>
        c.id === "f-sentinel-figures"
          ? { ...c, derivedFrom: { kind: "claim", id: "f-gazette-ministry" } }
          : c.id === "f-herald-officials"
            ? { ...c, checkNotes: { speech_without_link: "a reviewer's reason" } }
            : c,
      ),
    };
    const again = checkCase(linked, textsOf(data, path.join(fixtureDir, "corpus")));
    const sentinel = again.filter((f) => f.claimId === "f-sentinel-figures").map((f) => f.class);
    // Linked, it is no longer an underived repetition; it now shares the ministry's origin, whose
    // 250 is also stated for women.
    expect(sentinel).toEqual(["subgroup_inconsistent"]);
    expect(again.find((f) => f.class === "speech_without_link")?.note).toBe("a reviewer's reason");
  });
});

const corpusHere = existsSync(corpusDir);

describe.skipIf(!corpusHere)("case check on the Khojaly case", () => {
  it("leaves no finding without a reviewer's note", () => {
    const data = load(path.join(repoRoot, "cases/khojaly-1992"));
    const findings = checkCase(data, textsOf(data, corpusDir));
    expect(findings.filter((f) => f.note === null).map((f) => `${f.class} ${f.claimId}`)).toEqual(
      [],
    );
  });
});
