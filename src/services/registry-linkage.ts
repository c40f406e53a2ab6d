/**
 * A linkage run over stored person lists: build the table from their records, link with the core's
 * Fellegi–Sunter model, and store the links above the threshold as proposals. Earlier proposals
 * between these lists are replaced; reviewed links are never touched.
 */
import { randomUUID } from "node:crypto";
import type { Json } from "../core/hash/canonical-json.js";
import { DEFAULT_THRESHOLD, type LinkProgress } from "../core/linkage/link-records.js";
import { concatTables, type PersonField, type TablePart } from "../core/linkage/person-table.js";
import { appendLog } from "../store/log.repository.js";
import type { Store } from "../store/open-store.js";
import { type PersonRecordRow, recordsOfLists } from "../store/person-lists.repository.js";
import {
  deleteProposedLinks,
  insertLinkageRun,
  insertProposedLinks,
  type NewLink,
} from "../store/record-links.repository.js";
import { actorName, type Caller } from "./caller.js";
import { InvalidInputError } from "./errors.js";
import { assertMayWrite } from "./policies/access.policy.js";
import { linkRecordsOffThread } from "./threads/off-thread.js";
import { visibleLists } from "./visible-lists.js";

export interface LinkageRequest {
  /** Lists by id or name; default every list. */
  readonly lists?: readonly string[] | undefined;
  readonly threshold?: number | undefined;
  /** With several lists, also link records within each list (default: across lists only). */
  readonly dedupe?: boolean | undefined;
  /** Year the ages were recorded in (turns ages into birth years). */
  readonly eventYear?: number | undefined;
  readonly seed?: number | undefined;
  readonly onProgress?: ((progress: LinkProgress) => void) | undefined;
  /** A cancelled run (its job cancelled) stops and writes nothing. */
  readonly signal?: AbortSignal | undefined;
}

function tablePart(listId: string, records: readonly PersonRecordRow[]): TablePart {
  const columns: Partial<Record<PersonField, (string | undefined)[]>> = {};
  records.forEach((r, i) => {
    for (const [field, value] of Object.entries(r.fields)) {
      const f = field as PersonField;
      const column = columns[f] ?? new Array<string | undefined>(records.length).fill(undefined);
      columns[f] = column;
      column[i] = value;
    }
  });
  return { list: listId, ids: records.map((r) => r.id), columns };
}

export async function runLinkage(store: Store, caller: Caller, req: LinkageRequest) {
  assertMayWrite(caller);
  const threshold = req.threshold ?? DEFAULT_THRESHOLD;
  if (!(threshold > 0 && threshold <= 1))
    throw new InvalidInputError("threshold must be a probability in (0, 1]", "threshold", {
      code: "invalid-input.probability",
      params: { field: "threshold" },
    });
  const lists = await visibleLists(store.db, caller, req.lists);
  if (lists.length === 0)
    throw new InvalidInputError("there are no person lists to link", "lists", {
      code: "registry.no-lists",
    });
  const listIds = lists.map((l) => l.id);
  const records = await recordsOfLists(store.db, listIds);
  if (records.length < 2)
    throw new InvalidInputError("linkage needs at least two records", "lists", {
      code: "registry.too-few-records",
    });
  const parts = lists.map((l) =>
    tablePart(
      l.id,
      records.filter((r) => r.listId === l.id),
    ),
  );
  const table = concatTables(parts);
  const mode = lists.length === 1 || req.dedupe ? "dedupe" : "link";
  const result = await linkRecordsOffThread(
    table,
    {
      threshold,
      mode,
      ...(req.eventYear !== undefined && { ageYear: req.eventYear }),
      ...(req.seed !== undefined && { seed: req.seed }),
    },
    { onProgress: req.onProgress, signal: req.signal },
  );
  const links: NewLink[] = [];
  const add = (found: typeof result.links, status: NewLink["status"]) => {
    for (let k = 0; k < found.left.length; k++) {
      const a = table.ids[found.left[k]!]!;
      const b = table.ids[found.right[k]!]!;
      // The store keeps each pair once, in uuid order.
      const [left, right] = a < b ? [a, b] : [b, a];
      links.push({ id: randomUUID(), left, right, probability: found.probability[k]!, status });
    }
  };
  add(result.links, "proposed");
  // The best pairs below the threshold are kept as candidates, listed only on request.
  add(result.candidates, "candidate");
  const linkCount = result.links.left.length;
  req.signal?.throwIfAborted();
  const runId = randomUUID();
  const at = new Date();
  const parameters = {
    threshold,
    mode,
    eventYear: req.eventYear ?? null,
    seed: req.seed ?? null,
  };
  const { replaced, proposed, candidates } = await store.db.transaction(async (tx) => {
    const replaced = await deleteProposedLinks(tx, listIds);
    const counts = {
      records: records.length,
      pairsCompared: result.pairsCompared,
      links: linkCount,
      candidates: result.candidates.left.length,
      clusters: result.clusterCount,
      skippedBlocks: result.skippedBlocks,
      replaced,
    };
    await insertLinkageRun(tx, {
      id: runId,
      listIds,
      parameters,
      counts,
      model: JSON.parse(JSON.stringify({ ...result.model, rules: result.rulesUsed })) as Json,
      createdBy: actorName(caller),
      createdAt: at,
    });
    const { proposed, candidates } = await insertProposedLinks(tx, runId, links, at);
    await appendLog(
      tx,
      {
        actor: actorName(caller),
        action: "linkage.run",
        targetType: "linkage_run",
        targetId: runId,
        reason: null,
        data: { lists: listIds, ...parameters, ...counts, proposed },
      },
      at,
    );
    return { replaced, proposed, candidates };
  });
  return {
    runId,
    lists: lists.map((l) => ({ id: l.id, name: l.name, records: l.recordCount })),
    parameters,
    records: records.length,
    pairsCompared: result.pairsCompared,
    links: linkCount,
    proposed,
    alreadyReviewed: linkCount - proposed,
    /** Pairs below the threshold kept for review on request. */
    candidates,
    replaced,
    clusters: result.clusterCount,
  };
}
