/**
 * Record linkage at scale: deduplicating 1,000,000 generated records (one list with duplicates)
 * and linking two lists of about 500,000 each, with wall time, peak resident memory, pairs
 * compared and precision/recall against the generator's truth. BENCH_LINKAGE_SCALE (default 1)
 * shrinks the sizes for a quick run; BENCH_ONLY=dedupe skips the two-list run.
 */
import { generatePersons } from "../src/core/generate/generate-persons.js";
import { mapColumns } from "../src/core/linkage/column-mapping.js";
import { evaluateClusters, evaluateLinks } from "../src/core/linkage/evaluate.js";
import { linkRecords } from "../src/core/linkage/link-records.js";
import {
  concatTables,
  type PersonField,
  type TablePart,
} from "../src/core/linkage/person-table.js";
import type { BenchRow } from "./bench.js";

const scale = Number(process.env.BENCH_LINKAGE_SCALE ?? 1);

function tableOf(lists: ReturnType<typeof generatePersons>["lists"]) {
  const parts: TablePart[] = lists.map((l) => {
    const map = mapColumns(l.header);
    const columns: { [F in PersonField]?: string[] } = {};
    for (const [f, idx] of Object.entries(map.fields) as [PersonField, number][]) {
      columns[f] = l.rows.map((r) => r[idx]!);
    }
    return { list: l.name, ids: l.rows.map((r) => r[map.id!]!), columns };
  });
  return concatTables(parts);
}

function peakRss(): { stop: () => number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

interface RunOptions {
  readonly duplicateRate?: number;
  readonly capture?: number;
  readonly layouts?: readonly number[];
}

async function run(name: string, people: number, lists: number, options: RunOptions) {
  const generated = generatePersons({
    people,
    lists,
    seed: 2026,
    ...(options.layouts && { layouts: options.layouts }),
    duplicateRate: options.duplicateRate ?? 0,
    captureProbabilities: Array.from({ length: lists }, () => options.capture ?? 0.7),
  });
  const table = tableOf(generated.lists);
  const personOf = generated.lists.flatMap((l) => [...l.personIds]);
  await new Promise((r) => setTimeout(r, 100));
  const memory = peakRss();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  // The sampler runs synchronously; yield before so the memory timer has a baseline.
  const perRule: string[] = [];
  let before = 0;
  const result = linkRecords(table, {
    ageYear: 1992,
    onProgress: (p) => {
      if (p.stage !== "block" || p.pairs === undefined) return;
      perRule.push(`${p.rule}:${p.pairs - before}`);
      before = p.pairs;
    },
  });
  const ms = performance.now() - t0;
  // CPU time says more than wall time on a shared machine (linkage runs on one thread).
  const cpu = process.cpuUsage(cpu0);
  const peak = memory.stop();
  const across = lists > 1;
  const links = evaluateLinks(
    result.links.left,
    result.links.right,
    personOf,
    table.listOf,
    across,
  );
  const clusters = evaluateClusters(result.clusterOf, personOf, table.listOf, across);
  const details = {
    records: table.ids.length,
    pairsCompared: result.pairsCompared,
    links: result.links.left.length,
    skippedBlocks: result.skippedBlocks,
    linkPrecision: links.precision,
    linkRecall: links.recall,
    clusterPrecision: clusters.precision,
    clusterRecall: clusters.recall,
    peakRssMiB: Math.round(peak / 2 ** 20),
    pairsPerRule: perRule.join(" "),
  };
  const rows: BenchRow[] = [
    { bench: name, metric: "wall time", value: ms / 1000, unit: "s", details },
    { bench: name, metric: "cpu time", value: (cpu.user + cpu.system) / 1e6, unit: "s" },
    { bench: name, metric: "peak RSS", value: peak / 2 ** 20, unit: "MiB" },
    { bench: name, metric: "pairs compared", value: result.pairsCompared, unit: "pairs" },
    { bench: name, metric: "link precision", value: links.precision, unit: "" },
    { bench: name, metric: "link recall", value: links.recall, unit: "" },
    { bench: name, metric: "cluster precision", value: clusters.precision, unit: "" },
    { bench: name, metric: "cluster recall", value: clusters.recall, unit: "" },
  ];
  return rows;
}

export default async function linkageBench(): Promise<BenchRow[]> {
  // ~977,000 people in a registry shaped like the prosecutor's list (given, surname, patronymic,
  // sex, birth date, place); about 82% are entered (visibility varies), a quarter of those twice:
  // about 1,000,000 records.
  const dedupe = await run("linkage dedupe 1M", Math.round(977_000 * scale), 1, {
    duplicateRate: 0.25,
    capture: 1,
    layouts: [2],
  });
  // ~715,000 people, each list capturing 70%: a mosque register in Azerbaijani Latin and a
  // morgue log in Russian Cyrillic (full names in one column, ages), about 500,000 each.
  if (process.env.BENCH_ONLY === "dedupe") return dedupe;
  const link = await run("linkage link 2x500k", Math.round(715_000 * scale), 2, {
    capture: 0.7,
    layouts: [0, 1],
  });
  return [...dedupe, ...link];
}
