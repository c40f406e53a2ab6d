/**
 * Runs every bench/*.bench.ts (or those whose name contains an argument) and writes the rows
 * to bench/last-run.json with the machine and date; BENCHMARKS.md is written from that file.
 */
import { readdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Bench, BenchRow } from "./bench.js";

const dir = fileURLToPath(new URL(".", import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

const rows: BenchRow[] = [];
for (const file of files) {
  process.stderr.write(`bench: ${file}\n`);
  const mod = (await import(pathToFileURL(`${dir}/${file}`).href)) as { default: Bench };
  for (const row of await mod.default()) {
    rows.push(row);
    process.stdout.write(
      `${row.bench.padEnd(28)} ${row.metric.padEnd(36)} ${String(Math.round(row.value * 1000) / 1000).padStart(12)} ${row.unit}\n`,
    );
  }
}
const machine = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? "unknown",
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
};
writeFileSync(
  `${dir}/last-run.json`,
  `${JSON.stringify({ date: new Date().toISOString(), machine, rows }, null, 2)}\n`,
);
