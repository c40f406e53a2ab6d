/** Refuses input that cannot be text worth reading, before any scanning starts. */
import { notText } from "../text/binary-text.js";

/** Largest input read in one call: a compilation is a few MB; anything larger should be split. */
export const MAX_INPUT_CHARS = 16 * 1024 * 1024;

/**
 * Throws a RangeError naming the problem when `text` is too large or is not text (core/text's
 * `notText`: a NUL, or many control characters, as when a PDF is passed instead of its text).
 */
export function assertReadableText(text: string): void {
  if (text.length > MAX_INPUT_CHARS) {
    throw new RangeError(
      `text of ${text.length} characters is over the limit of ${MAX_INPUT_CHARS}; split it first`,
    );
  }
  // The readers' rule, so that a stored text is never refused here as binary.
  const problem = notText(text);
  if (problem)
    throw new RangeError(`input is not text: ${problem.message} at position ${problem.index}`);
}
