/**
 * Migrated stores made once per test run and copied for each test. Creating an embedded store is
 * PGlite's initdb (seconds; most of what a store test used to cost) and every store then runs
 * the same migrations, so the first test that asks builds a template — under a lock, in whichever
 * test process gets there first — and every later one copies it: a closed PGlite data directory
 * is copied as files, a PostgreSQL database with `CREATE DATABASE … TEMPLATE`. A copy is the same
 * store a fresh open would make (the same migrations, no rows), or one with a reference case
 * already loaded for tests about reading it, not about loading it.
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { ensureReferenceCase } from "../../src/services/reference-case.service.js";
import { openStore } from "../../src/store/open-store.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** A directory for this run's templates, removed at the end of the run (templates-setup.ts). */
    storeTemplateDir: string;
    /** The prefix of this run's template databases on the PostgreSQL test server. */
    storeTemplatePrefix: string;
  }
}

/** What a template holds: nothing but the schema, or a reference case loaded from a corpus. */
export interface TemplateKind {
  readonly caseId?: string;
  /** Where the case's corpus files are; null loads the case without them (by citation only). */
  readonly corpusDir?: string | null;
}

function keyOf(kind: TemplateKind, driver: "pglite" | "postgres"): string {
  if (!kind.caseId) return `${driver}-empty`;
  const corpus = kind.corpusDir
    ? kind.corpusDir.replace(/[^a-z0-9]+/gi, "_").slice(-40)
    : "no_corpus";
  return `${driver}-${kind.caseId.replace(/[^a-z0-9]+/gi, "_")}-${corpus}`;
}

/**
 * Builds the template once per run: the process that creates the lock directory builds into a
 * scratch directory and renames it into place; the others wait for the rename.
 */
async function once(name: string, build: (scratchDir: string) => Promise<void>): Promise<string> {
  const root = inject("storeTemplateDir");
  const final = join(root, name);
  if (existsSync(final)) return final;
  try {
    mkdirSync(join(root, `${name}.lock`));
  } catch {
    // Another test process builds it; a template takes seconds, so 150 s means it failed.
    for (let waited = 0; waited < 150_000; waited += 100) {
      if (existsSync(final)) return final;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`the store template ${name} was not built within 150 s by another process`);
  }
  const scratch = join(root, `${name}.building`);
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch);
  await build(scratch);
  renameSync(scratch, final);
  return final;
}

async function loadCase(
  config: { dataDir: string; databaseUrl?: string },
  kind: TemplateKind,
): Promise<void> {
  const store = await openStore({ ...config, command: "test template" });
  try {
    if (kind.caseId)
      await ensureReferenceCase(
        store,
        kind.caseId,
        kind.corpusDir ?? join(config.dataDir, "no-corpus"),
      );
  } finally {
    await store.close();
  }
}

/** Copies the PGlite template of that kind into `dataDir` (an empty directory). */
export async function copyPgliteTemplate(dataDir: string, kind: TemplateKind = {}): Promise<void> {
  const template = await once(keyOf(kind, "pglite"), (scratch) =>
    loadCase({ dataDir: scratch }, kind),
  );
  cpSync(template, dataDir, { recursive: true });
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Creates database `name` on the server as a copy of the template of that kind, and copies the
 * template's blobs into `dataDir` (a PostgreSQL store keeps its original files there too).
 */
export async function createFromPostgresTemplate(
  serverUrl: string,
  name: string,
  dataDir: string,
  kind: TemplateKind = {},
): Promise<void> {
  const key = keyOf(kind, "postgres");
  const templateDb = `${inject("storeTemplatePrefix")}_${key.replace(/-/g, "_")}`.slice(0, 63);
  const template = await once(key, async (scratch) => {
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${templateDb}`);
    await adminQuery(serverUrl, `CREATE DATABASE ${templateDb}`);
    await loadCase({ dataDir: scratch, databaseUrl: databaseUrl(serverUrl, templateDb) }, kind);
  });
  await adminQuery(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${templateDb}`);
  cpSync(template, dataDir, { recursive: true });
}
