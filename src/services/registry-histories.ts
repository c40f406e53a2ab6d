/**
 * Capture histories from the store: each cluster of records joined by confirmed links is one
 * person (a record with no confirmed link is a person alone), seen on the lists its records come
 * from. Then the estimators side by side on that table.
 */
import type { CaptureHistory } from "../core/estimation/capture-data.js";
import type { EstimationMethod } from "../core/estimation/estimate-result.js";
import { captureHistories } from "../core/linkage/capture-histories.js";
import { connectedComponents } from "../core/linkage/clusters.js";
import { confirmedLinksAmong } from "../store/link-listing.repository.js";
import type { Store } from "../store/open-store.js";
import { recordListIds } from "../store/person-lists.repository.js";
import type { Caller } from "./caller.js";
import { InvalidInputError } from "./errors.js";
import { estimateOffThread } from "./threads/off-thread.js";
import { visibleLists } from "./visible-lists.js";

export const ESTIMATION_METHODS: readonly EstimationMethod[] = ["loglinear", "dga", "lcmcr"];

export async function registryHistories(store: Store, caller: Caller, names?: readonly string[]) {
  const lists = await visibleLists(store.db, caller, names);
  if (lists.length > 30)
    throw new InvalidInputError("capture histories take at most 30 lists", "lists", {
      code: "invalid-input.max-items",
      params: { field: "lists", limit: 30 },
    });
  const listIds = lists.map((l) => l.id);
  const records = await recordListIds(store.db, listIds);
  const index = new Map(records.map((r, i) => [r.id, i]));
  const position = new Map(listIds.map((id, k) => [id, k]));
  const listOf = Int32Array.from(records, (r) => position.get(r.list_id)!);
  const links = await confirmedLinksAmong(store.db, listIds);
  const left = Int32Array.from(links, (l) => index.get(l.left_record)!);
  const right = Int32Array.from(links, (l) => index.get(l.right_record)!);
  const { clusterOf, count } = connectedComponents(records.length, left, right);
  const histories = captureHistories(clusterOf, listOf, lists.length);
  return {
    lists: lists.map((l) => ({ id: l.id, name: l.name, records: l.recordCount })),
    rows: histories.map((h) => ({ pattern: [...h.lists], count: h.count })),
    records: records.length,
    confirmedLinks: links.length,
    people: count,
  };
}

export interface EstimatesRequest {
  readonly lists?: readonly string[] | undefined;
  /** Any of loglinear, dga, lcmcr; default all three. */
  readonly methods?: readonly string[] | undefined;
  readonly seed?: number | undefined;
  /** LCMCR iterations after burn-in (default 10,000). */
  readonly iterations?: number | undefined;
  readonly onProgress?:
    | ((method: EstimationMethod, done: number, total: number) => void)
    | undefined;
  /** A cancelled estimate (its job cancelled) stops between methods. */
  readonly signal?: AbortSignal | undefined;
}

const round = (x: number | null) => (x === null ? null : Math.round(x));

export async function registryEstimates(store: Store, caller: Caller, req: EstimatesRequest) {
  const histories = await registryHistories(store, caller, req.lists);
  if (histories.lists.length < 2)
    throw new InvalidInputError("estimation needs at least two person lists", "lists", {
      code: "registry.too-few-lists",
    });
  if (histories.records === 0)
    throw new InvalidInputError("the lists hold no records", "lists", {
      code: "registry.no-records",
    });
  const input: CaptureHistory[] = histories.rows.map((r) => ({ lists: r.pattern, count: r.count }));
  const seed = req.seed ?? 1;
  const methods = req.methods ?? ESTIMATION_METHODS;
  const unknown = methods.find((m) => !(ESTIMATION_METHODS as readonly string[]).includes(m));
  if (unknown !== undefined)
    throw new InvalidInputError(
      `unknown method "${unknown}"; use ${ESTIMATION_METHODS.join(", ")}`,
      "method",
      {
        code: "invalid-input.enum",
        params: { field: "method", allowed: ESTIMATION_METHODS.join(", ") },
      },
    );
  const results = [];
  // One method at a time, each in a bounded worker thread (LCMCR runs for seconds).
  for (const method of methods as readonly EstimationMethod[]) {
    req.signal?.throwIfAborted();
    results.push(await estimateMethod(method));
  }
  async function estimateMethod(method: EstimationMethod) {
    try {
      const r = await estimateOffThread(
        input,
        {
          method,
          seed,
          listNames: histories.lists.map((l) => l.name),
          ...(req.iterations !== undefined && { iterations: req.iterations }),
        },
        {
          onProgress: req.onProgress && ((d, t) => req.onProgress?.(method, d, t)),
          signal: req.signal,
        },
      );
      return {
        method,
        estimate: round(r.estimate),
        lower: round(r.lower),
        upper: round(r.upper),
        model: r.model,
        observed: r.observed,
        warnings: [...r.warnings],
        // No information about the unseen: shown as "no estimate" with its reason, not as a number.
        error: r.noEstimate ?? null,
        /** Why the data carry no information about the unseen (null: they do, or see error). */
        noEstimate: r.noEstimateCode ?? null,
      };
    } catch (error) {
      // One method that does not apply (dga beyond 5 lists) must not hide the others.
      const message = error instanceof Error ? error.message : String(error);
      return {
        method,
        estimate: null,
        lower: null,
        upper: null,
        model: null,
        observed: histories.people,
        warnings: [],
        error: message,
        noEstimate: null,
      };
    }
  }
  req.signal?.throwIfAborted();
  return { seed, histories, results };
}
