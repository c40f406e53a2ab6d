/**
 * Starts `casefile serve` as a separate process on a free port and stops it again, and
 * `casefile worker` processes beside it (tests and benches of several processes on one store).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { CLI_BIN, CLI_NODE_ARGS, REPO_ROOT } from "./paths.js";

export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Stops with SIGTERM (a clean close) and waits for the exit. */
  stop(): Promise<number | null>;
}

/**
 * `nodeArgs` replaces the tests' Node arguments (CLI_NODE_ARGS): a bench runs the server as a
 * user does, with V8's optimising compiler.
 */
export function startServerProcess(
  env: Record<string, string | undefined>,
  extraArgs: readonly string[] = [],
  nodeArgs: readonly string[] = CLI_NODE_ARGS,
): Promise<ServerProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...nodeArgs, CLI_BIN, "serve", "--port", "0", ...extraArgs],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, ...env },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let out = "";
    let err = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`server did not start in 150 s:\n${out}\n${err}`));
    }, 150_000);
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    child.stderr?.on("data", (d: Buffer) => {
      err += d;
    });
    child.stdout?.on("data", (d: Buffer) => {
      out += d;
      const match = /serving (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[1] as string,
          child,
          async stop() {
            if (child.exitCode === null) child.kill("SIGTERM");
            return exited;
          },
        });
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before serving:\n${out}\n${err}`));
    });
  });
}

/** Starts `casefile worker`; resolves once it says it is taking jobs. */
export function startWorkerProcess(
  env: Record<string, string | undefined>,
  nodeArgs: readonly string[] = CLI_NODE_ARGS,
): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, CLI_BIN, "worker"], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout?.on("data", (d: Buffer) => {
      out += d;
      if (out.includes("taking jobs")) resolve(child);
    });
    child.on("exit", (code) => reject(new Error(`worker exited with ${code}: ${out}`)));
  });
}
