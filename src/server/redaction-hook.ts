/**
 * The last step of every JSON answer of the API: a read of material above public is logged (one
 * entry per page view, services/view-log.service.ts), and protected names the caller may not see
 * become pseudonyms, masked (offsets kept) in passages, quotes and snippets. Who is protected is
 * read from the store only for an answer that could name someone (core/protection `mayName`): an
 * answer of ids, counts, dates and codes leaves without that query. Answers that are not JSON
 * (originals, texts, briefs, exports) are shielded and logged by their services.
 */
import type { FastifyInstance } from "fastify";
import { mayName } from "../core/protection/index.js";
import type { Services } from "../services/services.js";
import type { CallerResolver } from "./auth.js";

/** A page's view id, as the web app makes it (web/api/view-id.ts). */
const VIEW_ID = /^[a-z0-9-]{8,64}$/;

export function registerRedaction(
  app: FastifyInstance,
  services: Services,
  callerOf: CallerResolver,
): void {
  app.addHook("preSerialization", async (request, reply, payload: unknown) => {
    if (!request.url.startsWith("/api/") || request.routeOptions.config.holdsNoRecords)
      return payload;
    const caller = callerOf(request);
    // What was read is logged (one entry per page view) before it leaves.
    if (request.method === "GET" && reply.statusCode < 300) {
      const view = request.headers["x-casefile-view"];
      await services.views.record(
        caller,
        {
          what: `GET ${request.routeOptions.url ?? request.url.split("?")[0]}`,
          view: typeof view === "string" && VIEW_ID.test(view) ? view : null,
        },
        payload,
      );
    }
    if (!mayName(payload)) return payload;
    const scopes = request.routeOptions.config.memorialNames
      ? (["publication", "memorial"] as const)
      : (["publication"] as const);
    return (await services.protection.redactorFor(caller, scopes)).deep(payload);
  });
}
