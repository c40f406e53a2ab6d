/**
 * The heavy steps of the use cases, run in the bounded worker threads. Failures come back as the
 * errors the callers already handle: a reader's ReadError keeps its code, a thread that ran out of
 * time or memory becomes an "unreadable" ReadError (reading) or a ServiceError (other work).
 */
import type { ProposalDraft } from "../../core/claims/proposals.js";
import type { CaptureHistory } from "../../core/estimation/capture-data.js";
import type { EstimateOptions } from "../../core/estimation/estimate.js";
import type { EstimateResult } from "../../core/estimation/estimate-result.js";
import type { LinkOptions, LinkProgress, LinkResult } from "../../core/linkage/link-records.js";
import type { PersonTable } from "../../core/linkage/person-table.js";
import {
  DEFAULT_TIMEOUT_MS,
  type ReadDocument,
  ReadError,
  type ReadErrorCode,
} from "../../ingest/readers/read-document.js";
import { ServiceError } from "../errors.js";
import { ThreadLimitError, ThreadTaskError, threadPool } from "./thread-pool.js";

const READ_CODES: readonly string[] = [
  "empty",
  "corrupt",
  "unreadable",
  "unsupported_type",
  "binary",
  "too_large",
];

/** Bounds of the work a request may wait for; jobs have their own expiry on top. */
const EXTRACT_TIMEOUT_MS = 120_000;
const LINK_TIMEOUT_MS = 60 * 60_000;
const ESTIMATE_TIMEOUT_MS = 10 * 60_000;

export async function readDocumentOffThread(
  bytes: Uint8Array,
  fileName: string,
  maxBytes: number,
): Promise<ReadDocument> {
  try {
    return await threadPool().run(
      "readDocument",
      { bytes, fileName, maxBytes },
      // The reader's own timeout (PDF, DOCX) fires first; this bounds every format.
      { timeoutMs: DEFAULT_TIMEOUT_MS + 5000 },
    );
  } catch (error) {
    if (
      error instanceof ThreadTaskError &&
      error.taskErrorName === "ReadError" &&
      error.code &&
      READ_CODES.includes(error.code)
    )
      throw new ReadError(error.code as ReadErrorCode, error.message);
    if (error instanceof ThreadLimitError && error.limit !== "cancelled")
      throw new ReadError("unreadable", `reading the file stopped: ${error.message}`);
    throw error;
  }
}

function limitFailure(what: string, error: unknown): unknown {
  if (error instanceof ThreadLimitError && error.limit !== "cancelled")
    return new ServiceError(
      "unprocessable",
      422,
      `${what} stopped: ${error.message}`,
      {},
      { code: "unprocessable.work-limit" },
    );
  if (error instanceof ThreadTaskError && error.taskErrorName === "RangeError")
    return new ServiceError(
      "unprocessable",
      422,
      `${what}: ${error.message}`,
      {},
      { code: "unprocessable.work-limit" },
    );
  return error;
}

export async function draftClaimsOffThread(input: {
  text: string;
  passages: readonly { start: number; end: number }[];
  publisher: string;
  reviewed: readonly { kind: string; start: number; end: number }[];
}): Promise<ProposalDraft[]> {
  try {
    return await threadPool().run("draftClaims", input, { timeoutMs: EXTRACT_TIMEOUT_MS });
  } catch (error) {
    throw limitFailure("claim extraction", error);
  }
}

export async function linkRecordsOffThread(
  table: PersonTable,
  options: Omit<LinkOptions, "onProgress">,
  extra: { onProgress?: ((p: LinkProgress) => void) | undefined; signal?: AbortSignal | undefined },
): Promise<LinkResult> {
  try {
    return await threadPool().run(
      "linkRecords",
      { table, options },
      {
        timeoutMs: LINK_TIMEOUT_MS,
        signal: extra.signal,
        onProgress: extra.onProgress && ((p) => extra.onProgress?.(p as LinkProgress)),
      },
    );
  } catch (error) {
    throw limitFailure("linkage", error);
  }
}

export async function estimateOffThread(
  histories: readonly CaptureHistory[],
  options: Omit<EstimateOptions, "onProgress">,
  extra: {
    onProgress?: ((done: number, total: number) => void) | undefined;
    signal?: AbortSignal | undefined;
  },
): Promise<EstimateResult> {
  try {
    return await threadPool().run(
      "estimate",
      { histories, options },
      {
        timeoutMs: ESTIMATE_TIMEOUT_MS,
        signal: extra.signal,
        onProgress:
          extra.onProgress &&
          ((p) => {
            const { done, total } = p as { done: number; total: number };
            extra.onProgress?.(done, total);
          }),
      },
    );
  } catch (error) {
    if (error instanceof ThreadTaskError) throw new Error(error.message);
    throw limitFailure("estimation", error);
  }
}
