/**
 * Expected failures of use cases. The server turns them into RFC 9457 problem details with the
 * matching status; the CLI prints the message and exits non-zero.
 */
export type ProblemType =
  | "not-found"
  | "unauthorized"
  | "forbidden"
  | "invalid-input"
  | "conflict"
  | "unprocessable"
  | "too-large"
  | "unsupported-type"
  | "store-busy"
  | "rate-limited"
  | "csrf"
  | "capture-refused"
  | "capture-failed"
  | "range-not-satisfiable";

export class ServiceError extends Error {
  constructor(
    readonly type: ProblemType,
    readonly status: number,
    message: string,
    readonly details: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = "ServiceError";
  }
}

export class NotFoundError extends ServiceError {
  constructor(what: string) {
    super("not-found", 404, `${what} not found`);
  }
}

export class UnauthorizedError extends ServiceError {
  constructor(message: string) {
    super("unauthorized", 401, message);
  }
}

export class ForbiddenError extends ServiceError {
  constructor(message: string) {
    super("forbidden", 403, message);
  }
}

export class InvalidInputError extends ServiceError {
  constructor(message: string, field?: string) {
    super("invalid-input", 400, message, field ? { field } : {});
  }
}
