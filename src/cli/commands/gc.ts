import type { Command } from "../command.js";
import { UsageError } from "../command.js";
import { parseDuration } from "../duration.js";
import { parseCommandArgs } from "../parse-args.js";
import { connect } from "../port/connect.js";

const usage = `Usage: casefile gc [--grace 24h] [--keep-jobs 30d] [--keep-views 7d] [--dry-run] [--json]

Removes archived files that no record names: bytes written by an ingest that then failed or was
killed before it committed (\`casefile verify\` lists them). Only files written longer ago than the
grace period (default 24h; units s, m, h, d) are removed, so an ingest in progress never loses its
file. The files that jobs wrote (exports, briefs) are kept while their job's record is; records of
jobs finished longer ago than --keep-jobs (default 30d) are removed first, and their files with
them. Each removal is recorded in the activity log. Page views logged longer ago than --keep-views
(default 7d) are forgotten: their log entries stay, only the record that kept each page view from
being logged twice goes. --dry-run lists what would be removed.`;

export const gcCommand: Command = {
  name: "gc",
  summary: "remove archived files left unreferenced by failed ingests, after a grace period",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        grace: { type: "string" },
        "keep-jobs": { type: "string" },
        "keep-views": { type: "string" },
        "dry-run": { type: "boolean" },
        json: { type: "boolean" },
      },
      usage,
    );
    if (positionals.length > 0)
      throw new UsageError(`unexpected argument "${positionals[0]}"\n\n${usage}`);
    const graceMs = parseDuration(values.grace ?? "24h", "--grace");
    const jobRetentionMs = parseDuration(values["keep-jobs"] ?? "30d", "--keep-jobs");
    const viewRetentionMs = parseDuration(values["keep-views"] ?? "7d", "--keep-views");
    const port = await connect(io, "gc");
    let report: Awaited<ReturnType<typeof port.gc>>;
    try {
      report = await port.gc({
        graceMs,
        jobRetentionMs,
        viewRetentionMs,
        dryRun: values["dry-run"] ?? false,
      });
    } finally {
      await port.close();
    }
    if (values.json) {
      io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return 0;
    }
    const verb = report.dryRun ? "would remove" : "removed";
    for (const id of report.expiredJobs) io.stdout.write(`${verb} the record of job ${id}\n`);
    for (const b of report.removed)
      io.stdout.write(`${verb} ${b.sha256} (written ${b.modified})\n`);
    io.stdout.write(
      `${report.removed.length} unreferenced file(s) ${verb}; ${report.kept.length} kept within the grace period\n`,
    );
    io.stdout.write(
      `${report.prunedViews} logged page view(s) ${report.dryRun ? "would be forgotten" : "forgotten"} (older than the view retention)\n`,
    );
    return 0;
  },
};
