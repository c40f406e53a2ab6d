/** The main module of each worker thread: runs the tasks it is sent, one at a time. */
import { parentPort } from "node:worker_threads";
import { type TaskName, THREAD_TASKS } from "./thread-tasks.js";

interface Request {
  readonly id: number;
  readonly task: TaskName;
  readonly input: unknown;
}

const port = parentPort;
if (!port) throw new Error("thread-entry.js runs only as a worker thread");

port.on("message", async (request: Request) => {
  const progress = (value: unknown) => port.postMessage({ id: request.id, progress: value });
  try {
    const run = THREAD_TASKS[request.task] as (input: unknown, p: typeof progress) => unknown;
    const output = await run(request.input, progress);
    port.postMessage({ id: request.id, output });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    const code = (e as { code?: unknown }).code;
    port.postMessage({
      id: request.id,
      error: { name: e.name, message: e.message, code: typeof code === "string" ? code : null },
    });
  }
});
