/** A failed API answer: its status, the problem's code and values, the field it is about. */
import { loadPart } from "../i18n/i18n.js";
import { problemMessage } from "../i18n/problem-message.js";
import type { Problem } from "./types.js";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** The server's own words (English), shown only when this build does not know the code. */
    message: string,
    /** The request field the problem is about ("claimant.name"), when the server names one. */
    readonly field: string | null = null,
    /** The problem's stable code (core/problems) and the values its message names. */
    readonly code: string | null = null,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(message);
  }
}

/**
 * The ApiError of a failed answer's body (a problem document, or anything else), once the
 * catalogue's problem words are there: they are a part of their own, fetched with the first
 * problem, so whoever catches the error can word it at once (messageOf). Should the part not
 * arrive (the server went away meanwhile), the server's own sentence is shown.
 */
export async function apiErrorOf(
  status: number,
  body: unknown,
  fallback: string,
): Promise<ApiError> {
  await loadPart("problems").catch(() => undefined);
  const problem = (body ?? {}) as Partial<Problem>;
  const params =
    problem.params !== null && typeof problem.params === "object" ? problem.params : {};
  return new ApiError(
    status,
    typeof problem.detail === "string" ? problem.detail : fallback,
    typeof problem.field === "string" ? problem.field : null,
    typeof problem.code === "string" ? problem.code : null,
    params,
  );
}

/** The message to show for any failure, in the reader's language when the server gave a code. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return problemMessage(error.code, error.params, error.message);
  return error instanceof Error ? error.message : String(error);
}
