/**
 * The stores every store suite runs against: PGlite always, and a PostgreSQL server when
 * TEST_DATABASE_URL is set (each test gets a database of its own). With CI=true a missing server
 * fails the run instead of being skipped.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openStore, type Store } from "../../src/store/open-store.js";
import { tempDir } from "./paths.js";
import {
  copyPgliteTemplate,
  createFromPostgresTemplate,
  type TemplateKind,
} from "./store-templates.js";

export interface StoreTarget {
  readonly name: "pglite" | "postgres";
  /**
   * Opens an empty store (a copy of this run's migrated template), or one with a reference case
   * loaded when `kind` names it; dispose removes it.
   */
  open(kind?: TemplateKind): Promise<{
    store: Store;
    databaseUrl?: string;
    dataDir: string;
    dispose: () => Promise<void>;
  }>;
}

const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) {
  if (process.env.CI === "true")
    throw new Error(
      "CI=true but TEST_DATABASE_URL is not set: the PostgreSQL store suite cannot be skipped in CI",
    );
  console.warn(
    "store tests: TEST_DATABASE_URL is not set — skipping the PostgreSQL server run (PGlite only)",
  );
}

/**
 * Creates a database on the test server — a copy of this run's migrated template, its blobs
 * copied into `dataDir` — and returns its URL and a dropper.
 */
export async function createTestDatabase(
  dataDir: string,
  kind: TemplateKind = {},
): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!serverUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `casefile_t_${randomBytes(6).toString("hex")}`;
  await createFromPostgresTemplate(serverUrl, name, dataDir, kind);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

const pgliteTarget: StoreTarget = {
  name: "pglite",
  async open(kind) {
    const dir = tempDir();
    await copyPgliteTemplate(dir.path, kind);
    const store = await openStore({ dataDir: dir.path, command: "test" });
    return {
      store,
      dataDir: dir.path,
      dispose: async () => {
        await store.close();
        dir.remove();
      },
    };
  },
};

const postgresTarget: StoreTarget = {
  name: "postgres",
  async open(kind) {
    const dir = tempDir();
    const db = await createTestDatabase(dir.path, kind);
    const store = await openStore({ dataDir: dir.path, databaseUrl: db.url, command: "test" });
    return {
      store,
      databaseUrl: db.url,
      dataDir: dir.path,
      dispose: async () => {
        await store.close();
        await db.drop();
        dir.remove();
      },
    };
  },
};

export const STORE_TARGETS: readonly StoreTarget[] = serverUrl
  ? [pgliteTarget, postgresTarget]
  : [pgliteTarget];
