/**
 * Expected failures of use cases. The server turns them into RFC 9457 problem details with the
 * matching status and a stable code (core/problems) that the web application words in the
 * reader's language; the CLI prints the message and exits non-zero.
 */
import type { CodedProblem, ProblemCode, ProblemParams } from "../core/problems/problem-codes.js";
import { type TextFieldRule, textFieldProblem } from "../core/problems/text-field.js";
import type { ReadErrorCode } from "../ingest/readers/read-error.js";

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

/** A failure's code and the values its message names; without one, its type's general code. */
export type Coded = CodedProblem;

export class ServiceError extends Error {
  readonly code: ProblemCode;
  readonly params: ProblemParams;

  constructor(
    readonly type: ProblemType,
    readonly status: number,
    message: string,
    readonly details: Record<string, string | number> = {},
    coded: Coded = { code: type },
  ) {
    super(message);
    this.name = "ServiceError";
    this.code = coded.code;
    this.params = coded.params ?? {};
  }
}

export class NotFoundError extends ServiceError {
  constructor(what: string, coded?: Coded) {
    super("not-found", 404, `${what} not found`, {}, coded);
  }
}

export class UnauthorizedError extends ServiceError {
  constructor(message: string, coded?: Coded) {
    super("unauthorized", 401, message, {}, coded);
  }
}

export class ForbiddenError extends ServiceError {
  constructor(message: string, coded?: Coded) {
    super("forbidden", 403, message, {}, coded);
  }
}

export class InvalidInputError extends ServiceError {
  constructor(message: string, field?: string, coded?: Coded) {
    super("invalid-input", 400, message, field ? { field } : {}, coded);
  }
}

/** Refuses a field's text that breaks its rule (core/problems/text-field.ts), naming the field. */
export function checkTextField(
  field: string,
  value: string | null | undefined,
  rule: TextFieldRule,
): void {
  const problem = textFieldProblem(field, value, rule);
  if (problem) throw new InvalidInputError(`${field}: ${problem.reason}`, field, problem.coded);
}

const UNREADABLE: Readonly<Record<ReadErrorCode, Extract<ProblemCode, `unreadable.${string}`>>> = {
  empty: "unreadable.empty",
  corrupt: "unreadable.corrupt",
  unreadable: "unreadable.unreadable",
  unsupported_type: "unreadable.unsupported-type",
  binary: "unreadable.binary",
  too_large: "unreadable.too-large",
};

/** The code of a reader's refusal of a file, naming the file. */
export function unreadable(code: ReadErrorCode, file: string): Coded {
  return { code: UNREADABLE[code], params: { file } };
}
