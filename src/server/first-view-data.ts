/**
 * The data of a case overview, carried in the page itself: what the overview would ask the API for
 * on its first render, answered by the API's own routes (through `inject`, so the same gates,
 * services, response schemas and redaction apply) for an anonymous caller. Anonymous because the
 * page's request carries no credentials: the session cookie is scoped to /api and browsers send
 * no bearer token to a page; so a page holds only what anyone may read, and a signed-in reader's
 * views ask again once their session is known (web/api/use-api.ts).
 */
import type { FastifyInstance } from "fastify";
import { FIRST_VIEW_DATA_ID, overviewPaths } from "../core/case/first-view.js";

/**
 * The API paths the overview of this page's address asks for first (the case list and the
 * overview's own, core/case/first-view.ts), or none for any other view. `rest` is the address
 * after its language segment.
 */
export function firstViewPaths(rest: string): readonly string[] {
  const overview = /^\/cases\/([a-z0-9][a-z0-9-]*)\/?$/.exec(rest);
  return overview?.[1] ? ["/api/cases", ...overviewPaths(overview[1])] : [];
}

/**
 * JSON that is safe inside an HTML <script> element: no `</script>`, `<!--` or `&` sequence can
 * end or bend it, and U+2028/U+2029 are escaped too; JSON.parse reads every escape back.
 */
export function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * Each path's answer as an anonymous caller gets it; a path that does not answer 200 is left
 * out (the view then asks the API and shows the problem itself).
 */
export async function firstViewData(
  app: FastifyInstance,
  paths: readonly string[],
): Promise<Record<string, unknown>> {
  const answers = await Promise.all(
    paths.map(async (url) => {
      try {
        const response = await app.inject({
          method: "GET",
          url,
          headers: { accept: "application/json" },
        });
        return response.statusCode === 200 ? ([url, response.json()] as const) : null;
      } catch {
        return null;
      }
    }),
  );
  return Object.fromEntries(answers.filter((a) => a !== null));
}

/** The element that carries the data: not executable (type application/json), so CSP allows it. */
export function firstViewElement(data: Record<string, unknown>): string {
  if (Object.keys(data).length === 0) return "";
  return `<script type="application/json" id="${FIRST_VIEW_DATA_ID}">${inertJson(data)}</script>`;
}
