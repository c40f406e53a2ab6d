/** Drawing from a list with Zipf weights: the first entries are common, the tail is rare. */
import type { Rng } from "../estimation/random.js";
import { lowerBound } from "../sorted/bounds.js";

export interface ZipfPool<T> {
  draw(rng: Rng): T;
}

/** A pool whose i-th entry has weight 1/(i+1)^exponent. */
export function zipfPool<T>(items: readonly T[], exponent = 0.8): ZipfPool<T> {
  const cumulative = new Float64Array(items.length);
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    total += 1 / (i + 1) ** exponent;
    cumulative[i] = total;
  }
  return {
    draw(rng) {
      const u = rng.next() * total;
      // Searched short of the last entry, which is drawn when u lies beyond all the others.
      return items[lowerBound(cumulative, u, 0, items.length - 1)]!;
    },
  };
}
