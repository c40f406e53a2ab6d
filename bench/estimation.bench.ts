/**
 * Estimation speed: the latent-class Gibbs sampler (LCMCR) for 10,000 iterations after burn-in on
 * five generated lists, plus log-linear selection and decomposable-graph averaging on the same
 * table for comparison. Reports the estimates against the known total.
 */
import { captureTable } from "../src/core/estimation/capture-data.js";
import { estimateDga } from "../src/core/estimation/dga-estimate.js";
import { estimateLcmcr } from "../src/core/estimation/lcmcr-estimate.js";
import { estimateLoglinear } from "../src/core/estimation/loglinear-estimate.js";
import { generatePersons } from "../src/core/generate/generate-persons.js";
import { type BenchRow, timed } from "./bench.js";

const PEOPLE = 5000;
const LISTS = 5;

function truthTable() {
  const g = generatePersons({ people: PEOPLE, lists: LISTS, seed: 2026 });
  const masks = new Map<number, number>();
  g.lists.forEach((l, k) => {
    for (const p of l.personIds) masks.set(p, (masks.get(p) ?? 0) | (1 << k));
  });
  const cells = new Map<number, number>();
  for (const m of masks.values()) cells.set(m, (cells.get(m) ?? 0) + 1);
  return captureTable(
    [...cells].map(([m, count]) => ({
      lists: Array.from({ length: LISTS }, (_, k) => ((m >> k) & 1) as 0 | 1),
      count,
    })),
  );
}

export default async function estimationBench(): Promise<BenchRow[]> {
  const table = truthTable();
  const details = (r: { estimate: number | null; lower: number | null; upper: number | null }) => ({
    truth: PEOPLE,
    observed: table.observed,
    estimate: r.estimate,
    lower: r.lower,
    upper: r.upper,
  });
  const lcmcr = await timed(() =>
    estimateLcmcr(table, { seed: 1, iterations: 10_000, burnIn: 2_000 }),
  );
  const loglinear = await timed(() => estimateLoglinear(table));
  const dga = await timed(() => estimateDga(table));
  return [
    {
      bench: "estimation lcmcr",
      metric: "10,000 iterations, 5 lists",
      value: lcmcr.ms / 1000,
      unit: "s",
      details: { ...details(lcmcr.result), burnIn: 2000 },
    },
    {
      bench: "estimation loglinear",
      metric: "model selection, 5 lists",
      value: loglinear.ms / 1000,
      unit: "s",
      details: details(loglinear.result),
    },
    {
      bench: "estimation dga",
      metric: "822 graphs, 5 lists",
      value: dga.ms / 1000,
      unit: "s",
      details: details(dga.result),
    },
  ];
}
