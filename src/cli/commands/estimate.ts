import { readFileSync } from "node:fs";
import { estimate } from "../../core/estimation/estimate.js";
import type { EstimationMethod } from "../../core/estimation/estimate-result.js";
import { readCaptureHistoriesCsv } from "../../ingest/persons/capture-histories-csv.js";
import { CliError, type Command, UsageError } from "../command.js";
import { intFlag, parseCommandArgs } from "../parse-args.js";
import { progressBar } from "../progress.js";

const usage = `Usage: casefile estimate <histories.csv> [--method loglinear|dga|lcmcr] [--seed N]
                         [--iterations N] [--criterion bic|aic] [--json]

Estimates the total number of people, seen and unseen, from how many were seen on each
combination of lists (multiple systems estimation). The CSV has one 0/1 column per list and a
count column (count, n or freq); without a count column each row is one person.

  loglinear  hierarchical log-linear models chosen by BIC (default), profile-likelihood interval
  dga        Bayesian averaging over decomposable graphical models (3–5 lists)
  lcmcr      Bayesian latent-class model (Dirichlet process), Gibbs sampler; --seed, --iterations`;

const METHODS: readonly EstimationMethod[] = ["loglinear", "dga", "lcmcr"];

export const estimateCommand: Command = {
  name: "estimate",
  summary: "estimate the total number of victims from list overlaps",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        method: { type: "string" },
        seed: { type: "string" },
        iterations: { type: "string" },
        criterion: { type: "string" },
        json: { type: "boolean" },
      },
      usage,
    );
    if (positionals.length !== 1) throw new UsageError(`give one capture-history file\n\n${usage}`);
    const method = (values.method ?? "loglinear") as EstimationMethod;
    if (!METHODS.includes(method)) throw new UsageError(`--method takes ${METHODS.join(", ")}`);
    const criterion = values.criterion ?? "bic";
    if (criterion !== "bic" && criterion !== "aic")
      throw new UsageError("--criterion takes bic or aic");
    const path = positionals[0]!.startsWith("/") ? positionals[0]! : `${io.cwd}/${positionals[0]}`;
    let parsed: ReturnType<typeof readCaptureHistoriesCsv>;
    try {
      parsed = readCaptureHistoriesCsv(readFileSync(path));
    } catch (error) {
      throw new CliError(error instanceof Error ? error.message : String(error));
    }
    for (const bad of parsed.badRows)
      io.stderr.write(`${positionals[0]}:${bad.line}: skipped: ${bad.reason}\n`);
    const bar = progressBar(io.stderr, 100, method);
    let last = 0;
    let result: ReturnType<typeof estimate>;
    try {
      result = estimate(parsed.histories, {
        method,
        criterion,
        listNames: parsed.lists,
        seed: intFlag(values.seed, "seed", 1),
        ...(values.iterations !== undefined && {
          iterations: intFlag(values.iterations, "iterations", 10_000),
        }),
        onProgress: (done, total) => {
          const pct = Math.floor((100 * done) / total);
          if (pct > last) bar.tick(method, pct - last);
          last = pct;
        },
      });
    } catch (error) {
      throw new CliError(error instanceof Error ? error.message : String(error));
    } finally {
      bar.done();
    }
    const round = (x: number | null) => (x === null ? null : Math.round(x));
    const out = {
      estimate: round(result.estimate),
      lower: round(result.lower),
      upper: round(result.upper),
      method: result.method,
      model: result.model,
      observed: result.observed,
      warnings: result.warnings,
      noEstimate: result.noEstimate ?? null,
      noEstimateCode: result.noEstimateCode ?? null,
    };
    if (values.json) io.stdout.write(`${JSON.stringify(out)}\n`);
    else {
      const total =
        out.noEstimate !== null
          ? `no estimate: ${out.noEstimate}`
          : out.estimate === null
            ? "no finite estimate"
            : `${out.estimate} (95% ${out.lower}–${out.upper ?? "∞"})`;
      io.stdout.write(
        `${total}\nmethod: ${out.method}, model: ${out.model}\nobserved: ${out.observed}\n`,
      );
      for (const w of out.warnings) io.stdout.write(`warning: ${w}\n`);
    }
    return 0;
  },
};
