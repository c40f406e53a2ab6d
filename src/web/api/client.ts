/** Fetches JSON from the API; a problem answer becomes an ApiError carrying its detail. */
import type { Problem } from "./types.js";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, {
    headers: { accept: "application/json" },
    signal: signal ?? null,
  });
  if (!response.ok) {
    let detail = response.statusText;
    try {
      detail = ((await response.json()) as Problem).detail;
    } catch {
      // Keep the status text.
    }
    throw new ApiError(response.status, detail);
  }
  return (await response.json()) as T;
}
