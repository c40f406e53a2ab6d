/** Flag parsing for commands, on node:util parseArgs, with our UsageError on bad input. */
import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "./command.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

export function parseCommandArgs<O extends Options>(args: string[], options: O, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${message}\n\n${usage}`);
  }
}

/** Parses an integer flag value, naming the flag when it is not one. */
export function intFlag(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new UsageError(`--${flag} takes a whole number, got "${value}"`);
  return n;
}

/** Parses a number flag value (integer or decimal), naming the flag when it is not one. */
export function numberFlag(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new UsageError(`--${flag} takes a number, got "${value}"`);
  return n;
}
