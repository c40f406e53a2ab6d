/**
 * The set-up the process suites share: a fresh store per test (a copy of the run's migrated
 * template, see store-templates.ts) and, when the test asks, a `casefile serve` process on it,
 * stopped and removed after the test whatever happened.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach } from "vitest";
import type { ProcessEnv, ProcessTarget } from "./process-targets.js";
import { type ServerProcess, startServerProcess } from "./server-process.js";

/** The operator token a server wrote to <data dir>/server.json. */
export function operatorToken(dataDir: string): string {
  return (JSON.parse(readFileSync(join(dataDir, "server.json"), "utf8")) as { token: string })
    .token;
}

export interface StorePerTest {
  /** This test's store environment (CASEFILE_DATA, DATABASE_URL, CASEFILE_CASES). */
  readonly target: ProcessEnv;
  /** Starts `casefile serve` on this test's store (extra variables and arguments optional). */
  serve(env?: Record<string, string>, args?: readonly string[]): Promise<ServerProcess>;
  /** The bearer header of the operator token the running server wrote. */
  auth(): { authorization: string };
}

/** Registers beforeEach/afterEach hooks that give every test of the suite its own store. */
export function storePerTest(processTarget: ProcessTarget): StorePerTest {
  let target: ProcessEnv | null = null;
  const servers: ServerProcess[] = [];
  beforeEach(async () => {
    target = await processTarget.create();
  });
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.stop();
    await target?.dispose();
    target = null;
  });
  const current = (): ProcessEnv => {
    if (!target) throw new Error("no store: storePerTest is used outside a test");
    return target;
  };
  return {
    get target() {
      return current();
    },
    async serve(env = {}, args = []) {
      const server = await startServerProcess({ ...current().env, ...env }, args);
      servers.push(server);
      return server;
    },
    auth: () => ({ authorization: `Bearer ${operatorToken(current().dataDir)}` }),
  };
}
