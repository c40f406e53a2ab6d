/** The CLI as a process: ingest, dedupe, verify and tampering, bad input, persistence. */
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore } from "../src/store/open-store.js";
import { jsonOf, runCasefile } from "./support/cli-process.js";
import { OWN_TEXTS } from "./support/paths.js";
import { ONE_PROCESS_TARGET, PROCESS_TARGETS, type ProcessEnv } from "./support/process-targets.js";

interface IngestSummary {
  created: number;
  duplicates: number;
  failed: number;
  files: { file: string; status: string; sourceId?: string; sha256?: string; error?: string }[];
}

/** Runs SQL on the stopped store of an environment, as a tamperer with file access would. */
async function tamper(target: ProcessEnv, sql: string): Promise<void> {
  const store = await openStore({
    dataDir: target.dataDir,
    databaseUrl: target.env.DATABASE_URL,
    command: "tamper",
  });
  try {
    await store.db.exec(sql);
  } finally {
    await store.close();
  }
}

describe.each(PROCESS_TARGETS)("casefile CLI on $name", (processTarget) => {
  let target: ProcessEnv;
  beforeEach(async () => {
    target = await processTarget.create();
  });
  afterEach(async () => target.dispose());

  // Eight CLI processes, the first opening a new store: its limit catches a hang, not a busy machine.
  it("ingests two files, keeps identical bytes once, and verify catches a changed byte and an edited log entry", async () => {
    const first = await runCasefile(["ingest", ...OWN_TEXTS, "--json"], target.env);
    expect(first.code, first.stderr).toBe(0);
    const summary = jsonOf<IngestSummary>(first);
    expect(summary).toMatchObject({ created: 2, duplicates: 0, failed: 0 });

    const again = jsonOf<IngestSummary>(
      await runCasefile(["ingest", OWN_TEXTS[0] as string, "--json"], target.env),
    );
    expect(again).toMatchObject({ created: 0, duplicates: 1 });
    expect(again.files[0]?.sourceId).toBe(summary.files[0]?.sourceId);

    const list = jsonOf<{ total: number }>(
      await runCasefile(["sources", "list", "--json"], target.env),
    );
    expect(list.total).toBe(2);

    const clean = await runCasefile(["verify"], target.env);
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stdout).toMatch(/^OK: 2 blobs and 3 log entries/);

    const sha = summary.files[1]?.sha256 as string;
    const blobPath = join(target.dataDir, "blobs", sha.slice(0, 2), sha);
    chmodSync(blobPath, 0o644);
    const bytes = readFileSync(blobPath);
    bytes[100] = (bytes[100] ?? 0) ^ 0x20;
    writeFileSync(blobPath, bytes);
    const badBlob = await runCasefile(["verify"], target.env);
    expect(badBlob.code).toBe(1);
    expect(badBlob.stderr).toContain(`blob ${sha}`);

    bytes[100] = (bytes[100] ?? 0) ^ 0x20;
    writeFileSync(blobPath, bytes);
    await tamper(
      target,
      "ALTER TABLE activity_log DISABLE TRIGGER activity_log_no_update; UPDATE activity_log SET actor = 'someone else' WHERE seq = 2",
    );
    const badLog = await runCasefile(["verify", "--json"], target.env);
    expect(badLog.code).toBe(1);
    expect(jsonOf<{ problems: { type: string; id: string }[] }>(badLog).problems).toEqual([
      expect.objectContaining({ type: "log", id: "2" }),
    ]);
  }, 180_000);

  it("reports each bad file with its reason, ingests the good ones, and exits non-zero", async () => {
    const dir = target.dataDir;
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(
      join(dir, "photo.jpg"),
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]),
    );
    writeFileSync(join(dir, "broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntruncated");
    writeFileSync(join(dir, "good.md"), "# A wire report\n\nThirty people were reported killed.\n");
    const result = await runCasefile(
      [
        "ingest",
        join(dir, "empty.txt"),
        join(dir, "photo.jpg"),
        join(dir, "broken.pdf"),
        join(dir, "missing.txt"),
        join(dir, "good.md"),
        "--json",
      ],
      target.env,
    );
    expect(result.code).toBe(1);
    const summary = jsonOf<IngestSummary>(result);
    expect(summary).toMatchObject({ created: 1, failed: 4 });
    const errors = Object.fromEntries(
      summary.files.map((f) => [f.file.split("/").pop(), f.error ?? f.status]),
    );
    expect(errors["empty.txt"]).toMatch(/empty/i);
    expect(errors["photo.jpg"]).toMatch(/jpeg|image|unsupported/i);
    expect(errors["broken.pdf"]).toMatch(/pdf/i);
    expect(errors["missing.txt"]).toMatch(/ENOENT|no such file/i);
    expect(errors["good.md"]).toBe("created");
    const log = jsonOf<unknown[]>(await runCasefile(["log", "--json"], target.env));
    expect(log).toHaveLength(1);
  });

  it("adds a restricted source with its details, edits it by version, and shows its history and the filtered log", async () => {
    const file = join(target.dataDir, "note.txt");
    writeFileSync(file, "At least 212 people were killed in the town, the note says.");
    const added = await runCasefile(
      ["ingest", file, "--organisation", "The Herald", "--affiliation", "press"],
      target.env,
    );
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/→ [0-9a-f-]{36} \(restricted, /);
    const id = /→ ([0-9a-f-]{36})/.exec(added.stdout)?.[1] as string;
    const other = join(target.dataDir, "other.txt");
    writeFileSync(other, "Another note, never stored: its affiliation is refused.");
    const badAffiliation = await runCasefile(
      ["ingest", other, "--affiliation", "gossip"],
      target.env,
    );
    expect(badAffiliation.code).not.toBe(0);
    expect(badAffiliation.stderr).toMatch(/affiliation/);

    const edit = ["sources", "edit", id, "--reason", "as printed", "--title", "The note"];
    const first = await runCasefile([...edit, "--version", "1"], target.env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain("version 2");
    const stale = await runCasefile([...edit, "--version", "1"], target.env);
    expect(stale.code).not.toBe(0);
    expect(stale.stderr).toMatch(/edited by someone else.*version 2/);

    const history = await runCasefile(["sources", "history", id], target.env);
    expect(history.code, history.stderr).toBe(0);
    expect(history.stdout).toContain(
      "title: At least 212 people were killed in the town, the note says. → The note",
    );
    expect(history.stdout).toMatch(/claim [0-9a-f-]{36} killed: 212 “/);

    const edits = await runCasefile(["log", "--action", "source.edit"], target.env);
    expect(edits.stdout).toMatch(/source\.edit source [0-9a-f-]{36}: The note — as printed/);
    expect(edits.stdout).toContain("1–1 of 1 entries");
    const none = await runCasefile(["log", "--to", "2000-01-01", "--json"], target.env);
    expect(jsonOf<unknown[]>(none)).toEqual([]);
    const badDay = await runCasefile(["log", "--from", "yesterday"], target.env);
    expect(badDay.code).not.toBe(0);
    expect(badDay.stderr).toMatch(/from must be a day/);
  });
});

// Refusing flags and metadata happens before any store is written: one store is enough.
describe.each(ONE_PROCESS_TARGET)("casefile CLI's usage errors on $name", (processTarget) => {
  let target: ProcessEnv;
  beforeEach(async () => {
    target = await processTarget.create();
  });
  afterEach(async () => target.dispose());

  it("rejects bad flags and metadata with a usage error naming the problem", async () => {
    const badFlag = await runCasefile(["ingest", "--colour", "x.txt"], target.env);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toMatch(/--colour/);
    writeFileSync(join(target.dataDir, "a.txt"), "some text");
    const badAccess = await runCasefile(
      ["ingest", join(target.dataDir, "a.txt"), "--access", "secret", "--json"],
      target.env,
    );
    expect(badAccess.code).toBe(1);
    expect(jsonOf<IngestSummary>(badAccess).files[0]?.error).toMatch(
      /access: must be public, restricted or confidential/,
    );
    const unknown = await runCasefile(["frobnicate"], target.env);
    expect(unknown.code).toBe(2);
  });
});
