/**
 * Starts the requests of the first view from the address alone, before React renders: the
 * overview (at / or /cases/:id) needs the case, its figure cards and the activity.
 */
import { loadCases } from "../components/case-context.js";
import { prefetch } from "./prefetch.js";

function overview(caseId: string): void {
  prefetch("/api/activity?limit=10");
  const base = `/api/cases/${encodeURIComponent(caseId)}`;
  prefetch(base);
  prefetch(`${base}/figure-cards`);
}

export function prefetchFirstView(pathname: string): void {
  // Every page asks for the case list (the navigation needs it): take up the preloaded answer.
  const cases = loadCases();
  const match = /^\/cases\/([^/]+)\/?$/.exec(pathname);
  if (match?.[1]) overview(decodeURIComponent(match[1]));
  else if (pathname === "/")
    cases.then(
      (cases) => cases[0] && overview(cases[0].id),
      () => undefined,
    );
}
