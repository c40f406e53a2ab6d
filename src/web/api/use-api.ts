/**
 * Loads one API resource for a view: one round trip, cancelled when the view changes, fetched
 * again when the operator signs in or out (what the API shows depends on who asks). The first
 * view's answers come with the page (client.ts): a view shows them on its first render.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { authHeaders, useSession } from "./auth.js";
import { ApiError, dropInlined, getJson, inlined, messageOf } from "./client.js";
import { takePrefetched } from "./prefetch.js";

export type Loaded<T> =
  | { state: "loading" }
  | { state: "error"; message: string; status: number | null }
  | { state: "ready"; data: T };

export function useApi<T>(path: string | null): Loaded<T> & { reload: () => void } {
  const session = useSession();
  const [loaded, setLoaded] = useState<Loaded<T>>(() => {
    const data = path === null ? undefined : inlined<T>(path);
    return data === undefined ? { state: "loading" } : { state: "ready", data };
  });
  // The page's answer stands until the path, the session or a reload asks again.
  const fromPage = useRef(loaded.state === "ready" ? path : null);
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  useEffect(() => {
    if (path === null) return;
    if (fromPage.current !== null) {
      const shown = fromPage.current;
      fromPage.current = null;
      dropInlined(shown);
      if (shown === path && round === 0 && session === null) return;
    }
    const controller = new AbortController();
    setLoaded((prev) => (prev.state === "ready" && round > 0 ? prev : { state: "loading" }));
    const request =
      (round === 0 ? takePrefetched<T>(path) : null) ??
      getJson<T>(path, controller.signal, authHeaders(session));
    request.then(
      (data) => {
        if (!controller.signal.aborted) setLoaded({ state: "ready", data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted)
          setLoaded({
            state: "error",
            message: messageOf(error),
            status: error instanceof ApiError ? error.status : null,
          });
      },
    );
    return () => controller.abort();
  }, [path, session, round]);
  return { ...loaded, reload };
}
