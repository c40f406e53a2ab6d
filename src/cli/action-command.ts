/**
 * The frame of a command made of actions (`casefile memorial publish --case C`, `people protect
 * "<name>"`, `chronicle move <id> --to N`): the action and its subject checked against what each
 * action takes, then the action run on a port that is closed after it, with a printer that writes
 * the JSON under --json and the text otherwise.
 */
import { type CliIo, UsageError } from "./command.js";
import type { CasefilePort } from "./port/casefile-port.js";
import { connect } from "./port/connect.js";

/** The flags every such command takes: the case, the reason logged with a change, JSON output. */
export const ACTION_OPTIONS = {
  case: { type: "string" },
  reason: { type: "string" },
  json: { type: "boolean" },
} as const;

export interface ActionRules {
  readonly actions: readonly string[];
  /** The actions that take a subject (an id or a name), which they then require. */
  readonly withSubject: readonly string[];
  /** The actions that require --case. */
  readonly needCase: readonly string[];
}

/** The action and subject of the positionals, refused with the usage when they do not fit. */
export function readAction(
  positionals: readonly string[],
  rules: ActionRules,
  caseId: string | undefined,
  usage: string,
): { readonly action: string; readonly subject: string } {
  const [action, subject] = positionals;
  if (!action || !rules.actions.includes(action)) throw new UsageError(usage);
  const takesSubject = rules.withSubject.includes(action);
  if (positionals.length !== (takesSubject ? 2 : 1)) throw new UsageError(usage);
  if (rules.needCase.includes(action) && !caseId)
    throw new UsageError(`--case is required\n\n${usage}`);
  return { action, subject: subject ?? "" };
}

/** Prints a value: as JSON under --json, else as the text given. */
export type Printer = (value: unknown, text: string) => void;

/** Runs an action on a port opened for the command and closed after it; exits 0 when it returns. */
export async function runAction(
  io: CliIo,
  command: string,
  json: boolean | undefined,
  act: (port: CasefilePort, print: Printer) => Promise<void>,
): Promise<number> {
  const port = await connect(io, command);
  const print: Printer = (value, text) =>
    io.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${text}\n`);
  try {
    await act(port, print);
    return 0;
  } finally {
    await port.close();
  }
}
