/** Runs the built `casefile` CLI as a separate process, the way a person runs it. */
import { spawn } from "node:child_process";
import { CLI_BIN, CLI_NODE_ARGS, REPO_ROOT } from "./paths.js";

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCasefile(
  args: string[],
  env: Record<string, string | undefined>,
  options: { cwd?: string; timeoutMs?: number; input?: string } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI_NODE_ARGS, CLI_BIN, ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (d: Buffer) => {
      stdout += d;
    });
    child.stderr?.on("data", (d: Buffer) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 150_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Parses a --json answer, failing with the process output when it is not JSON. */
export function jsonOf<T>(result: CliResult): T {
  try {
    return JSON.parse(result.stdout) as T;
  } catch {
    throw new Error(`not JSON (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  }
}

/** Adds an account with `casefile user add … --password-stdin` (the store must not be held). */
export async function addAccount(
  env: Record<string, string | undefined>,
  username: string,
  role: string,
  password: string,
): Promise<void> {
  const result = await runCasefile(
    ["user", "add", username, "--role", role, "--password-stdin"],
    env,
    { input: `${password}\n` },
  );
  if (result.code !== 0) throw new Error(`user add ${username}: ${result.stderr}`);
}
