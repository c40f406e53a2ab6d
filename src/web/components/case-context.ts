/**
 * Which case the case-scoped views and the navigation point at: the one in the URL, otherwise
 * the first case in the store (fetched once per page load).
 */
import { useEffect, useState } from "react";
import { useMatch } from "react-router";
import { getJson, inlined, messageOf } from "../api/client.js";
import type { CaseSummary } from "../api/types.js";
import type { Loaded } from "../api/use-api.js";

let casesPromise: Promise<CaseSummary[]> | null = null;

export function loadCases(): Promise<CaseSummary[]> {
  const fromPage = inlined<CaseSummary[]>("/api/cases");
  if (fromPage) casesPromise ??= Promise.resolve(fromPage);
  casesPromise ??= getJson<CaseSummary[]>("/api/cases").catch((error: unknown) => {
    casesPromise = null;
    throw error;
  });
  return casesPromise;
}

/** The cases in the store, from the one request per page load. */
export function useCases(): Loaded<CaseSummary[]> {
  const [loaded, setLoaded] = useState<Loaded<CaseSummary[]>>({ state: "loading" });
  useEffect(() => {
    let live = true;
    loadCases().then(
      (data) => live && setLoaded({ state: "ready", data }),
      (error: unknown) =>
        live && setLoaded({ state: "error", message: messageOf(error), status: null }),
    );
    return () => {
      live = false;
    };
  }, []);
  return loaded;
}

/** The id of the case in the URL, or of the default case once known (null until then). */
export function useCaseId(): string | null {
  const match = useMatch("/cases/:id/*");
  const fromUrl = match?.params.id ?? null;
  const [fallback, setFallback] = useState<string | null>(null);
  useEffect(() => {
    if (fromUrl) return;
    let live = true;
    loadCases().then(
      (cases) => {
        if (live) setFallback(cases[0]?.id ?? null);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [fromUrl]);
  return fromUrl ?? fallback;
}
