/**
 * Follows a job until it finishes: a progress bar on a terminal, or with --json one JSON line per
 * change of progress (and the final job last). While the CLI holds the store it also works the
 * queue, since no other process can.
 */
import type { JobView } from "../services/presenters/job.presenter.js";
import type { CliIo } from "./command.js";
import type { JobsPort } from "./port/jobs-port.js";
import { progressBar } from "./progress.js";

const FINISHED = new Set(["completed", "failed", "cancelled"]);
const POLL_MS = 300;

export async function watchJob(
  port: JobsPort,
  job: JobView,
  io: CliIo,
  options: { json: boolean },
): Promise<JobView> {
  const runner = await port.workWhileWaiting();
  let bar = progressBar(io.stderr, 0, "");
  let barTotal = 0;
  let shown = 0;
  let lastLine = "";
  let current: JobView = job;
  try {
    for (;;) {
      current = await port.getJob(job.id);
      const { done, total, currentItem } = current.progress;
      if (options.json) {
        const line = JSON.stringify({
          id: current.id,
          state: current.state,
          done,
          total,
          currentItem,
        });
        if (line !== lastLine) io.stdout.write(`${line}\n`);
        lastLine = line;
      } else {
        if (total !== barTotal) {
          bar.done();
          bar = progressBar(io.stderr, total, current.type);
          barTotal = total;
          shown = 0;
        }
        if (done > shown) bar.tick(currentItem ?? "", done - shown);
        shown = done;
      }
      if (FINISHED.has(current.state)) break;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    bar.done();
    await runner?.stop();
  }
  return current;
}
