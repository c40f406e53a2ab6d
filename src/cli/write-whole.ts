/** Writes a file whole or not at all: a temporary file beside it, renamed into place. */
import { renameSync, rmSync, writeFileSync } from "node:fs";

export function writeWhole(target: string, bytes: Uint8Array | string): void {
  const temporary = `${target}.${process.pid}.part`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
