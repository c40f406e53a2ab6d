/**
 * Worker threads with time and memory bounds, so that heavy work never holds the event loop: a
 * task that runs past its time, or past the thread's heap limit, has its thread terminated (and
 * replaced) and fails with a ThreadLimitError; the process and every other request go on.
 * Size: CASEFILE_THREADS (default: cores − 1, at least 1); heap per thread: CASEFILE_THREAD_MEMORY_MB
 * (default 4096).
 */
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { TaskInput, TaskName, TaskOutput } from "./thread-tasks.js";

// The compiled entry, bundled like the CLI (scripts/bundle-cli.mjs: a thread then loads a few files,
// not hundreds), whether this module runs from dist/ or (tests) src/.
const ENTRY = fileURLToPath(new URL("../../../dist/bundle/thread-entry.js", import.meta.url));

export class ThreadLimitError extends Error {
  constructor(
    readonly limit: "time" | "memory" | "cancelled",
    message: string,
  ) {
    super(message);
    this.name = "ThreadLimitError";
  }
}

/** An error thrown inside a task, carried back with its name and code. */
export class ThreadTaskError extends Error {
  constructor(
    readonly taskErrorName: string,
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = "ThreadTaskError";
  }
}

export interface RunOptions {
  readonly timeoutMs: number;
  readonly signal?: AbortSignal | undefined;
  readonly onProgress?: ((value: unknown) => void) | undefined;
}

interface Pending {
  readonly task: TaskName;
  readonly input: unknown;
  readonly options: RunOptions;
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  busy: Pending | null;
}

let nextId = 1;

function poolSize(env: NodeJS.ProcessEnv): number {
  const n = Number(env.CASEFILE_THREADS ?? Math.max(1, availableParallelism() - 1));
  return Number.isInteger(n) && n > 0 ? n : 1;
}

function memoryMb(env: NodeJS.ProcessEnv): number {
  const n = Number(env.CASEFILE_THREAD_MEMORY_MB ?? 4096);
  return Number.isFinite(n) && n >= 64 ? n : 4096;
}

export interface ThreadPool {
  run<K extends TaskName>(
    task: K,
    input: TaskInput<K>,
    options: RunOptions,
  ): Promise<TaskOutput<K>>;
  close(): Promise<void>;
}

export function createThreadPool(size: number, heapMb: number): ThreadPool {
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  let closed = false;

  function spawn(): Slot {
    const worker = new Worker(ENTRY, { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    // An idle pool must not keep the process alive.
    worker.unref();
    const slot: Slot = { worker, busy: null };
    worker.on(
      "message",
      (m: { progress?: unknown; output?: unknown; error?: ThreadTaskErrorShape }) => {
        const job = slot.busy;
        if (!job) return;
        if ("progress" in m) return job.options.onProgress?.(m.progress);
        finish(slot);
        if (m.error) job.reject(new ThreadTaskError(m.error.name, m.error.message, m.error.code));
        else job.resolve(m.output);
      },
    );
    worker.on("error", (error: Error & { code?: string }) => {
      const job = slot.busy;
      replace(slot);
      job?.reject(
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? new ThreadLimitError("memory", `the work needed more than ${heapMb} MB of memory`)
          : error,
      );
    });
    return slot;
  }

  let timers = new Map<Slot, { timer: NodeJS.Timeout; abort: () => void }>();

  function finish(slot: Slot) {
    const t = timers.get(slot);
    if (t) {
      clearTimeout(t.timer);
      slot.busy?.options.signal?.removeEventListener("abort", t.abort);
      timers.delete(slot);
    }
    slot.busy = null;
    if (slot.worker) slot.worker.unref();
    setImmediate(pump);
  }

  function replace(slot: Slot) {
    finish(slot);
    const old = slot.worker;
    old.removeAllListeners("message");
    old.removeAllListeners("error");
    old.on("error", () => {});
    void old.terminate();
    const i = slots.indexOf(slot);
    if (i >= 0) slots.splice(i, 1);
    if (!closed) setImmediate(pump);
  }

  function pump() {
    while (queue.length > 0 && !closed) {
      let slot = slots.find((s) => s.busy === null);
      if (!slot && slots.length < size) {
        slot = spawn();
        slots.push(slot);
      }
      if (!slot) return;
      const job = queue.shift() as Pending;
      if (job.options.signal?.aborted) {
        job.reject(new ThreadLimitError("cancelled", "the work was cancelled"));
        continue;
      }
      start(slot, job);
    }
  }

  function start(slot: Slot, job: Pending) {
    slot.busy = job;
    slot.worker.ref();
    const stop = (error: ThreadLimitError) => {
      replace(slot);
      job.reject(error);
    };
    const timer = setTimeout(
      () =>
        stop(
          new ThreadLimitError(
            "time",
            `the work took longer than ${job.options.timeoutMs / 1000} s`,
          ),
        ),
      job.options.timeoutMs,
    );
    const abort = () => stop(new ThreadLimitError("cancelled", "the work was cancelled"));
    job.options.signal?.addEventListener("abort", abort, { once: true });
    timers.set(slot, { timer, abort });
    slot.worker.postMessage({ id: nextId++, task: job.task, input: job.input });
  }

  return {
    run(task, input, options) {
      if (closed) return Promise.reject(new Error("the thread pool is closed"));
      return new Promise((resolve, reject) => {
        queue.push({
          task,
          input,
          options,
          resolve: resolve as (v: unknown) => void,
          reject,
        });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error("the thread pool is closed"));
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
      timers = new Map();
    },
  };
}

interface ThreadTaskErrorShape {
  readonly name: string;
  readonly message: string;
  readonly code: string | null;
}

let shared: ThreadPool | null = null;

/** The process's pool, created on first use. */
export function threadPool(): ThreadPool {
  shared ??= createThreadPool(poolSize(process.env), memoryMb(process.env));
  return shared;
}
