import type { Command } from "../command.js";
import { UsageError } from "../command.js";
import { parseCommandArgs } from "../parse-args.js";
import { connect } from "../port/connect.js";
import { progressBar } from "../progress.js";

const usage = `Usage: casefile verify [--json]

Re-hashes every archived file against its SHA-256 and walks the hash-chained activity log.
Exits 0 when everything is intact; otherwise 1, naming the first bad blob and log entry.
Also lists archived files that no record names (left by failed ingests): they are no damage and
do not fail the check; \`casefile gc\` removes them after a grace period.`;

export const verifyCommand: Command = {
  name: "verify",
  summary: "check every archived file and the activity log for alteration",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: "boolean" } }, usage);
    if (positionals.length > 0)
      throw new UsageError(`unexpected argument "${positionals[0]}"\n\n${usage}`);
    const port = await connect(io, "verify");
    let bar = progressBar(io.stderr, 0, "");
    let report: Awaited<ReturnType<typeof port.verify>>;
    try {
      report = await port.verify((done, total) => {
        if (done === 1 && !values.json) bar = progressBar(io.stderr, total, "verify");
        bar.tick();
      });
    } finally {
      bar.done();
      await port.close();
    }
    if (values.json) {
      io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      for (const p of report.problems)
        io.stderr.write(`✗ ${p.type === "log" ? "log entry" : p.type} ${p.id}: ${p.problem}\n`);
      for (const o of report.orphans)
        io.stdout.write(`unreferenced file ${o.sha256} (written ${o.modified})\n`);
      io.stdout.write(
        `${report.ok ? "OK" : "FAILED"}: ${report.blobsChecked} blobs and ${report.logEntriesChecked} log entries checked, ${report.problems.length} problem(s), ${report.orphans.length} unreferenced file(s)\n`,
      );
    }
    return report.ok ? 0 : 1;
  },
};
