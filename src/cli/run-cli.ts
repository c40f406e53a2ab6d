/** Runs one CLI command by name; prints expected errors without a stack. */

import { ServiceError } from "../services/errors.js";
import { CliError, type CliIo } from "./command.js";
import { COMMANDS } from "./commands/index.js";

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length), 4);
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `casefile — document an event from its sources\n\nUsage: casefile <command> [options]\n\nCommands:\n${lines.join("\n")}\n\n"casefile help <command>" shows a command's options.\n`;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    const topic = rest[0] && COMMANDS.find((c) => c.name === rest[0]);
    io.stdout.write(topic ? `${topic.usage}\n` : helpText());
    return 0;
  }
  if (name === "--version") {
    io.stdout.write("casefile 0.1.0\n");
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`casefile: unknown command "${name}"\n\n${helpText()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`casefile ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof ServiceError) {
      io.stderr.write(`casefile ${name}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
