/**
 * CPU time of processes, for benches on a shared machine: wall time there says more about the
 * other work than about ours, CPU seconds per megabyte much less so. Linux only (/proc); null
 * elsewhere, and for a process that has gone.
 */
import { readFileSync } from "node:fs";
import pg from "pg";

/** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux). */
const TICKS = 100;

/** User + system CPU seconds of a process and all its threads; null when it cannot be read. */
export function processCpuSeconds(pid: number): number | null {
  try {
    // Fields after the command name's closing parenthesis: utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    const user = Number(fields[11]);
    const system = Number(fields[12]);
    return Number.isFinite(user + system) ? (user + system) / TICKS : null;
  } catch {
    return null;
  }
}

/** CPU seconds of each of the pids that can be read. */
export function cpuByPid(pids: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const pid of pids) {
    const s = processCpuSeconds(pid);
    if (s !== null) out.set(pid, s);
  }
  return out;
}

/** CPU seconds spent between two readings, over the pids both saw or that appeared since. */
export function cpuSpent(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, s] of after) total += s - (before.get(pid) ?? 0);
  return total;
}

/**
 * The server processes (backends) of the other connections to a database of a PostgreSQL server
 * (their CPU can be read when the server runs on this machine).
 */
export async function backendPids(databaseUrl: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
    );
    return rows.map((r) => r.pid);
  } finally {
    await client.end();
  }
}
