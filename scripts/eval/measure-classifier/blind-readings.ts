/**
 * Writes blind-rules.json: every development document read by the rules as they stood just
 * before the commit that added it (its batch was scored blind then, before any rule changed for
 * it). These are the errors rules make on text they were not written for, which the classifier
 * learns from (train.ts). Needs the project's git history; each old checkout goes to a temporary
 * folder and borrows this worktree's node_modules.
 *
 *   npx tsx scripts/eval/measure-classifier/blind-readings.ts
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadHalf } from "../eval-set.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const git = (...args: string[]) => execFileSync("git", args, { cwd: root, encoding: "utf8" });
const byCommit = new Map<string, string[]>();
for (const doc of loadHalf("dev")) {
  const added = git(
    "log",
    "--diff-filter=A",
    "--format=%H",
    "--",
    `test/fixtures/extraction-eval/dev/${doc.name}.labels.json`,
  )
    .trim()
    .split("\n")
    .pop()!;
  byCommit.set(added, [...(byCommit.get(added) ?? []), doc.name]);
}
const readings: Record<string, { rules: string; figures: unknown[] }> = {};
for (const [commit, names] of byCommit) {
  const dir = mkdtempSync(join(tmpdir(), "casefile-blind-"));
  try {
    execFileSync("sh", ["-c", `git archive ${commit}^ src package.json | tar -x -C ${dir}`], {
      cwd: root,
    });
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
    const read = JSON.parse(
      execFileSync(
        "npx",
        ["tsx", fileURLToPath(new URL("./old-extractor.ts", import.meta.url)), dir],
        {
          cwd: root,
          input: names.join("\n"),
          encoding: "utf8",
          maxBuffer: 1 << 26,
        },
      ),
    ) as Record<string, unknown[]>;
    for (const name of names) readings[name] = { rules: commit.slice(0, 7), figures: read[name]! };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const sorted = Object.fromEntries(Object.entries(readings).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(new URL("./blind-rules.json", import.meta.url), `${JSON.stringify(sorted)}\n`);
console.log(`${Object.keys(sorted).length} documents read blind by ${byCommit.size} rule versions`);
