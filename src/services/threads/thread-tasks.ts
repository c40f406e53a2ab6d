/**
 * The work that runs in worker threads: everything CPU-heavy that a request or a job would
 * otherwise do on the event loop (reading documents, extracting claims, linkage, estimation).
 * Each task takes and returns structured-clonable values; `progress` posts to the caller.
 */
import { draftProposals } from "../../core/claims/proposals.js";
import type { CaptureHistory } from "../../core/estimation/capture-data.js";
import { type EstimateOptions, estimate } from "../../core/estimation/estimate.js";
import { extractClaims } from "../../core/extract/extract-claims.js";
import { type LinkOptions, linkRecords } from "../../core/linkage/link-records.js";
import type { PersonTable } from "../../core/linkage/person-table.js";
import { readDocument } from "../../ingest/readers/read-document.js";

export type Progress = (value: unknown) => void;

export const THREAD_TASKS = {
  readDocument: (input: { bytes: Uint8Array; fileName: string; maxBytes: number }) =>
    readDocument(input.bytes, input.fileName, { maxBytes: input.maxBytes }),

  draftClaims: (input: {
    text: string;
    passages: readonly { start: number; end: number }[];
    publisher: string;
    reviewed: readonly { kind: string; start: number; end: number }[];
  }) => {
    const extracted = extractClaims(input.text, { publisher: input.publisher });
    return draftProposals(input.text, input.passages, extracted, input.reviewed);
  },

  linkRecords: (
    input: { table: PersonTable; options: Omit<LinkOptions, "onProgress"> },
    progress: Progress,
  ) => linkRecords(input.table, { ...input.options, onProgress: progress }),

  estimate: (
    input: { histories: readonly CaptureHistory[]; options: Omit<EstimateOptions, "onProgress"> },
    progress: Progress,
  ) =>
    estimate(input.histories, {
      ...input.options,
      onProgress: (done, total) => progress({ done, total }),
    }),
};

export type ThreadTasks = typeof THREAD_TASKS;
export type TaskName = keyof ThreadTasks;
export type TaskInput<K extends TaskName> = Parameters<ThreadTasks[K]>[0];
export type TaskOutput<K extends TaskName> = Awaited<ReturnType<ThreadTasks[K]>>;
