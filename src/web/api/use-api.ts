/**
 * Loads one API resource for a view: one round trip, cancelled when the view changes, fetched
 * again when the operator signs in or out (what the API shows depends on who asks).
 */
import { useCallback, useEffect, useState } from "react";
import { authHeaders, useSession } from "./auth.js";
import { ApiError, getJson, messageOf } from "./client.js";
import { takePrefetched } from "./prefetch.js";

export type Loaded<T> =
  | { state: "loading" }
  | { state: "error"; message: string; status: number | null }
  | { state: "ready"; data: T };

export function useApi<T>(path: string | null): Loaded<T> & { reload: () => void } {
  const session = useSession();
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: "loading" });
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  useEffect(() => {
    if (path === null) return;
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
