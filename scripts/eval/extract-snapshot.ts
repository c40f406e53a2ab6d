/**
 * Writes everything split + clean + extract produce for the corpus, every document of the
 * extraction evaluation set (both halves) and the fixture texts, as JSON: a snapshot taken
 * before and after a change to the reading code's internals must be byte-identical. The test
 * half goes to a file of its own, to be compared (cmp), never read.
 *   npx tsx scripts/eval/extract-snapshot.ts OUT_DIR
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { cleanText } from "../../src/core/clean/index.js";
import { extractClaims } from "../../src/core/extract/index.js";
import { splitCompilation } from "../../src/core/split/index.js";
import { EVAL_DIR } from "./eval-set.js";

const out = process.argv[2];
if (!out) throw new Error("usage: extract-snapshot.ts OUT_DIR");
mkdirSync(out, { recursive: true });

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const txtIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".txt"))
        .sort()
        .map((f) => ({ name: f, path: join(dir, f) }))
    : [];

function read(file: string) {
  const text = readFileSync(file, "utf8");
  const cleaned = cleanText(text);
  const map: number[] = [];
  for (let i = 0; i <= cleaned.text.length; i++) map.push(cleaned.toOriginal(i));
  return {
    split: splitCompilation(text),
    cleaned: cleaned.text,
    map,
    claims: extractClaims(text),
  };
}

const groups: Record<string, { name: string; path: string }[]> = {
  corpus: txtIn(here("../../../shared/corpus/")),
  texts: txtIn(here("../../test/fixtures/texts/")),
  "eval-dev": txtIn(join(EVAL_DIR, "dev")),
  "eval-test": txtIn(join(EVAL_DIR, "test")),
};
for (const [group, files] of Object.entries(groups)) {
  const result: Record<string, unknown> = {};
  for (const f of files) result[f.name] = read(f.path);
  writeFileSync(join(out, `${group}.json`), `${JSON.stringify(result, null, 1)}\n`);
  process.stderr.write(`${group}: ${files.length} files\n`);
}
