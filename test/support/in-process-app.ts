/**
 * The real Fastify application over a real store, in this process (requests by `inject` or on a
 * listening port): for suites that make many requests, where a server process per test is slow.
 */
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/server/app.js";
import type { Caller } from "../../src/services/caller.js";
import { createServices, type Services } from "../../src/services/services.js";
import type { StoreTarget } from "./databases.js";

export const OPERATOR_TOKEN = "o".repeat(64);
export const OPERATOR: Caller = { kind: "operator", name: "test-operator" };

export interface InProcessApp {
  readonly app: FastifyInstance;
  readonly services: Services;
  /** The store's data directory and (PostgreSQL) database, for a second instance over the same store. */
  readonly dataDir: string;
  readonly databaseUrl?: string | undefined;
  dispose(): Promise<void>;
}

export async function inProcessApp(
  target: StoreTarget,
  /** Runs on the built application before it is ready (to add a hook). */
  beforeReady?: (app: FastifyInstance) => void,
  /** The environment the services read (outside tools, capture limits); process.env by default. */
  env?: NodeJS.ProcessEnv,
): Promise<InProcessApp> {
  const opened = await target.open();
  const services = createServices(opened.store, {
    door: "api",
    maxFileBytes: 5 * 1024 * 1024,
    env,
  });
  const app = await buildApp({
    services,
    operatorToken: OPERATOR_TOKEN,
    maxUploadBytes: 5 * 1024 * 1024,
  });
  beforeReady?.(app);
  await app.ready();
  return {
    app,
    services,
    dataDir: opened.dataDir,
    databaseUrl: opened.databaseUrl,
    async dispose() {
      await app.close();
      await opened.dispose();
    },
  };
}

/** The cookie header that carries the session a sign-in answer set. */
export function sessionCookieOf(setCookie: string | string[] | undefined): string {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const line = all.find((c) => c.startsWith("casefile_session="));
  if (!line) throw new Error(`no session cookie in ${JSON.stringify(all)}`);
  return line.split(";")[0] as string;
}
