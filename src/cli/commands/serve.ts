import { maxFileBytesFromEnv } from "../../services/max-file-bytes.js";
import { StoreBusyError } from "../../store/data-dir-lock.js";
import { storeConfigFromEnv } from "../../store/open-store.js";
import { CliError, type Command, UsageError } from "../command.js";
import { intFlag, parseCommandArgs } from "../parse-args.js";

const usage = `Usage: casefile serve [--port N] [--host ADDRESS] [--no-worker]

Serves the web application and the HTTP API (OpenAPI at /api/openapi.json), and runs background
jobs in the same process. With PostgreSQL, --no-worker leaves jobs to \`casefile worker\` processes
(the embedded store always runs them here: only one process may open it).
Environment: PORT (default 3000), HOST (default 127.0.0.1), CASEFILE_DATA (default ./data),
DATABASE_URL (use a PostgreSQL server instead of the embedded store), CASEFILE_OPERATOR_TOKEN,
CASEFILE_MAX_FILE_MB (per-file upload limit, default 50), CASEFILE_CASES (reference cases to load,
comma-separated; empty for none), CASEFILE_CORPUS (their corpus files, default ../shared/corpus).`;

export const serveCommand: Command = {
  name: "serve",
  summary: "serve the web application and the API",
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      { port: { type: "string" }, host: { type: "string" }, "no-worker": { type: "boolean" } },
      usage,
    );
    if (positionals.length > 0)
      throw new UsageError(`unexpected argument "${positionals[0]}"\n\n${usage}`);
    const port = intFlag(values.port ?? io.env.PORT, "port", 3000);
    if (port < 0 || port > 65535) throw new UsageError(`--port must be 0–65535, got ${port}`);
    const host = values.host ?? io.env.HOST ?? "127.0.0.1";
    // Loaded here, not at the top: every other command would otherwise pay for the HTTP server.
    const { startServer } = await import("../../server/start-server.js");
    let server: Awaited<ReturnType<typeof startServer>>;
    try {
      server = await startServer({
        store: storeConfigFromEnv(io.env, io.cwd, "casefile serve"),
        host,
        port,
        operatorToken: io.env.CASEFILE_OPERATOR_TOKEN || undefined,
        maxFileBytes: maxFileBytesFromEnv(io.env),
        logLevel: io.env.LOG_LEVEL,
        env: io.env,
        cwd: io.cwd,
        onMessage: (line) => io.stderr.write(`${line}\n`),
        worker: !values["no-worker"],
      });
    } catch (error) {
      if (error instanceof StoreBusyError)
        throw new CliError(`${error.message}; only one process may open the embedded store`);
      if ((error as NodeJS.ErrnoException).code === "EADDRINUSE")
        throw new CliError(`port ${port} on ${host} is already in use (set PORT or --port)`);
      throw error;
    }
    io.stdout.write(`Casefile is serving ${server.url}\n`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        server.close().then(resolve, resolve);
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
    });
    return 0;
  },
};
