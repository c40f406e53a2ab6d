/** `casefile split` and `casefile extract` as processes, on the corpus and on bad input. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { jsonOf, runCasefile } from "./support/cli-process.js";
import { CORPUS_FILES, itWithCorpus } from "./support/corpus.js";
import { tempDir } from "./support/paths.js";

const dir = tempDir();
afterAll(() => dir.remove());
const env = { CASEFILE_CASES: "" };

describe("casefile split and extract", () => {
  itWithCorpus(
    "splits the compilation into parts with kinds, outlets, dates and offsets",
    async () => {
      const result = await runCasefile(["split", CORPUS_FILES[1] as string, "--json"], env);
      expect(result.code, result.stderr).toBe(0);
      const parts =
        jsonOf<
          {
            kind: string;
            outlet: string | null;
            author: string | null;
            published: { iso: string } | null;
            start: number;
            end: number;
          }[]
        >(result);
      const byKind = (k: string) => parts.filter((p) => p.kind === k);
      expect(byKind("press").length).toBeGreaterThanOrEqual(18);
      expect(byKind("testimony").length).toBeGreaterThanOrEqual(12);
      expect(byKind("scholarly").length).toBeGreaterThanOrEqual(7);
      expect(byKind("legislative_remark").length).toBeGreaterThanOrEqual(20);
      expect(byKind("press").every((p) => p.outlet && p.published)).toBe(true);
      expect(byKind("testimony").every((p) => p.author)).toBe(true);
      for (const [i, p] of parts.entries()) {
        expect(p.start).toBeLessThan(p.end);
        if (i > 0) expect(p.start).toBeGreaterThanOrEqual((parts[i - 1] as { end: number }).end);
      }
    },
  );

  itWithCorpus("extracts claims whose offsets slice the file exactly", async () => {
    const file = CORPUS_FILES[0] as string;
    const result = await runCasefile(["extract", file, "--json", "--publisher", "AZERTAC"], env);
    expect(result.code, result.stderr).toBe(0);
    const text = readFileSync(file, "utf8");
    const claims =
      jsonOf<
        {
          kind: string;
          start: number;
          end: number;
          text: string;
          measure?: string;
          min?: number;
          claimant: { name: string };
        }[]
      >(result);
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(claims.some((c) => c.kind === "figure" && c.measure === "killed" && c.min === 613)).toBe(
      true,
    );
    expect(claims.some((c) => c.kind === "time")).toBe(true);
  });

  it("ends bad input with a clear error or a bounded result", async () => {
    const empty = join(dir.path, "empty.txt");
    writeFileSync(empty, "");
    const binary = join(dir.path, "blob.bin");
    writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
    const digits = join(dir.path, "digits.txt");
    writeFileSync(digits, "9".repeat(1_000_000));
    for (const [file, pattern] of [
      [empty, /empty/i],
      [binary, /binary|not text|unsupported/i],
    ] as const) {
      const r = await runCasefile(["extract", file, "--json"], env);
      expect(r.code, file).not.toBe(0);
      expect(r.stderr).toMatch(pattern);
    }
    // A bound that catches a hang (runaway backtracking takes far longer), not a speed: a loaded
    // machine can take tens of seconds just to start the process.
    const r = await runCasefile(["extract", digits, "--json"], env, { timeoutMs: 120_000 });
    expect(r.code === 0 || /too long|digits|number/i.test(r.stderr), r.stderr).toBe(true);
    const missing = await runCasefile(["split", join(dir.path, "nope.txt")], env);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/nope\.txt/);
  });
});
