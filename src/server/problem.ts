/**
 * Errors as RFC 9457 problem details (application/problem+json). Expected failures keep their
 * message; anything unexpected becomes a 500 without internals, logged on the server.
 */
import type { Socket } from "node:net";
import type { FastifyError, FastifyInstance } from "fastify";
import { ServiceError } from "../services/errors.js";

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  [extension: string]: string | number | undefined;
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
  type: string,
  detail: string,
  extra: Record<string, string | number> = {},
): Problem {
  return {
    type: `https://casefile.dev/problems/${type}`,
    title: TITLES[status] ?? "Error",
    status,
    detail,
    ...extra,
  };
}

/** The field a schema failure is about ("claimant.role"), so that a form can show it there. */
function fieldOf(validation: NonNullable<FastifyError["validation"]>): Record<string, string> {
  const first = validation[0];
  if (!first) return {};
  const path = first.instancePath.replace(/^\//, "").replaceAll("/", ".");
  const missing = first.params.missingProperty;
  const field = [path, typeof missing === "string" ? missing : ""].filter(Boolean).join(".");
  return field ? { field } : {};
}

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let body: Problem;
    if (error instanceof ServiceError) {
      body = problem(error.status, error.type, error.message, error.details);
    } else if (error.validation) {
      body = problem(
        400,
        "invalid-input",
        `${error.validationContext ?? "request"} ${error.message}`,
        fieldOf(error.validation),
      );
    } else if (
      error.code === "FST_REQ_FILE_TOO_LARGE" ||
      error.code === "FST_ERR_CTP_BODY_TOO_LARGE"
    ) {
      body = problem(413, "too-large", "the request body is over the size limit");
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
