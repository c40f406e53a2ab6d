/**
 * @module How a long task becomes a job. A job type names itself, turns submitted input into JSON
 * (refusing bad input with an InvalidInputError before anything is queued), and either runs whole
 * (`run`) or as independent items (`items` + `runItem`) that several workers share. To add one,
 * write a `JobType` and append it to `JOB_TYPES` in `job-types.ts`; the queue, the worker, the API
 * (`POST /api/jobs`, `GET /api/jobs/:id`, cancel) and the CLI (`casefile jobs`) then know it.
 */
import type { Json } from "../../core/hash/canonical-json.js";
import type { Queryable } from "../../store/db.js";
import type { Caller } from "../caller.js";
import type { Services } from "../services.js";

export interface JobContext {
  readonly jobId: string;
  readonly services: Services;
  /** Who started the job, as the caller its work runs as. */
  readonly caller: Caller;
  /** Fired when the job is cancelled; long work passes it on (threads stop, loops check it). */
  readonly signal: AbortSignal;
  progress(done: number, total: number, currentItem?: string | null): Promise<void>;
  log(message: string): Promise<void>;
}

export interface ItemContext extends JobContext {
  readonly seq: number;
  /**
   * Call inside the transaction that commits the item's work, with the item's result: it settles
   * the item there, so a second delivery of it (after a crash) finds it settled and changes
   * nothing, and the result commits with the work. An item that never calls it (its work is
   * repeatable) is settled by the runner with what `runItem` returns.
   */
  settle(tx: Queryable, result: Json): Promise<void>;
}

interface JobTypeBase {
  /** Lowercase letters, digits and hyphens (it names the queue). */
  readonly type: string;
  /** One line for lists and help. */
  readonly summary: string;
  /** The longest one delivery may run before it counts as abandoned (default from the env). */
  readonly expireInSeconds?: number;
  /** Validates the submitted input; throws InvalidInputError naming the field. */
  parse(input: unknown): Json;
}

export interface WholeJobType extends JobTypeBase {
  readonly kind: "whole";
  run(ctx: JobContext, input: Json): Promise<Json>;
}

export interface ItemJobType extends JobTypeBase {
  readonly kind: "items";
  /** The items of a job, each with a label shown as the current item. */
  items(input: Json): { label: string; input: Json }[];
  runItem(ctx: ItemContext, input: Json, item: Json): Promise<Json>;
  /** The job's result once every item is settled. */
  summarise?(results: readonly { state: string; result: Json; error: string | null }[]): Json;
}

export type JobType = WholeJobType | ItemJobType;

/** Thrown by `settle` when the item was already settled by an earlier delivery. */
export class ItemAlreadySettledError extends Error {
  constructor(jobId: string, seq: number) {
    super(`item ${seq} of job ${jobId} was already settled`);
    this.name = "ItemAlreadySettledError";
  }
}
