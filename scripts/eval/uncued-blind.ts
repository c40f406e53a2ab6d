/**
 * The development half's blind `X -> other` errors (blind-rules.json: each document as the rules
 * read it before it was added) and what the current rules alone (no learned fallback) read for
 * each now, with its sentence: the uncued figures a predicate frame is for. The test half is
 * never read. `--skip a,b` leaves out named documents (fresh batches scored blind, never read);
 * `--before REV` keeps only the documents REV already had, so that a batch landed since (fresh
 * text for whoever is scoring it blind) is not listed. `--list` asks for `--before`.
 *
 *   npx tsx scripts/eval/uncued-blind.ts [--list] [--skip a,b] [--before REV]
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { extractClaims } from "../../src/core/extract/index.js";
import type { Measure } from "../../src/core/model/claim.js";
import { loadHalf } from "./eval-set.js";

type BlindFigure = [number, number, number | null, number | null, Measure];
const blind = JSON.parse(
  readFileSync(new URL("./measure-classifier/blind-rules.json", import.meta.url), "utf8"),
) as Record<string, { figures: BlindFigure[] }>;
const skipAt = process.argv.indexOf("--skip");
const skip = new Set(skipAt >= 0 ? (process.argv[skipAt + 1] ?? "").split(",") : []);
const list = process.argv.includes("--list");
const beforeAt = process.argv.indexOf("--before");
/** The development documents REV had (by name), or null for all of them. */
const before =
  beforeAt >= 0
    ? new Set(
        execFileSync(
          "git",
          [
            "ls-tree",
            "--name-only",
            process.argv[beforeAt + 1] ?? "",
            "test/fixtures/extraction-eval/dev/",
          ],
          { encoding: "utf8" },
        )
          .split("\n")
          .filter((f) => f.endsWith(".txt"))
          .map((f) => f.slice(f.lastIndexOf("/") + 1, -".txt".length)),
      )
    : null;
// (Listing sentences without it would print any batch landed since: fresh text read by mistake.
// A skip list alone is not enough — a list cut short printed two fresh batches in the eleventh
// round — so only the documents a revision already had are ever listed.)
if (list && before === null)
  throw new Error("uncued-blind.ts: --list needs --before REV (fresh batches are never read)");

const rows = new Map<string, { n: number; right: number; other: number; docs: Set<string> }>();
for (const doc of loadHalf("dev")) {
  const read = blind[doc.name];
  if (!read || skip.has(doc.name) || (before !== null && !before.has(doc.name))) continue;
  let now: { start: number; end: number; measure: Measure }[] | null = null;
  for (const [start, end, , , measure] of read.figures) {
    if (measure !== "other") continue;
    const label = doc.labels.figures.find((f) => f.start < end && start < f.end);
    if (!label || label.measure === "other") continue;
    now ??= extractClaims(doc.text, { measureFallback: null }).flatMap((c) =>
      c.kind === "figure" ? [{ start: c.start, end: c.end, measure: c.measure }] : [],
    );
    const p = now.find((f) => f.start < label.end && label.start < f.end);
    const row = rows.get(label.measure) ?? { n: 0, right: 0, other: 0, docs: new Set() };
    row.n++;
    if (p?.measure === label.measure) {
      row.right++;
      row.docs.add(doc.name);
    }
    if (p?.measure === "other") row.other++;
    rows.set(label.measure, row);
    if (list) {
      let a = label.start;
      while (a > 0 && !/[.!?\n]/.test(doc.text[a - 1]!) && label.start - a < 200) a--;
      let b = label.end;
      while (b < doc.text.length && !/[.!?\n]/.test(doc.text[b]!) && b - label.end < 200) b++;
      const s = `${doc.text.slice(a, label.start)}[[${doc.text.slice(label.start, label.end)}]]${doc.text.slice(label.end, b + 1)}`;
      console.log(
        `${label.measure} <- ${p?.measure ?? "-"} | ${doc.name} | ${s.replace(/\s+/g, " ").trim()}`,
      );
    }
  }
}
console.log("| labelled | blind other | now right (rules alone) | now other | documents right |");
const all = { n: 0, right: 0, other: 0, docs: 0 };
for (const [m, r] of [...rows].sort((a, b) => b[1].n - a[1].n)) {
  console.log(`| ${m} | ${r.n} | ${r.right} | ${r.other} | ${r.docs.size} |`);
  all.n += r.n;
  all.right += r.right;
  all.other += r.other;
  all.docs += r.docs.size;
}
console.log(`| all | ${all.n} | ${all.right} | ${all.other} | ${all.docs} |`);
