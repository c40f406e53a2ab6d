/** Finds the passage that holds an offset, by binary search over passages in text order. */
export function passageIndexAt(
  passages: readonly { start: number; end: number }[],
  offset: number,
): number {
  let lo = 0;
  let hi = passages.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = passages[mid] as { start: number; end: number };
    if (offset < p.start) hi = mid - 1;
    else if (offset >= p.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
