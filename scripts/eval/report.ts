/**
 * Prints the evaluation set's scores, both halves side by side (`npm run eval:extract`).
 * `--details dev` also lists the development half's misses and spurious figures; the test half's
 * are never printed, so that no rule is written from them. `--dev` scores the development half
 * alone, so that tuning runs do not even compute the test half's totals. `--confusion` counts the
 * development half's errors by category (labelled measure ← proposed measure, and the same for
 * subgroups), so that the largest category is fixed first. `--only a,b` scores only the named
 * development documents (a new batch, scored blind before any rule is changed for it).
 */
import { HALVES, loadHalf } from "./eval-set.js";
import { type Pair, type Scores, scoreDocument, summarise } from "./score.js";

const rows: [string, (s: Scores) => string][] = [
  ["documents", (s) => String(s.documents)],
  ["labelled figures", (s) => String(s.labelled)],
  ["proposed figures", (s) => String(s.predicted)],
  ["precision", (s) => s.precision.toFixed(3)],
  ["recall", (s) => s.recall.toFixed(3)],
  ["F1", (s) => s.f1.toFixed(3)],
  ["measure accuracy", (s) => s.measure.toFixed(3)],
  ["hedge accuracy", (s) => s.hedge.toFixed(3)],
  ["subgroup accuracy", (s) => s.subgroup.toFixed(3)],
  ["claimant accuracy", (s) => s.claimant.toFixed(3)],
  ["strict F1", (s) => s.strictF1.toFixed(3)],
];

const onlyAt = process.argv.indexOf("--only");
const only = onlyAt >= 0 ? new Set((process.argv[onlyAt + 1] ?? "").split(",")) : null;
const halves = process.argv.includes("--dev") || only ? (["dev"] as const) : HALVES;
const scored = halves.map((h) => {
  const loaded = loadHalf(h).filter((d) => !only || only.has(d.name));
  return {
    half: h,
    docs: loaded.map(scoreDocument),
    texts: new Map(loaded.map((d) => [d.name, d.text])),
  };
});
const scores = scored.map((s) => summarise(s.docs));
console.log(`| | ${halves.join(" | ")} |`);
console.log(`|---|${halves.map(() => "---:").join("|")}|`);
for (const [label, show] of rows) console.log(`| ${label} | ${scores.map(show).join(" | ")} |`);

if (process.argv.includes("--details")) {
  const dev = scored.find((s) => s.half === "dev")!;
  for (const d of dev.docs) {
    const wrong = d.pairs.filter(
      (p) =>
        p.predicted.measure !== p.gold.measure ||
        p.predicted.hedge !== p.gold.hedge ||
        p.predicted.subgroup !== p.gold.subgroup,
    );
    if (d.missed.length + d.spurious.length + wrong.length === 0) continue;
    console.log(`\n## ${d.name}`);
    for (const m of d.missed)
      console.log(`  missed  "${m.quote}" ${m.measure} ${m.min}-${m.max} ${m.hedge} ${m.subgroup}`);
    const doc = dev.texts.get(d.name) ?? "";
    for (const s of d.spurious)
      console.log(
        `  spurious "${s.text}" ${s.measure} ${s.min}-${s.max} ${s.hedge} ${s.subgroup} | ${doc.slice(Math.max(0, s.start - 50), s.end + 30).replace(/\s+/g, " ")}`,
      );
    for (const p of wrong)
      console.log(
        `  fields  "${p.gold.quote}" want ${p.gold.measure}/${p.gold.hedge}/${p.gold.subgroup} got ${p.predicted.measure}/${p.predicted.hedge}/${p.predicted.subgroup}`,
      );
  }
}

if (process.argv.includes("--confusion")) {
  const dev = scored.find((s) => s.half === "dev")!;
  const tally = (key: (p: Pair) => string | null) => {
    const counts = new Map<string, number>();
    for (const d of dev.docs)
      for (const p of d.pairs) {
        const k = key(p);
        if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
      }
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  };
  const wrong = (a: string | null, b: string | null) => (a === b ? null : `${a} ← ${b}`);
  const missed = dev.docs.reduce((n, d) => n + d.missed.length, 0);
  const spurious = dev.docs.reduce((n, d) => n + d.spurious.length, 0);
  console.log(`\ndev: ${missed} missed, ${spurious} spurious`);
  console.log("\nmeasure (labelled ← proposed):");
  for (const [k, n] of tally((p) => wrong(p.gold.measure, p.predicted.measure)))
    console.log(`  ${String(n).padStart(3)}  ${k}`);
  console.log("\nsubgroup (labelled ← proposed):");
  for (const [k, n] of tally((p) => wrong(p.gold.subgroup, p.predicted.subgroup)))
    console.log(`  ${String(n).padStart(3)}  ${k}`);
}
