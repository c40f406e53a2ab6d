/**
 * Requests started before React has rendered anything, so the first view's data is already on
 * its way while the bundle is still being evaluated. A view takes a prefetched answer once, and
 * only while it is fresh; anything else goes to the network.
 */
import { authHeaders } from "./auth.js";
import { getJson } from "./client.js";

const FRESH_MS = 10_000;
const pending = new Map<string, { at: number; request: Promise<unknown> }>();

export function prefetch(path: string): void {
  if (pending.has(path)) return;
  const request = getJson<unknown>(path, undefined, authHeaders());
  // An unused or failed prefetch is not an error: the view asks again.
  request.catch(() => undefined);
  pending.set(path, { at: Date.now(), request });
}

/** The prefetched answer for this path, at most once and only while fresh. */
export function takePrefetched<T>(path: string): Promise<T> | null {
  const entry = pending.get(path);
  pending.delete(path);
  if (!entry || Date.now() - entry.at > FRESH_MS) return null;
  return entry.request as Promise<T>;
}
