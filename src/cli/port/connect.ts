/**
 * Chooses how the CLI reaches the store: directly (PostgreSQL, or an embedded store nobody
 * holds), through the running server that holds it, or not at all, naming the process that does.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { maxFileBytesFromEnv } from "../../services/max-file-bytes.js";
import { StoreBusyError } from "../../store/data-dir-lock.js";
import { openStore, storeConfigFromEnv } from "../../store/open-store.js";
import { CliError, type CliIo } from "../command.js";
import type { CasefilePort } from "./casefile-port.js";
import type { ServerInfo } from "./remote-port.js";

function serverInfo(dataDir: string, pid: number): ServerInfo | null {
  try {
    const info = JSON.parse(readFileSync(join(dataDir, "server.json"), "utf8")) as ServerInfo;
    return info.pid === pid && typeof info.url === "string" && typeof info.token === "string"
      ? info
      : null;
  } catch {
    return null;
  }
}

/** `prepare: false` leaves an empty store empty (no reference case loaded): `casefile import` needs that. */
export async function connect(
  io: CliIo,
  command: string,
  options: { readonly prepare?: boolean } = {},
): Promise<CasefilePort> {
  const config = storeConfigFromEnv(io.env, io.cwd, `casefile ${command}`);
  // The services (and the remote port) are loaded only once it is known which way the CLI goes:
  // loading every service is most of a CLI start, and a command sent to the server needs none.
  try {
    const store = await openStore(config);
    try {
      const [{ prepareStore }, { localPort }] = await Promise.all([
        import("../../services/prepare-store.js"),
        import("./local-port.js"),
      ]);
      if (options.prepare !== false) await prepareStore(store, io.env, io.cwd);
      return localPort(store, maxFileBytesFromEnv(io.env));
    } catch (error) {
      await store.close();
      throw error;
    }
  } catch (error) {
    if (!(error instanceof StoreBusyError)) throw error;
    const server = serverInfo(config.dataDir, error.holder.pid);
    if (server) return (await import("./remote-port.js")).remotePort(server);
    throw new CliError(
      `${error.message}; stop it or wait for it to finish (only one process may open the embedded store)`,
    );
  }
}
