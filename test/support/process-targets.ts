/**
 * Environments for process tests: a fresh embedded store in a temporary data directory, and —
 * when TEST_DATABASE_URL is set — a fresh database on the PostgreSQL server.
 */
import { createTestDatabase } from "./databases.js";
import { tempDir } from "./paths.js";

export interface ProcessEnv {
  readonly name: string;
  readonly env: Record<string, string | undefined>;
  readonly dataDir: string;
  dispose(): Promise<void>;
}

export interface ProcessTarget {
  readonly name: "pglite" | "postgres";
  /** A fresh environment; by default an empty store, or with the named reference cases loaded. */
  create(cases?: string): Promise<ProcessEnv>;
}

const pglite: ProcessTarget = {
  name: "pglite",
  async create(cases = "") {
    const dir = tempDir();
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
  async create(cases = "") {
    const dir = tempDir();
    const db = await createTestDatabase();
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
