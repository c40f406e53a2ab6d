/** The victim registry from the command line, as a process on a local store: import, link, review, estimate. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { toCsvText } from "../src/core/generate/csv-text.js";
import { generatePersons } from "../src/core/generate/generate-persons.js";
import { jsonOf, runCasefile } from "./support/cli-process.js";
import { ONE_PROCESS_TARGET, type ProcessEnv } from "./support/process-targets.js";

describe.each(ONE_PROCESS_TARGET)("casefile lists, links, registry on $name", (processTarget) => {
  let target: ProcessEnv;
  beforeEach(async () => {
    target = await processTarget.create();
  });
  afterEach(async () => target.dispose());

  it("imports lists with bad rows, links them, takes a review and estimates", async () => {
    const generated = generatePersons({ people: 100, lists: 3, seed: 9 });
    const files = generated.lists.map((list, k) => {
      const path = join(target.dataDir, `${list.name}.csv`);
      const bad = k === 0 ? "x,y\n" : "";
      writeFileSync(path, `${toCsvText(list.header, list.rows)}${bad}`);
      return path;
    });
    // An unknown case is the case's 404 as everywhere (exit 1, the case named), and no list is made.
    const unknown = await runCasefile(
      ["lists", "import", files[0]!, "--name", "mosque", "--case", "no-such-case"],
      target.env,
    );
    expect([unknown.code, unknown.stderr]).toEqual([
      1,
      "casefile lists: case no-such-case not found\n",
    ]);
    const first = await runCasefile(["lists", "import", files[0]!, "--name", "mosque"], target.env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(new RegExp(`:${generated.lists[0]!.rows.length + 2}: skipped`));
    expect(first.stdout).toMatch(/1 bad rows skipped \(restricted\)/);
    for (const [k, name] of [
      [1, "morgue"],
      [2, "prosecutor"],
    ] as const) {
      const r = await runCasefile(
        ["lists", "import", files[k]!, "--name", name, "--json"],
        target.env,
      );
      expect(r.code, r.stderr).toBe(0);
    }
    const lists = jsonOf<{ total: number }>(
      await runCasefile(["lists", "list", "--json"], target.env),
    );
    expect(lists.total).toBe(3);

    const run = await runCasefile(["links", "run", "--event-year", "1992", "--json"], target.env);
    expect(run.code, run.stderr).toBe(0);
    expect(jsonOf<{ proposed: number }>(run).proposed).toBeGreaterThan(20);
    const page = jsonOf<{ items: { id: string; left: { id: string }; right: { id: string } }[] }>(
      await runCasefile(
        ["links", "list", "--status", "proposed", "--limit", "40", "--json"],
        target.env,
      ),
    );
    const noReason = await runCasefile(
      ["links", "review", page.items[0]!.id, "reject"],
      target.env,
    );
    expect(noReason.code).toBe(2);
    const confirmed = await runCasefile(
      ["links", "review", page.items[0]!.id, "confirm"],
      target.env,
    );
    expect(confirmed.code, confirmed.stderr).toBe(0);
    expect(confirmed.stdout).toMatch(/confirmed/);
    // Unlinked, then linked again by hand, each with who and why in the link's history.
    const [top] = page.items;
    const unlinked = await runCasefile(["links", "unlink", top!.id], target.env);
    expect(unlinked.code, unlinked.stderr).toBe(0);
    expect(unlinked.stdout).toMatch(/rejected/);
    const relinked = await runCasefile(
      ["links", "link", top!.right.id, top!.left.id, "--reason", "same person", "--json"],
      target.env,
    );
    expect(relinked.code, relinked.stderr).toBe(0);
    expect(jsonOf<{ id: string; status: string }>(relinked)).toMatchObject({
      id: top!.id,
      status: "confirmed",
    });
    const history = await runCasefile(["links", "history", top!.id], target.env);
    expect(
      history.stdout
        .trim()
        .split("\n")
        .map((l) => l.split(/\s+/)[2]),
    ).toEqual(["proposed", "confirmed", "rejected", "confirmed"]);
    expect(history.stdout).toMatch(/same person$/m);

    const histories = await runCasefile(["registry", "histories"], target.env);
    expect(histories.stdout.split("\n")[0]).toBe("mosque,morgue,prosecutor,count");
    const estimate = await runCasefile(
      ["registry", "estimate", "--seed", "4", "--iterations", "1000", "--json"],
      target.env,
    );
    expect(estimate.code, estimate.stderr).toBe(0);
    const out = jsonOf<{
      results: {
        method: string;
        estimate: number | null;
        error: string | null;
        noEstimate: string | null;
      }[];
    }>(estimate);
    expect(out.results.map((r) => r.method)).toEqual(["loglinear", "dga", "lcmcr"]);
    // One confirmed link joins two lists; the third shares no one with them, so the lists say
    // nothing about the people they all missed and no method may give a figure.
    for (const r of out.results) {
      expect(r.estimate, r.method).toBeNull();
      expect(r.noEstimate, r.method).toBe("separate-groups");
      expect(r.error, r.method).toMatch(/groups that share no one/);
    }
    const text = await runCasefile(["registry", "estimate", "--iterations", "500"], target.env);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout.match(/^\S+\s+no estimate: the lists fall into groups/gm)).toHaveLength(3);
  }, 180_000);
});
