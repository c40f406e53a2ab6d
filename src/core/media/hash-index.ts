/**
 * @module An index of 64-bit perceptual hashes searched by a linear popcount scan. The hashes sit
 * in one Uint32Array (high and low half side by side), and a query compares all of its hashes
 * with each stored one in a single pass. A BK-tree was tried first and measured ~20 s per query
 * over 100,000 hashes: with 64-bit hashes and a 14-bit radius the triangle inequality prunes
 * almost nothing, while the plain scan touches each stored hash once (see BENCHMARKS.md).
 */
import { hashHalves } from "./perceptual-hash.js";

export interface HashMatch<T> {
  /** Which of the query's hashes matched (its position in the query). */
  readonly query: number;
  readonly item: T;
  readonly distance: number;
}

/** Bits set in a 32-bit integer (bit-parallel; Math.imul keeps the product in 32 bits). */
function bits(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

export class HashIndex<T> {
  #halves = new Uint32Array(2 * 1024);
  #items: T[] = [];

  get size(): number {
    return this.#items.length;
  }

  /** Adds an item under its hash (16 hex digits). */
  add(hash: string, item: T): void {
    const [hi, lo] = hashHalves(hash);
    const at = this.#items.length;
    if (2 * at + 2 > this.#halves.length) {
      const grown = new Uint32Array(this.#halves.length * 2);
      grown.set(this.#halves);
      this.#halves = grown;
    }
    this.#halves[2 * at] = hi;
    this.#halves[2 * at + 1] = lo;
    this.#items.push(item);
  }

  /** Every (query hash, stored item) pair within `radius` bits, in stored order. */
  within(hashes: readonly string[], radius: number): HashMatch<T>[] {
    const queries = new Uint32Array(2 * hashes.length);
    hashes.forEach((hash, q) => {
      const [hi, lo] = hashHalves(hash);
      queries[2 * q] = hi;
      queries[2 * q + 1] = lo;
    });
    const out: HashMatch<T>[] = [];
    const halves = this.#halves;
    const n = this.#items.length;
    const qn = queries.length;
    for (let i = 0; i < n; i++) {
      const hi = halves[2 * i] as number;
      const lo = halves[2 * i + 1] as number;
      for (let q = 0; q < qn; q += 2) {
        const dHi = bits((hi ^ (queries[q] as number)) >>> 0);
        if (dHi > radius) continue;
        const d = dHi + bits((lo ^ (queries[q + 1] as number)) >>> 0);
        if (d <= radius) out.push({ query: q >>> 1, item: this.#items[i] as T, distance: d });
      }
    }
    return out;
  }
}
