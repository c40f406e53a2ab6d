/** Talks JSON to the API with the session's token; a problem answer becomes an ApiError with its detail. */
import { authHeaders } from "./auth.js";
import type { Problem } from "./types.js";
import { viewId } from "./view-id.js";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The request field the problem is about ("claimant.name"), when the server names one. */
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

async function answer<T>(response: Response): Promise<T> {
  if (!response.ok) {
    let detail = response.statusText;
    let field: string | null = null;
    try {
      const body = (await response.json()) as Problem;
      detail = body.detail;
      field = typeof body.field === "string" ? body.field : null;
    } catch {
      // Keep the status text.
    }
    throw new ApiError(response.status, detail, field);
  }
  return (await response.json()) as T;
}

export async function getJson<T>(
  path: string,
  signal?: AbortSignal,
  headers: Record<string, string> = authHeaders(),
): Promise<T> {
  const response = await fetch(path, {
    headers: { accept: "application/json", "x-casefile-view": viewId(), ...headers },
    signal: signal ?? null,
  });
  return answer<T>(response);
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, {
    method: "POST",
    headers: { accept: "application/json", "content-type": "application/json", ...authHeaders() },
    body: JSON.stringify(body),
  });
  return answer<T>(response);
}

export async function patchJson<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, {
    method: "PATCH",
    headers: { accept: "application/json", "content-type": "application/json", ...authHeaders() },
    body: JSON.stringify(body),
  });
  return answer<T>(response);
}

/** POSTs a multipart form (a file to look at) and reads the JSON answer. */
export async function postForm<T>(path: string, form: FormData): Promise<T> {
  const response = await fetch(path, {
    method: "POST",
    headers: { accept: "application/json", ...authHeaders() },
    body: form,
  });
  return answer<T>(response);
}

/** The message to show for any failure. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
