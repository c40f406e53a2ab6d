/** Loads one API resource for a view: one round trip, cancelled when the view changes. */
import { useEffect, useState } from "react";
import { getJson } from "./client.js";

export type Loaded<T> =
  | { state: "loading" }
  | { state: "error"; message: string }
  | { state: "ready"; data: T };

export function useApi<T>(path: string | null): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: "loading" });
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setLoaded({ state: "loading" });
    getJson<T>(path, controller.signal).then(
      (data) => setLoaded({ state: "ready", data }),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setLoaded({
            state: "error",
            message: error instanceof Error ? error.message : String(error),
          });
      },
    );
    return () => controller.abort();
  }, [path]);
  return loaded;
}
