/**
 * Prints the offsets and quote hash of every occurrence of a search string in a corpus file.
 * Usage: npx tsx scripts/case-tools/locate.ts <file> "<search string>"
 * The quote itself is only read from the command line, never written anywhere.
 */
import { readFileSync } from "node:fs";
import { findAll, locator, sha256 } from "./quote-search.js";

const [file, search] = process.argv.slice(2);
if (!file || !search) {
  process.stderr.write('usage: locate.ts <file> "<search string>"\n');
  process.exit(2);
}
const bytes = readFileSync(file);
const text = bytes.toString("utf8");
const fileSha = sha256(bytes);
const hits = findAll(text, search);
for (const hit of hits) {
  process.stdout.write(`${JSON.stringify(locator(text, fileSha, hit.start, hit.end))}\n`);
}
if (hits.length === 0) {
  process.stderr.write("not found\n");
  process.exit(1);
}
