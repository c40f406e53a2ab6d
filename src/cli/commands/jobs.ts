import { CliError, type Command, UsageError } from "../command.js";
import { watchJob } from "../job-watch.js";
import { intFlag, parseCommandArgs } from "../parse-args.js";
import { connect } from "../port/connect.js";

const usage = `Usage: casefile jobs list [--state S] [--limit N] [--json]
       casefile jobs show <id> [--json]
       casefile jobs watch <id> [--json]
       casefile jobs cancel <id>
       casefile jobs start <type> [--input JSON] [--json]

Background jobs (batch ingest, re-extraction, linkage runs, estimates): who started each, its
progress, log and result. "watch" follows a job with a progress bar (--json: one line per change);
"start" queues a job of a type with its input as JSON, e.g.
  casefile jobs start linkage --input '{"dedupe":true}'`;

export const jobsCommand: Command = {
  name: "jobs",
  summary: "list, follow, start and cancel background jobs",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        json: { type: "boolean" },
        state: { type: "string" },
        limit: { type: "string" },
        input: { type: "string" },
      },
      usage,
    );
    const [action, target] = positionals;
    if (!action) throw new UsageError(usage);
    if (action !== "list" && !target)
      throw new UsageError(`jobs ${action} needs an argument\n\n${usage}`);
    const port = await connect(io, "jobs");
    try {
      const id = target ?? "";
      if (action === "list") {
        const list = await port.listJobs({
          state: values.state,
          limit: intFlag(values.limit, "limit", 50),
        });
        if (values.json) io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
        else
          for (const j of list.items)
            io.stdout.write(
              `${j.id}  ${j.type.padEnd(13)} ${j.state.padEnd(9)} ${j.progress.done}/${j.progress.total}  ${j.createdAt}  ${j.startedBy}\n`,
            );
        return 0;
      }
      if (action === "show") {
        const job = await port.getJob(id);
        if (values.json) io.stdout.write(`${JSON.stringify(job, null, 2)}\n`);
        else {
          io.stdout.write(
            `${job.type} ${job.id}: ${job.state}, ${job.progress.done}/${job.progress.total} (${job.progress.failed} failed), started by ${job.startedBy}\n`,
          );
          for (const l of job.log) io.stdout.write(`  ${l.at}  ${l.message}\n`);
          if (job.error) io.stdout.write(`error: ${job.error}\n`);
          if (job.result !== null) io.stdout.write(`result: ${JSON.stringify(job.result)}\n`);
        }
        return job.state === "failed" ? 1 : 0;
      }
      if (action === "cancel") {
        const job = await port.cancelJob(id);
        io.stdout.write(`${job.id}: ${job.state}\n`);
        return 0;
      }
      if (action === "watch" || action === "start") {
        let input: unknown = {};
        if (values.input !== undefined) {
          try {
            input = JSON.parse(values.input);
          } catch {
            throw new UsageError(`--input must be JSON, got ${values.input}`);
          }
        }
        const job = action === "start" ? await port.startJob(id, input) : await port.getJob(id);
        const final = await watchJob(port, job, io, { json: values.json ?? false });
        if (!values.json)
          io.stdout.write(
            `${final.type} ${final.id}: ${final.state}${final.error ? ` — ${final.error}` : ""}${final.result !== null ? `\n${JSON.stringify(final.result)}` : ""}\n`,
          );
        return final.state === "completed" ? 0 : 1;
      }
      throw new CliError(`unknown action "${action}"\n\n${usage}`, 2);
    } finally {
      await port.close();
    }
  },
};
