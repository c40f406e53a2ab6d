/** The one error type the document readers throw: a code the caller can act on and a message a person can read. */

export type ReadErrorCode =
  | "empty"
  | "unsupported_type"
  | "too_large"
  | "corrupt"
  | "unreadable"
  | "binary";

/** A document that cannot be turned into text, and why. */
export class ReadError extends Error {
  override readonly name = "ReadError";
  readonly code: ReadErrorCode;

  constructor(code: ReadErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** The message of anything thrown, for wrapping a parser's failure in a ReadError. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
