/**
 * Reads the law files shipped with Casefile (law/*.json) and validates them once per process;
 * a broken file stops the caller with every problem named by file and path.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type LAW_LANGUAGES,
  type Law,
  validateLaw,
  validateLawTranslation,
} from "../../core/law/index.js";

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
  return { ...result.law, translations: readTranslations(result.law, join(dir, "translations")) };
}

/** law/translations/<language>.json, each checked against the law; none there is none read. */
function readTranslations(law: Law, dir: string): Law["translations"] {
  const read = (lang: (typeof LAW_LANGUAGES)[number]) => {
    const file = join(dir, `${lang}.json`);
    if (!existsSync(file)) return new Map<string, string>();
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      throw new LawDataError([`translations/${lang}.json: ${(error as Error).message}`]);
    }
    const problems = validateLawTranslation(law, json);
    if (problems.length > 0)
      throw new LawDataError(problems.map((p) => `translations/${lang}.json ${p}`));
    return new Map(Object.entries(json as Record<string, string>));
  };
  return { az: read("az"), ru: read("ru") };
}

let cached: Law | null = null;
/** The shipped law, read and validated on first use. */
export function shippedLaw(): Law {
  cached ??= readLawDir();
  return cached;
}
