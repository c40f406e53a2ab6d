/**
 * Errors as RFC 9457 problem details (application/problem+json). Expected failures keep their
 * message; anything unexpected becomes a 500 without internals, logged on the server. Every
 * problem carries a stable `code` (core/problems) and the `params` its message names, so that
 * the web application can say it in the reader's language.
 */
import type { Socket } from "node:net";
import type { FastifyError, FastifyInstance } from "fastify";
import type { ProblemCode, ProblemParams } from "../core/problems/problem-codes.js";
import { ServiceError } from "../services/errors.js";

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  params: ProblemParams;
  instance?: string;
  [extension: string]: string | number | ProblemParams | undefined;
}

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  408: "Request Timeout",
  422: "Unprocessable Content",
  431: "Request Header Fields Too Large",
  416: "Range Not Satisfiable",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

export function problem(
  status: number,
  type: ProblemCode,
  detail: string,
  extra: Record<string, string | number> = {},
  code: ProblemCode = type,
  params: ProblemParams = {},
): Problem {
  return {
    ...extra,
    type: `https://casefile.dev/problems/${type}`,
    title: TITLES[status] ?? "Error",
    status,
    detail,
    code,
    params,
  };
}

/** JSON Schema keywords (ajv's) and the code of a failure of each; others get the general one. */
const KEYWORD_CODES: Readonly<Record<string, ProblemCode>> = {
  required: "invalid-input.required",
  type: "invalid-input.type",
  minLength: "invalid-input.min-length",
  maxLength: "invalid-input.max-length",
  pattern: "invalid-input.pattern",
  format: "invalid-input.format",
  enum: "invalid-input.enum",
  const: "invalid-input.enum",
  minimum: "invalid-input.minimum",
  exclusiveMinimum: "invalid-input.minimum",
  maximum: "invalid-input.maximum",
  exclusiveMaximum: "invalid-input.maximum",
  minItems: "invalid-input.min-items",
  maxItems: "invalid-input.max-items",
  additionalProperties: "invalid-input.additional-property",
  anyOf: "invalid-input.one-of",
  oneOf: "invalid-input.one-of",
};

/**
 * The field a schema failure is about ("claimant.role"), so that a form can show it there, and
 * its code with the values its message names (the limit, the allowed values, the type).
 */
function schemaFailure(validation: NonNullable<FastifyError["validation"]>): {
  field: Record<string, string>;
  code: ProblemCode;
  params: ProblemParams;
} {
  const first = validation[0];
  if (!first) return { field: {}, code: "invalid-input", params: {} };
  const path = first.instancePath.replace(/^\//, "").replaceAll("/", ".");
  const missing = first.params.missingProperty;
  const field = [path, typeof missing === "string" ? missing : ""].filter(Boolean).join(".");
  const p = first.params;
  const params: Record<string, string | number> = { field };
  if (typeof p.limit === "number") params.limit = p.limit;
  if (typeof p.type === "string") params.type = p.type;
  if (typeof p.format === "string") params.format = p.format;
  if (typeof p.additionalProperty === "string") params.property = p.additionalProperty;
  // A choice of literals fails as one `const` per branch and an `anyOf`: name every branch.
  const here = validation.filter((v) => v.instancePath === first.instancePath);
  const choices = here.flatMap((v) =>
    v.keyword === "const"
      ? [v.params.allowedValue]
      : v.keyword === "enum" && Array.isArray(v.params.allowedValues)
        ? v.params.allowedValues
        : [],
  );
  const choice =
    choices.length > 0 && here.every((v) => ["const", "enum", "anyOf"].includes(v.keyword));
  if (choice) params.allowed = choices.map(String).join(", ");
  return {
    field: field ? { field } : {},
    code: choice ? "invalid-input.enum" : (KEYWORD_CODES[first.keyword] ?? "invalid-input"),
    params,
  };
}

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let body: Problem;
    if (error instanceof ServiceError) {
      body = problem(
        error.status,
        error.type,
        error.message,
        error.details,
        error.code,
        error.params,
      );
    } else if (error.validation) {
      const failure = schemaFailure(error.validation);
      body = problem(
        400,
        "invalid-input",
        `${error.validationContext ?? "request"} ${error.message}`,
        failure.field,
        failure.code,
        failure.params,
      );
    } else if (
      error.code === "FST_REQ_FILE_TOO_LARGE" ||
      error.code === "FST_ERR_CTP_BODY_TOO_LARGE"
    ) {
      body = problem(
        413,
        "too-large",
        "the request body is over the size limit",
        {},
        "too-large.body",
      );
    } else if (error.code?.startsWith("FST_CSRF")) {
      body = problem(403, "csrf", error.message);
    } else if (
      typeof error.statusCode === "number" &&
      error.statusCode >= 400 &&
      error.statusCode < 500
    ) {
      body = problem(
        error.statusCode,
        error.statusCode === 415 ? "unsupported-type" : "bad-request",
        error.message,
      );
    } else {
      request.log.error({ err: error }, "unexpected error");
      body = problem(500, "internal", "an unexpected error occurred; it has been logged");
    }
    body.instance = request.url;
    return reply.status(body.status).type("application/problem+json").send(body);
  });
}

/**
 * Node's HTTP parser refuses some requests before Fastify sees them (headers over 16 KB, a broken
 * request line, a request that took too long): the same problem shape, then the socket closes.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) return;
  const status =
    error.code === "HPE_HEADER_OVERFLOW"
      ? 431
      : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? 408
        : 400;
  const detail =
    status === 431
      ? "the request's headers (or its URL) are over the size limit"
      : status === 408
        ? "the request did not arrive in time"
        : "the request is malformed";
  const body = JSON.stringify(problem(status, "bad-request", detail));
  socket.end(
    `HTTP/1.1 ${status} ${TITLES[status] ?? "Bad Request"}\r\ncontent-type: application/problem+json\r\nx-content-type-options: nosniff\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}
