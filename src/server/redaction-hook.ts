/**
 * The last step of every JSON answer of the API: protected names the caller may not see become
 * pseudonyms, and are masked (offsets kept) in passages, quotes and snippets. Answers that are
 * not JSON (originals, texts, briefs) are shielded by their services.
 */
import type { FastifyInstance } from "fastify";
import type { Services } from "../services/services.js";
import type { CallerResolver } from "./auth.js";

export function registerRedaction(
  app: FastifyInstance,
  services: Services,
  callerOf: CallerResolver,
): void {
  app.addHook("preSerialization", async (request, _reply, payload: unknown) => {
    if (!request.url.startsWith("/api/")) return payload;
    const redactor = await services.protection.redactorFor(callerOf(request));
    return redactor.deep(payload);
  });
}
