/**
 * Starts the server process: opens the store (taking its lock), writes <data>/server.json with the
 * URL and the operator token (readable by this user only) so that the CLI can go through the
 * server while it holds the store, and closes everything on SIGINT/SIGTERM.
 */
import { randomBytes } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type JobRunner, startJobRunner } from "../services/jobs/job-runner.js";
import { JOB_TYPES } from "../services/jobs/job-types.js";
import { prepareStore } from "../services/prepare-store.js";
import { createServices, DEFAULT_MAX_FILE_BYTES } from "../services/services.js";
import { openStore, type StoreConfig } from "../store/open-store.js";
import { buildApp } from "./app.js";

export interface ServerConfig {
  readonly store: StoreConfig;
  readonly host: string;
  readonly port: number;
  readonly operatorToken?: string | undefined;
  readonly maxFileBytes?: number | undefined;
  readonly logLevel?: string | undefined;
  /** For reference-case loading (CASEFILE_CASES, CASEFILE_CORPUS). */
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly onMessage?: (line: string) => void;
  /**
   * Run jobs in this process too (default). The embedded store always does: only one process may
   * open it. With PostgreSQL, API-only processes leave jobs to `casefile worker` processes.
   */
  readonly worker?: boolean | undefined;
}

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

// dist/web, whether this module runs from dist/server or (under tsx) from src/server.
const WEB_ROOT = fileURLToPath(new URL("../../dist/web/", import.meta.url));

export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const store = await openStore(config.store);
  const maxFileBytes = config.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const services = createServices(store, { door: "api", maxFileBytes });
  const operatorToken = config.operatorToken ?? randomBytes(32).toString("hex");
  const app = await buildApp({
    services,
    operatorToken,
    webRoot: WEB_ROOT,
    maxUploadBytes: maxFileBytes,
    logLevel: config.logLevel,
  });
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await store.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;
  const infoPath = join(store.dataDir, "server.json");
  writeFileSync(infoPath, JSON.stringify({ pid: process.pid, url, token: operatorToken }), {
    mode: 0o600,
  });
  // Listening first: health answers at once while a first start loads the reference cases
  // (requests meanwhile wait for the loading transaction). A broken case is reported, not fatal.
  try {
    const reports = await prepareStore(store, config.env, config.cwd);
    for (const r of reports.filter((x) => x.loaded)) {
      config.onMessage?.(
        `loaded case ${r.caseId}: ${r.sources} sources (${r.citationOnly} by citation only), ${r.claims} claims${r.missingCorpus.length ? `; corpus missing: ${r.missingCorpus.join("; ")} (to attach it, start with CASEFILE_CORPUS naming its folder and a new data directory, CASEFILE_DATA)` : ""}`,
      );
    }
  } catch (error) {
    config.onMessage?.(`could not load the reference cases: ${(error as Error).message}`);
  }
  let runner: JobRunner | null = null;
  if (config.worker !== false || store.db.driver === "pglite")
    runner = await startJobRunner(services, JOB_TYPES, { concurrency: 1 });
  let closing: Promise<void> | null = null;
  return {
    url,
    close() {
      closing ??= (async () => {
        rmSync(infoPath, { force: true });
        await runner?.stop();
        await app.close();
        await store.close();
      })();
      return closing;
    },
  };
}
