import { maxFileBytesFromEnv } from "../../services/max-file-bytes.js";
import { openStore, storeConfigFromEnv } from "../../store/open-store.js";
import { CliError, type Command, UsageError } from "../command.js";
import { intFlag, parseCommandArgs } from "../parse-args.js";

const usage = `Usage: casefile worker [--concurrency N]

Runs background jobs from the queue in the PostgreSQL server (DATABASE_URL) until stopped (SIGINT,
SIGTERM). Start as many as wanted, on any machine that reaches the database and the blob store
(CASEFILE_BLOBS, or a shared CASEFILE_DATA). A job whose worker dies is retried by another after
CASEFILE_JOB_EXPIRE_SECONDS (default 900). The embedded store has no separate workers: its server
runs the jobs. --concurrency is how many jobs of each kind run at once (default 1); the items of a
batch run at least two at a time, so that one's writes overlap the next one's extraction.`;

export const workerCommand: Command = {
  name: "worker",
  summary: "run background jobs (with a PostgreSQL server)",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { concurrency: { type: "string" } },
      usage,
    );
    if (positionals.length > 0)
      throw new UsageError(`unexpected argument "${positionals[0]}"\n\n${usage}`);
    const concurrency = intFlag(values.concurrency, "concurrency", 1);
    if (concurrency < 1 || concurrency > 64)
      throw new UsageError(`--concurrency must be 1–64, got ${concurrency}`);
    const config = storeConfigFromEnv(io.env, io.cwd, "casefile worker");
    if (!config.databaseUrl)
      throw new CliError(
        "casefile worker needs DATABASE_URL (a PostgreSQL server); with the embedded store, casefile serve runs the jobs",
      );
    // Loaded here, not at the top: every other command would otherwise pay for the services.
    const [{ startJobRunner }, { JOB_TYPES }, { createServices }] = await Promise.all([
      import("../../services/jobs/job-runner.js"),
      import("../../services/jobs/job-types.js"),
      import("../../services/services.js"),
    ]);
    const store = await openStore(config);
    const services = createServices(store, {
      door: "worker",
      maxFileBytes: maxFileBytesFromEnv(io.env),
    });
    const runner = await startJobRunner(services, JOB_TYPES, { concurrency });
    io.stdout.write(`Casefile worker ${process.pid} is taking jobs (concurrency ${concurrency})\n`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        resolve();
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });
    await runner.stop();
    await store.close();
    return 0;
  },
};
