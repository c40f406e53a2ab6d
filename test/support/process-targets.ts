/**
 * Environments for process tests: a fresh embedded store in a temporary data directory, and —
 * when TEST_DATABASE_URL is set — a fresh database on the PostgreSQL server.
 */
import { createTestDatabase } from "./databases.js";
import { tempDir } from "./paths.js";
import { copyPgliteTemplate, type TemplateKind } from "./store-templates.js";

export interface ProcessEnv {
  readonly name: string;
  readonly env: Record<string, string | undefined>;
  readonly dataDir: string;
  dispose(): Promise<void>;
}

export interface ProcessTarget {
  readonly name: "pglite" | "postgres";
  /**
   * A fresh environment: a copy of this run's migrated empty store (or, with `preloaded`, one
   * with that reference case already in it), whose server loads the named reference cases
   * (`cases`, CASEFILE_CASES) on its first start.
   */
  create(cases?: string, preloaded?: TemplateKind): Promise<ProcessEnv>;
}

const pglite: ProcessTarget = {
  name: "pglite",
  async create(cases = "", preloaded = {}) {
    const dir = tempDir();
    await copyPgliteTemplate(dir.path, preloaded);
    return {
      name: "pglite",
      dataDir: dir.path,
      env: { CASEFILE_DATA: dir.path, DATABASE_URL: undefined, CASEFILE_CASES: cases },
      dispose: async () => dir.remove(),
    };
  },
};

const postgres: ProcessTarget = {
  name: "postgres",
  async create(cases = "", preloaded = {}) {
    const dir = tempDir();
    const db = await createTestDatabase(dir.path, preloaded);
    return {
      name: "postgres",
      dataDir: dir.path,
      env: { CASEFILE_DATA: dir.path, DATABASE_URL: db.url, CASEFILE_CASES: cases },
      dispose: async () => {
        await db.drop();
        dir.remove();
      },
    };
  },
};

export const PROCESS_TARGETS: readonly ProcessTarget[] = process.env.TEST_DATABASE_URL
  ? [pglite, postgres]
  : [pglite];

/**
 * One store, for process suites about what does not depend on the store — the CLI's flags,
 * output and refusals over services whose own suites run on both stores (media, capture,
 * accounts, the registry): the PostgreSQL server when there is one (a CLI process then starts no
 * database in WebAssembly of its own), else the embedded store. A CLI process reaches either
 * store through the same port, and the process suites about the stores themselves (archive and
 * verify, crash recovery, several processes, the server holding the embedded store) keep both.
 */
export const ONE_PROCESS_TARGET: readonly ProcessTarget[] = process.env.TEST_DATABASE_URL
  ? [postgres]
  : [pglite];
