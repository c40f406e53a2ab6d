/** The shipped law files, read for tests (the shipped code reads them in ingest/law). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Law } from "../../src/core/law/law-types.js";
import { validateLaw } from "../../src/core/law/validate-law.js";

export const LAW_DIR = new URL("../../law/", import.meta.url).pathname;

export function shippedLawFiles(): { file: string; json: unknown }[] {
  return readdirSync(LAW_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => ({ file, json: JSON.parse(readFileSync(join(LAW_DIR, file), "utf8")) }));
}

export function testLaw(): Law {
  const result = validateLaw(shippedLawFiles());
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.law;
}

/** law/translations/<language>.json as parsed JSON. */
export function shippedLawTranslation(lang: "az" | "ru"): unknown {
  return JSON.parse(readFileSync(join(LAW_DIR, "translations", `${lang}.json`), "utf8"));
}
