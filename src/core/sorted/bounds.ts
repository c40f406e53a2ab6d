/**
 * Binary search in sorted arrays, written once: the readers keep offsets sorted (token starts,
 * quotes, turns, dates, passages, a cleaned text's map) and ask where an offset falls among them.
 * The bounds are the usual pair: `lowerBound` is the first index whose value is at least `x`,
 * `upperBound` the first whose value is above `x`; the index before either is the last entry
 * below (or at most) `x`.
 *
 * @example upperBound([0, 5, 9], 5) - 1 // 1: the last start at or before offset 5
 */

/** Index of the first entry of `sorted[lo, hi)` that is at least `x` (`hi` if none is). */
export function lowerBound(
  sorted: ArrayLike<number>,
  x: number,
  lo = 0,
  hi = sorted.length,
): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first entry of `sorted[lo, hi)` that is above `x` (`hi` if none is). */
export function upperBound(
  sorted: ArrayLike<number>,
  x: number,
  lo = 0,
  hi = sorted.length,
): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** lowerBound over items sorted by `key`: the first item whose key is at least `x`. */
export function lowerBoundBy<T>(items: readonly T[], x: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** upperBound over items sorted by `key`: the first item whose key is above `x`. */
export function upperBoundBy<T>(items: readonly T[], x: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The key of spans kept in text order; one function, so every search calls the same key. */
export const startOf = (span: { readonly start: number }): number => span.start;
