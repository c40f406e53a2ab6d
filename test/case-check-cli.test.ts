/** `casefile case check` as a process: findings with claim ids and passages, and its exit code. */
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCasefile } from "./support/cli-process.js";
import { CORPUS_DIR, REPO_ROOT, tempDir } from "./support/paths.js";

const FIXTURES = join(REPO_ROOT, "test/fixtures/case-check");
const check = (args: string[]) => runCasefile(["case", "check", ...args], {});

describe("casefile case check", () => {
  it("prints each finding with its claim and passage and fails while one is unexplained", async () => {
    const result = await check([
      "check-fixture",
      "--cases",
      FIXTURES,
      "--corpus",
      join(FIXTURES, "corpus"),
    ]);
    expect(result.code, result.stderr).toBe(1);
    for (const cls of [
      "speech_without_link",
      "same_value_unlinked",
      "cited_value_not_derived",
      "subgroup_inconsistent",
    ])
      expect(result.stdout).toContain(`✗ ${cls}`);
    expect(result.stdout).toContain("f-herald-officials");
    expect(result.stdout).toContain("officials said on Monday");
    expect(result.stdout).toMatch(/7 finding\(s\), 0 with a reviewer's note, 7 without/);
  });

  it("passes once every finding carries a reviewer's note", async () => {
    const dir = tempDir();
    try {
      cpSync(join(FIXTURES, "check-fixture"), join(dir.path, "check-fixture"), { recursive: true });
      const file = join(dir.path, "check-fixture/claims.json");
      const claims = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>[];
      const classes = [
        "speech_without_link",
        "same_value_unlinked",
        "cited_value_not_derived",
        "subgroup_inconsistent",
      ];
      for (const c of claims)
        c.checkNotes = Object.fromEntries(classes.map((k) => [k, "explained in the test"]));
      writeFileSync(file, JSON.stringify(claims));
      const result = await check([
        "check-fixture",
        "--cases",
        dir.path,
        "--corpus",
        join(FIXTURES, "corpus"),
        "--json",
      ]);
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ unexplained: 0 });
    } finally {
      dir.remove();
    }
  });

  it.skipIf(!existsSync(CORPUS_DIR))("passes on the Khojaly case", async () => {
    const result = await check(["khojaly-1992", "--corpus", CORPUS_DIR]);
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toMatch(
      /khojaly-1992: \d+ finding\(s\), \d+ with a reviewer's note, 0 without/,
    );
  });
});
