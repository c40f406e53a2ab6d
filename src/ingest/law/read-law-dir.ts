/**
 * Reads the law files shipped with Casefile (law/*.json) and validates them once per process;
 * a broken file stops the caller with every problem named by file and path.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Law, validateLaw } from "../../core/law/index.js";

/** law/ at the package root, three levels up from src/ingest/law or dist/ingest/law. */
export const LAW_DIR = fileURLToPath(new URL("../../../law/", import.meta.url));

export class LawDataError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`the law files are not valid:\n${problems.slice(0, 20).join("\n")}`);
    this.name = "LawDataError";
  }
}

export function readLawDir(dir = LAW_DIR): Law {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  const parsed = files.map((file) => {
    try {
      return { file, json: JSON.parse(readFileSync(join(dir, file), "utf8")) as unknown };
    } catch (error) {
      throw new LawDataError([`${file}: ${(error as Error).message}`]);
    }
  });
  const result = validateLaw(parsed);
  if (!result.ok)
    throw new LawDataError(result.errors.map((e) => `${e.file} ${e.path}: ${e.problem}`));
  return result.law;
}

let cached: Law | null = null;
/** The shipped law, read and validated on first use. */
export function shippedLaw(): Law {
  cached ??= readLawDir();
  return cached;
}
