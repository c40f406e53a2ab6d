import { startOf, upperBoundBy } from "../sorted/bounds.js";

/**
 * Finds the passage that holds an offset (-1 if none does): the last passage starting at or
 * before it, if the offset falls before its end (passages are in text order and never overlap).
 */
export function passageIndexAt(
  passages: readonly { start: number; end: number }[],
  offset: number,
): number {
  const index = upperBoundBy(passages, offset, startOf) - 1;
  return index >= 0 && offset < passages[index]!.end ? index : -1;
}
