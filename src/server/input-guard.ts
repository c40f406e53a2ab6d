/**
 * One validation layer in front of every route: before a schema or a handler sees the request,
 * every string in its query, path parameters and JSON body is checked for NUL characters and lone
 * surrogates, nesting is bounded, and numeric query values must be finite and fit a 32-bit
 * integer. A failure is a 400 naming the field, never a 500 from deeper down.
 */
import type { FastifyInstance } from "fastify";
import { badTextReason } from "../core/text/input-text.js";
import { InvalidInputError } from "../services/errors.js";

const MAX_DEPTH = 32;
const MAX_QUERY_NUMBER = 2_147_483_647;
const NUMERIC = /^\s*[+-]?(?:\d+\.?\d*(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?|infinity)\s*$/i;

/** Throws for the first bad string found in `value` (walked without recursion). */
export function assertCleanInput(value: unknown, root: string): void {
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value, path: root, depth: 0 },
  ];
  while (stack.length > 0) {
    const { value: v, path, depth } = stack.pop() as (typeof stack)[number];
    if (typeof v === "string") {
      const reason = badTextReason(v);
      if (reason)
        throw new InvalidInputError(`${path} ${reason}`, path, {
          code: "invalid-input.bad-text",
          params: { field: path },
        });
    } else if (v !== null && typeof v === "object") {
      if (depth >= MAX_DEPTH)
        throw new InvalidInputError(`${path} is nested more than ${MAX_DEPTH} levels deep`, path, {
          code: "invalid-input.too-deep",
          params: { field: path, limit: MAX_DEPTH },
        });
      for (const [key, child] of Object.entries(v)) {
        const reason = badTextReason(key);
        if (reason)
          throw new InvalidInputError(`a field name in ${path} ${reason}`, path, {
            code: "invalid-input.bad-field-name",
            params: { field: path },
          });
        stack.push({ value: child, path: `${path}.${key}`, depth: depth + 1 });
      }
    }
  }
}

function assertQueryNumbers(query: unknown): void {
  if (query === null || typeof query !== "object") return;
  for (const [key, raw] of Object.entries(query)) {
    for (const value of [raw].flat()) {
      if (typeof value !== "string" || !NUMERIC.test(value)) continue;
      const n = Number(value);
      if (!Number.isFinite(n) || Math.abs(n) > MAX_QUERY_NUMBER)
        throw new InvalidInputError(
          `query parameter "${key}" is out of range (${value}); at most ${MAX_QUERY_NUMBER}`,
          `query.${key}`,
          {
            code: "invalid-input.maximum",
            params: { field: `query.${key}`, limit: MAX_QUERY_NUMBER },
          },
        );
    }
  }
}

export function registerInputGuard(app: FastifyInstance): void {
  app.addHook("preValidation", async (req) => {
    assertCleanInput(req.params, "path");
    assertCleanInput(req.query, "query");
    assertQueryNumbers(req.query);
    if (!req.isMultipart()) assertCleanInput(req.body, "body");
  });
}
