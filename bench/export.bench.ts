/**
 * Export and import of the reference case with its evidence links proposed: the whole case as a
 * JSON document (size, time), loaded into an empty store (time), on PGlite and — with
 * BENCH_DATABASE_URL or TEST_DATABASE_URL — on a PostgreSQL server.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CORPUS_DIR } from "../src/ingest/case/read-case-dir.js";
import type { Caller } from "../src/services/caller.js";
import { ensureReferenceCase } from "../src/services/reference-case.service.js";
import { createServices } from "../src/services/services.js";
import { openStore } from "../src/store/open-store.js";
import { type BenchRow, timed } from "./bench.js";
import { onEachStore } from "./bench-stores.js";

const CASE = "khojaly-1992";
const operator: Caller = { kind: "operator", name: "bench" };

async function emptyStore(driver: "pglite" | "postgres", url: string | undefined, tag: string) {
  const dir = mkdtempSync(join(tmpdir(), `casefile-bench-export-${tag}-`));
  const store = await openStore({
    dataDir: dir,
    databaseUrl: driver === "postgres" ? url : undefined,
    command: "bench",
  });
  const dispose = async () => {
    await store.close();
    rmSync(dir, { recursive: true });
  };
  return { store, dispose };
}

export default async function exportBench(): Promise<BenchRow[]> {
  return onEachStore("export", async (driver, url) => {
    const from = await emptyStore(driver, url, "from");
    try {
      await ensureReferenceCase(from.store, CASE, DEFAULT_CORPUS_DIR);
      const a = createServices(from.store, { door: "bench" });
      await a.evidence.propose(operator, CASE);
      const made = await timed(() => a.exports.export(operator, CASE, { format: "json" }));
      const doc = new TextDecoder().decode(made.result.bytes);
      const rows = Object.values(JSON.parse(doc).tables as Record<string, unknown[]>).reduce(
        (n, t) => n + t.length,
        0,
      );
      const details = { rows, megabytes: Math.round(made.result.bytes.length / 1e4) / 100 };
      // The import always goes into an empty embedded store (the server run has one database).
      const to = await emptyStore("pglite", undefined, "to");
      try {
        const b = createServices(to.store, { door: "bench" });
        const loaded = await timed(() => b.imports.importCase(operator, doc));
        return [
          {
            bench: "export",
            metric: `${driver} json export`,
            value: made.ms / 1000,
            unit: "s",
            details,
          },
          {
            bench: "export",
            metric: `${driver} export → pglite import`,
            value: loaded.ms / 1000,
            unit: "s",
            details,
          },
        ];
      } finally {
        await to.dispose();
      }
    } finally {
      await from.dispose();
    }
  });
}
