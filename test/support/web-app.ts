/**
 * The set-up every browser suite shares: a data directory copied from the run's store template
 * (with the Khojaly case already loaded, with or without its corpus, or empty), accounts added,
 * `casefile serve` on it and Chromium started side by side; each test's pages are checked for
 * console errors and failed requests after it, and everything is stopped and removed at the end.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { launchBrowser, openPage } from "./browser.js";
import { addAccount } from "./cli-process.js";
import { CORPUS_DIR, tempDir } from "./paths.js";
import { operatorToken } from "./served-store.js";
import type { ServerProcess } from "./server-process.js";
import { startServerProcess } from "./server-process.js";
import { copyPgliteTemplate } from "./store-templates.js";

export const KHOJALY = "khojaly-1992";

export interface WebAppOptions {
  /** The store the server starts on: the Khojaly case with its corpus (default), without it, or empty. */
  readonly store?: "case" | "case-without-corpus" | "empty";
  /** Accounts made with `casefile user add` before the server starts. */
  readonly accounts?: readonly { username: string; role: string; password: string }[];
  /** Work on the store before the server starts (the CLI on the store directly). */
  readonly prepare?: (env: Record<string, string | undefined>) => Promise<void>;
  /** The time limit of the set-up when `prepare` does heavy work (default: the hook timeout). */
  readonly setupTimeoutMs?: number;
  /** More environment for the server (e.g. CASEFILE_CAPTURE_ALLOW_PRIVATE for a local test site). */
  readonly env?: Readonly<Record<string, string>>;
}

export interface WebApp {
  /** The environment that names the store (CASEFILE_DATA, no DATABASE_URL, CASEFILE_CASES). */
  readonly env: Record<string, string | undefined>;
  readonly dataDir: string;
  readonly url: string;
  readonly server: ServerProcess;
  readonly browser: Browser;
  /** The operator token the server wrote. */
  token(): string;
  /** A desktop page whose console errors and failed requests fail the test (checked after it). */
  newPage(): Promise<{ page: Page; errors: string[] }>;
}

/** Registers the suite's hooks; the returned handle is usable inside tests. */
export function webApp(options: WebAppOptions = {}): WebApp {
  const dir = tempDir();
  const store = options.store ?? "case";
  // An empty folder stands for a clone without the corpus (the case is then known by citation).
  const corpusDir = store === "case" ? CORPUS_DIR : `${dir.path}/no-corpus`;
  const env = {
    CASEFILE_DATA: dir.path,
    DATABASE_URL: undefined,
    CASEFILE_CASES: store === "empty" ? "" : KHOJALY,
    CASEFILE_CORPUS: corpusDir,
    ...options.env,
  };
  let server: ServerProcess | null = null;
  let browser: Browser | null = null;
  const opened: { page: Page; errors: string[] }[] = [];
  beforeAll(async () => {
    await copyPgliteTemplate(
      dir.path,
      store === "empty" ? {} : { caseId: KHOJALY, corpusDir: store === "case" ? CORPUS_DIR : null },
    );
    await options.prepare?.(env);
    for (const a of options.accounts ?? []) await addAccount(env, a.username, a.role, a.password);
    [server, browser] = await Promise.all([startServerProcess(env), launchBrowser()]);
  }, options.setupTimeoutMs);
  afterEach(async () => {
    for (const { page, errors } of opened.splice(0)) {
      await page.close();
      expect(errors).toEqual([]);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    dir.remove();
  });
  const running = <T>(value: T | null, what: string): T => {
    if (!value) throw new Error(`the ${what} is not running (webApp used outside its suite)`);
    return value;
  };
  return {
    env,
    dataDir: dir.path,
    get url() {
      return running(server, "server").url;
    },
    get server() {
      return running(server, "server");
    },
    get browser() {
      return running(browser, "browser");
    },
    token: () => operatorToken(dir.path),
    async newPage() {
      const made = await openPage(running(browser, "browser"));
      opened.push(made);
      return made;
    },
  };
}
