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

/**
 * upperBound(sorted, x), searched from `hint` (an index near the answer, such as the last
 * search's): steps doubling outward from it, then bisection between the last two, so that a
 * search near the last one takes two or three steps where bisecting a long array takes a dozen.
 */
export function upperBoundNear(sorted: ArrayLike<number>, x: number, hint: number): number {
  const n = sorted.length;
  // Always sorted[lo] <= x < sorted[hi], with -1 and n standing for the ends.
  let lo = -1;
  let hi = n;
  if (hint >= 0 && hint < n) {
    let step = 1;
    if (sorted[hint]! <= x) {
      lo = hint;
      hi = hint + 1;
      while (hi < n && sorted[hi]! <= x) {
        lo = hi;
        hi = lo + step;
        step *= 2;
      }
      if (hi > n) hi = n;
    } else {
      hi = hint;
      lo = hint - 1;
      while (lo >= 0 && sorted[lo]! > x) {
        hi = lo;
        lo = hi - step;
        step *= 2;
      }
      if (lo < -1) lo = -1;
    }
  }
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid;
    else hi = mid;
  }
  return hi;
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
