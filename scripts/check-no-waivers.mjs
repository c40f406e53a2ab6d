// Fails when any source file silences the linter or the type-checker: fix the code instead.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const WAIVER = /biome-ignore|eslint-disable|@ts-ignore|@ts-expect-error|@ts-nocheck/;
const offenders = [];
function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (/\.(ts|tsx|mjs|js)$/.test(entry.name)) {
      readFileSync(path, "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (WAIVER.test(line)) offenders.push(`${path}:${i + 1}: ${line.trim()}`);
        });
    }
  }
}
for (const dir of ["src", "test", "bench", "scripts"]) walk(dir);
const self = "scripts/check-no-waivers.mjs";
const real = offenders.filter((o) => !o.startsWith(self));
if (real.length > 0) {
  process.stderr.write(`lint waivers are not allowed:\n${real.join("\n")}\n`);
  process.exit(1);
}
