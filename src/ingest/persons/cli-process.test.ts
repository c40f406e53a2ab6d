/**
 * The link, estimate and generate-persons commands run as real processes (the built
 * `casefile`, as a person runs it) on generated files and on a published data set.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLI_BIN, CLI_NODE_ARGS } from "../../../test/support/paths.js";

const root = join(import.meta.dirname, "../../..");
const fixtures = join(root, "test/fixtures/estimation");
const dir = mkdtempSync(join(tmpdir(), "casefile-persons-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function casefile(...args: string[]): string {
  // The built CLI (npm test builds first), not npx tsx: compiling the sources anew in every
  // process cost seconds each.
  return execFileSync(process.execPath, [...CLI_NODE_ARGS, CLI_BIN, ...args], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

describe("casefile generate-persons, link, estimate", () => {
  it("generates lists, links them and estimates the total from the links", () => {
    casefile(
      "generate-persons",
      "--people",
      "800",
      "--lists",
      "3",
      "--seed",
      "5",
      "--out-dir",
      dir,
    );
    const files = [
      "list-1-mosque-register.csv",
      "list-2-morgue-log.csv",
      "list-3-prosecutor-list.csv",
    ].map((f) => join(dir, f));
    const links = join(dir, "links.csv");
    const histories = join(dir, "histories.csv");
    casefile("link", ...files, "--event-year", "1992", "--out", links, "--histories", histories);
    const rows = readFileSync(links, "utf8").trim().split("\n");
    expect(rows[0]).toBe("left_file,left_id,right_file,right_id,probability");
    const truth = new Map(
      readFileSync(join(dir, "truth.csv"), "utf8")
        .trim()
        .split("\n")
        .slice(1)
        .map((l) => l.split(","))
        .map(([file, id, person]) => [`${file}/${id}`, person]),
    );
    const body = rows.slice(1).map((r) => r.split(","));
    const correct = body.filter(
      ([lf, li, rf, ri]) => truth.get(`${lf}/${li}`) === truth.get(`${rf}/${ri}`),
    );
    expect(body.length).toBeGreaterThan(500);
    expect(correct.length / body.length).toBeGreaterThan(0.95);
    const out = JSON.parse(casefile("estimate", histories, "--json"));
    expect(out.method).toBe("loglinear");
    expect(out.observed).toBeGreaterThan(600);
    expect(out.lower).toBeLessThanOrEqual(out.estimate);
    // 800 people were generated; heterogeneous capture and missed links push three-list
    // estimates up, so only the plausible range is checked here.
    expect(out.estimate).toBeGreaterThanOrEqual(out.observed);
    expect(out.estimate).toBeLessThan(1600);
  });

  it("writes links as JSON with --json", () => {
    const files = ["list-1-mosque-register.csv", "list-2-morgue-log.csv"].map((f) => join(dir, f));
    const json = JSON.parse(
      casefile("link", ...files, "--event-year", "1992", "--json", "--threshold", "0.9"),
    );
    expect(json.length).toBeGreaterThan(100);
    for (const row of json) {
      expect(Object.keys(row)).toEqual([
        "left_file",
        "left_id",
        "right_file",
        "right_id",
        "probability",
      ]);
      expect(row.probability).toBeGreaterThanOrEqual(0.9);
      expect(row.left_file).not.toBe(row.right_file);
    }
  });

  it("gives no estimate by any method for two lists that never overlap, and says why", () => {
    for (const method of ["loglinear", "dga", "lcmcr"]) {
      const out = JSON.parse(
        casefile("estimate", join(fixtures, "never-overlap.csv"), "--method", method, "--json"),
      );
      expect(out, method).toMatchObject({ estimate: null, lower: null, upper: null });
      expect(out.noEstimate, method).toMatch(/no one is on more than one list/);
      const text = casefile("estimate", join(fixtures, "never-overlap.csv"), "--method", method);
      expect(text, method).toMatch(/^no estimate: /);
      expect(text, method).not.toMatch(/\d+ \(95%/);
    }
  }, 240_000);

  it("estimates the Darroch et al. (1993) data as published (N = 850) and refuses lists that never overlap", () => {
    const out = JSON.parse(casefile("estimate", join(fixtures, "darroch-r3.csv"), "--json"));
    expect(out).toMatchObject({
      estimate: 850,
      method: "loglinear",
      model: "list1:list2 + list2:list3",
      observed: 414,
    });
    const none = JSON.parse(casefile("estimate", join(fixtures, "never-overlap.csv"), "--json"));
    expect(none.estimate).toBeNull();
    expect(none.warnings.join(" ")).toMatch(/never overlap/);
    const lcmcr = JSON.parse(
      casefile(
        "estimate",
        join(fixtures, "darroch-r3.csv"),
        "--method",
        "lcmcr",
        "--seed",
        "3",
        "--json",
      ),
    );
    expect(lcmcr.method).toBe("lcmcr");
    expect(lcmcr.lower).toBeLessThan(lcmcr.upper);
  });
});
