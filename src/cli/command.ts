/** The shape of one CLI command. Commands parse their own flags and call services; no logic here. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
}

export interface Command {
  readonly name: string;
  /** One line for `casefile help`. */
  readonly summary: string;
  /** Usage text shown by `casefile help <name>` and on a usage error. */
  readonly usage: string;
  /** Returns the process exit code. Throw CliError for expected failures. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** An expected failure: printed as "casefile: <message>" with the given exit code, no stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** A usage mistake (unknown flag, missing argument): exit code 2. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, 2);
    this.name = "UsageError";
  }
}
