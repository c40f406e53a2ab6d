/**
 * Time bounds for parsers. A promise race stops waiting at the deadline; parsers that work page
 * by page also call `check()` between pages so that they stop working, not only being waited on.
 */
import { ReadError } from "./read-error.js";

export interface Deadline {
  /** Throws a ReadError "unreadable" once the time is up. */
  check(): void;
  /** Resolves `work`, or rejects with a ReadError "unreadable" when the time runs out first. */
  race<T>(work: Promise<T>): Promise<T>;
}

/** A deadline `timeoutMs` from now for reading `what` ("the PDF"). */
export function startDeadline(timeoutMs: number, what: string): Deadline {
  const at = Date.now() + timeoutMs;
  const timeout = () =>
    new ReadError("unreadable", `reading ${what} took longer than ${timeoutMs} ms and was stopped`);
  return {
    check() {
      if (Date.now() > at) throw timeout();
    },
    race<T>(work: Promise<T>): Promise<T> {
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(timeout()), Math.max(0, at - Date.now()));
      });
      return Promise.race([work, expired]).finally(() => clearTimeout(timer));
    },
  };
}
