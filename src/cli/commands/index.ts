/** Every CLI command, in the order `casefile help` lists them. Add a command by adding it here. */
import type { Command } from "../command.js";

export const COMMANDS: readonly Command[] = [];
