/**
 * Comparison patterns (one level per comparator) interned as small integers: millions of pairs
 * share a few thousand patterns, so EM and weights work per pattern, not per pair.
 */
import type { Comparator } from "./comparators.js";

export class PatternTable {
  readonly comparators: readonly Comparator[];
  /** Radix of each comparator: its levels plus "missing". */
  readonly radix: Int32Array;
  private readonly index = new Map<number, number>();
  private flat: Uint8Array = new Uint8Array(1024);
  private n = 0;
  private readonly scratch: Uint8Array;

  constructor(comparators: readonly Comparator[]) {
    // Keep the code below 2^53 so that it is an exact double; drop trailing comparators otherwise.
    let capacity = 1;
    const kept: Comparator[] = [];
    for (const c of comparators) {
      if (capacity * (c.levels.length + 1) > 2 ** 52) break;
      capacity *= c.levels.length + 1;
      kept.push(c);
    }
    this.comparators = kept;
    this.radix = Int32Array.from(kept, (c) => c.levels.length + 1);
    this.scratch = new Uint8Array(kept.length);
  }

  get fieldCount(): number {
    return this.comparators.length;
  }

  /** Number of distinct patterns seen. */
  get size(): number {
    return this.n;
  }

  /** Levels of every pattern, pattern p at [p * fieldCount, (p + 1) * fieldCount). */
  get levels(): Uint8Array {
    return this.flat.subarray(0, this.n * this.comparators.length);
  }

  /** Compares records i and j and returns the index of their pattern. */
  indexOf(i: number, j: number): number {
    const cs = this.comparators;
    let code = 0;
    for (let f = 0; f < cs.length; f++) {
      const level = cs[f]!.level(i, j);
      this.scratch[f] = level;
      code = code * this.radix[f]! + level;
    }
    let p = this.index.get(code);
    if (p === undefined) {
      p = this.n++;
      this.index.set(code, p);
      const F = cs.length;
      if ((p + 1) * F > this.flat.length) {
        const bigger = new Uint8Array(this.flat.length * 2 + F);
        bigger.set(this.flat);
        this.flat = bigger;
      }
      this.flat.set(this.scratch, p * F);
    }
    return p;
  }
}
