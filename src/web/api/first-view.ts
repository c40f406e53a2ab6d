/**
 * Starts the requests of the first view from the address alone, before React renders: the
 * overview (at / or /cases/:id) needs the case, its figure cards and the activity — unless the
 * page carries them (the same paths as the server's, from core/case/first-view.ts).
 */
import { overviewPaths } from "../../core/case/first-view.js";
import { loadCases } from "../components/case-context.js";
import { inlined } from "./client.js";
import { prefetch } from "./prefetch.js";

function overview(caseId: string): void {
  for (const path of overviewPaths(caseId)) if (inlined(path) === undefined) prefetch(path);
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
