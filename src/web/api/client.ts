/**
 * Talks JSON to the API with the session's token; a problem answer becomes an ApiError with its
 * code. The first view's answers may come with the page itself (server/first-view-data.ts): read
 * once from the page, each stands for a view's first render until a view has shown it or the
 * reader has moved to another address.
 */
import { FIRST_VIEW_DATA_ID } from "../../core/case/first-view.js";
import { apiErrorOf } from "./api-error.js";
import { authHeaders } from "./auth.js";
import { viewId } from "./view-id.js";

export { ApiError, apiErrorOf, messageOf } from "./api-error.js";

async function answer<T>(response: Response): Promise<T> {
  if (!response.ok) {
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      // Not JSON: the status text stands in.
    }
    throw await apiErrorOf(response.status, body, response.statusText);
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

let fromPage: Map<string, unknown> | null = null;
let pageAddress = "";

function pageAnswers(): Map<string, unknown> {
  if (fromPage) return fromPage;
  pageAddress = window.location.pathname;
  const element = document.getElementById(FIRST_VIEW_DATA_ID);
  try {
    fromPage = new Map(Object.entries(JSON.parse(element?.textContent || "{}") as object));
  } catch {
    // A page cut short: every view asks the API instead.
    fromPage = new Map();
  }
  return fromPage;
}

/** The page's answer for this API path, while the reader is still on the page's address. */
export function inlined<T>(path: string): T | undefined {
  const all = pageAnswers();
  return window.location.pathname === pageAddress ? (all.get(path) as T | undefined) : undefined;
}

/** Forgets the page's answer once a view has shown it: from now on the path goes to the API. */
export function dropInlined(path: string): void {
  pageAnswers().delete(path);
}
