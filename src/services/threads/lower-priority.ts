/**
 * Background CPU work (extraction, linkage, estimation in worker threads; job worker processes)
 * runs at a lower priority than the thread that answers requests, so that on a busy machine the
 * kernel gives the event loop its time first and `/api/health` and the readers do not wait behind
 * a batch. On Linux a nice value belongs to a thread (setpriority on the calling thread), so this
 * lowers only the calling thread and the threads it starts afterwards.
 */
import { getPriority, setPriority } from "node:os";

/** How much nicer than its starter background work runs (nice values go up to 19). */
export const BACKGROUND_NICENESS = 10;

export function lowerPriority(): void {
  try {
    setPriority(Math.min(19, getPriority() + BACKGROUND_NICENESS));
  } catch {
    // Not permitted here (a restricted container): the work runs at the starter's priority.
  }
}

/** In a worker thread: only where the nice value is per thread, else it would lower the process. */
export function lowerThreadPriority(): void {
  if (process.platform === "linux") lowerPriority();
}
