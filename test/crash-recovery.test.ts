/**
 * The embedded store after a crash: a writer killed with SIGKILL in the middle of an ingest leaves
 * its stale lock (and PGlite's postmaster.pid) behind; the next process must open the store at
 * once, with every committed ingest there and nothing of the interrupted one but its archived
 * file, which `verify` lists and `gc` removes after the grace period.
 */

import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { jsonOf, runCasefile } from "./support/cli-process.js";
import { CLI_BIN, CLI_NODE_ARGS, tempDir } from "./support/paths.js";
import { copyPgliteTemplate } from "./support/store-templates.js";

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

function blobCount(dataDir: string): number {
  const root = join(dataDir, "blobs");
  if (!existsSync(root)) return 0;
  return readdirSync(root).reduce(
    (n, sub) => n + readdirSync(join(root, sub)).filter((f) => !f.startsWith(".")).length,
    0,
  );
}

it("recovers from a writer killed mid-ingest with no partial source", async () => {
  const dataDir = join(dir.path, "data");
  const env = { CASEFILE_DATA: dataDir, DATABASE_URL: undefined, CASEFILE_CASES: "" };
  // A migrated empty store (the run's template): what is tested is the crash, not the creation.
  mkdirSync(dataDir);
  await copyPgliteTemplate(dataDir);
  const small = join(dir.path, "small.txt");
  writeFileSync(small, "A short committed document.\n\nWith two paragraphs.");
  expect((await runCasefile(["ingest", small], env)).code).toBe(0);

  // A large file: many passages (2 MB), so its transaction is still open when the blob file
  // appears; no larger, as it is ingested again in full at the end (9 MB took over 100 s there on
  // a loaded machine).
  const big = join(dir.path, "big.txt");
  const paragraph = "Witnesses described the road to the next village at night, in deep snow. ";
  writeFileSync(
    big,
    Array.from({ length: 9_000 }, (_, i) => `${i}. ${paragraph.repeat(3)}`).join("\n\n"),
  );
  const child = spawn(process.execPath, [...CLI_NODE_ARGS, CLI_BIN, "ingest", big], {
    env: { ...process.env, ...env, DATABASE_URL: "" },
    stdio: "ignore",
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  // Until the blob appears: the process's start alone can take tens of seconds on a loaded machine.
  const deadline = Date.now() + 150_000;
  while (blobCount(dataDir) < 2 && Date.now() < deadline && child.exitCode === null)
    await new Promise((r) => setTimeout(r, 20));
  expect(child.exitCode, "the ingest finished before it could be interrupted").toBeNull();
  child.kill("SIGKILL");
  await exited;
  expect(existsSync(join(dataDir, "casefile.lock"))).toBe(true);

  const list = await runCasefile(["sources", "list", "--json"], env);
  expect(list.code, list.stderr).toBe(0);
  const page = jsonOf<{ total: number; items: { title: string; passageCount: number }[] }>(list);
  expect(page.total).toBe(1);
  expect(page.items[0]?.passageCount).toBe(2);
  // The killed ingest archived its file first: no damage, but an unreferenced file that verify
  // lists and gc removes once past the grace period (and not before).
  const verify = await runCasefile(["verify", "--json"], env);
  expect(verify.code, verify.stdout).toBe(0);
  const report = jsonOf<{ logEntriesChecked: number; orphans: { sha256: string }[] }>(verify);
  expect(report.logEntriesChecked).toBe(1);
  expect(report.orphans).toHaveLength(1);
  const kept = await runCasefile(["gc", "--json"], env);
  expect(jsonOf<{ removed: unknown[]; kept: unknown[] }>(kept)).toMatchObject({
    removed: [],
    kept: [{ sha256: report.orphans[0]?.sha256 }],
  });
  const gc = await runCasefile(["gc", "--grace", "0"], env);
  expect(gc.code, gc.stderr).toBe(0);
  expect(gc.stdout).toContain(`removed ${report.orphans[0]?.sha256}`);
  expect(blobCount(dataDir)).toBe(1);

  // And the interrupted file can simply be ingested again.
  const retry = await runCasefile(["ingest", big, "--json"], env, { timeoutMs: 120_000 });
  expect(jsonOf<{ created: number }>(retry).created).toBe(1);
}, 300_000);

it("names the live process holding the embedded store", async () => {
  const dataDir = join(dir.path, "data");
  const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"], {
    stdio: "ignore",
  });
  try {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(
      join(dataDir, "casefile.lock"),
      JSON.stringify({
        pid: holder.pid,
        command: "casefile import-job",
        since: new Date().toISOString(),
      }),
    );
    const result = await runCasefile(["sources", "list"], {
      CASEFILE_DATA: dataDir,
      DATABASE_URL: undefined,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`held by process ${holder.pid} (casefile import-job`);
  } finally {
    holder.kill("SIGKILL");
  }
});
