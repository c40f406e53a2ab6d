/** Works out the caller from the request: the operator token as a bearer token, or anonymous. */
import { timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { ANONYMOUS, type Caller } from "../services/caller.js";
import { UnauthorizedError } from "../services/errors.js";

export function callerResolver(operatorToken: string) {
  const expected = Buffer.from(operatorToken);
  return (request: FastifyRequest): Caller => {
    const header = request.headers.authorization;
    if (header === undefined) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthorizedError("the Authorization header must be 'Bearer <token>'");
    const given = Buffer.from(match[1] as string);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new UnauthorizedError("the token is not valid");
    }
    const actor = request.headers["x-casefile-actor"];
    return {
      kind: "operator",
      name:
        typeof actor === "string" && actor.trim() !== ""
          ? `operator:${actor.trim().slice(0, 100)}`
          : "operator",
    };
  };
}
export type CallerResolver = ReturnType<typeof callerResolver>;
