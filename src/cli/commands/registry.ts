import type { EstimationMethod } from "../../core/estimation/estimate-result.js";
import { toCsvText } from "../../core/generate/csv-text.js";
import { type Command, UsageError } from "../command.js";
import { intFlag, parseCommandArgs } from "../parse-args.js";
import { connect } from "../port/connect.js";
import { type Progress, progressBar } from "../progress.js";

const usage = `Usage: casefile registry <histories|estimate> [options]

  histories [--lists a,b] [--json]
        capture histories from the confirmed links (one 0/1 column per list and a count),
        as CSV that \`casefile estimate\` reads, or as JSON
  estimate [--lists a,b] [--method loglinear|dga|lcmcr,…] [--seed N] [--iterations N] [--json]
        the total number of victims estimated from the lists' overlaps, all three methods
        side by side unless --method picks some`;

const METHODS: readonly EstimationMethod[] = ["loglinear", "dga", "lcmcr"];

export const registryCommand: Command = {
  name: "registry",
  summary: "capture histories and estimates of the total from the person lists",
  usage,
  async run(args, io) {
    const [action, ...rest] = args;
    const { values } = parseCommandArgs(
      rest,
      {
        lists: { type: "string" },
        method: { type: "string" },
        seed: { type: "string" },
        iterations: { type: "string" },
        json: { type: "boolean" },
      },
      usage,
    );
    if (action !== "histories" && action !== "estimate") throw new UsageError(usage);
    const lists = values.lists?.split(",").filter(Boolean);
    const methods = values.method?.split(",") as EstimationMethod[] | undefined;
    if (methods?.some((m) => !METHODS.includes(m)))
      throw new UsageError(`--method takes ${METHODS.join(", ")} (comma-separated)`);
    const out = (value: unknown) => io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    const port = await connect(io, `registry ${action}`);
    try {
      if (action === "histories") {
        const h = await port.registryHistories(lists);
        if (values.json) out(h);
        else
          io.stdout.write(
            toCsvText(
              [...h.lists.map((l) => l.name), "count"],
              h.rows.map((r) => [...r.pattern.map(String), String(r.count)]),
            ),
          );
        return 0;
      }
      const bars = new Map<string, { bar: Progress; last: number }>();
      const result = await port.registryEstimates({
        lists,
        methods,
        seed: intFlag(values.seed, "seed", 1),
        iterations:
          values.iterations === undefined
            ? undefined
            : intFlag(values.iterations, "iterations", 10_000),
        onProgress: (method, done, total) => {
          let b = bars.get(method);
          if (!b) {
            b = { bar: progressBar(io.stderr, values.json ? 0 : 100, method), last: 0 };
            bars.set(method, b);
          }
          const pct = Math.floor((100 * done) / total);
          if (pct > b.last) b.bar.tick(method, pct - b.last);
          b.last = pct;
          if (done >= total) b.bar.done();
        },
      });
      for (const b of bars.values()) b.bar.done();
      if (values.json) out(result);
      else {
        const { histories } = result;
        io.stdout.write(
          `${histories.people} people seen on ${histories.lists.length} lists (${histories.records} records, ${histories.confirmedLinks} confirmed links)\n`,
        );
        for (const r of result.results) {
          const total =
            r.noEstimate !== null
              ? `no estimate: ${r.error}`
              : r.error !== null
                ? `not available: ${r.error}`
                : r.estimate === null
                  ? "no finite estimate"
                  : `${r.estimate} (95% ${r.lower ?? "…"}–${r.upper ?? "∞"})`;
          io.stdout.write(
            `${r.method.padEnd(10)} ${total}${r.model ? `  model: ${r.model}` : ""}\n`,
          );
          for (const w of r.warnings) io.stdout.write(`           warning: ${w}\n`);
        }
      }
      return 0;
    } finally {
      await port.close();
    }
  },
};
