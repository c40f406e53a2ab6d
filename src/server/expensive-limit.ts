/**
 * The rate limit of routes whose answer costs seconds of computation (estimates, linkage, briefs,
 * the matrix, search): counted per signed-in account, or per address for anonymous callers, who
 * get fewer; the local operator is not limited. Over the limit: a 429 problem with Retry-After.
 */
import type { RateLimitOptions } from "@fastify/rate-limit";
import { ServiceError } from "../services/errors.js";
import { callerOf } from "./auth.js";

/** Requests per minute and route. */
export const ANONYMOUS_PER_MINUTE = 60;
export const SIGNED_IN_PER_MINUTE = 300;

const limit: RateLimitOptions = {
  timeWindow: 60_000,
  // After the caller hook (server/auth.ts), so the key knows who asks.
  hook: "preHandler",
  keyGenerator: (req) => {
    const caller = callerOf(req);
    return caller.kind === "user" ? `user:${caller.userId}` : `address:${req.ip}`;
  },
  max: (_req, key) => (key.startsWith("user:") ? SIGNED_IN_PER_MINUTE : ANONYMOUS_PER_MINUTE),
  allowList: (req) => callerOf(req).kind === "operator",
  errorResponseBuilder: (_req, context) =>
    new ServiceError(
      "rate-limited",
      429,
      `too many requests to this computation; at most ${context.max} a minute, try again in ${context.after}`,
      {},
      { code: "rate-limited.computation", params: { max: context.max } },
    ),
};

/** Spread into a route's `config`: `{ gate: "anyone", ...EXPENSIVE }`. */
export const EXPENSIVE = { rateLimit: limit } as const;
