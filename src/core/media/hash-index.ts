/**
 * @module An index of 64-bit perceptual hashes for Hamming-radius search by multi-index hashing
 * (Norouzi, Punjani & Fleet, "Fast search in Hamming space with multi-index hashing", 2012).
 * Each hash is cut into four 16-bit bands and filed under each band's value. Two hashes within
 * r bits differ, by the pigeonhole principle, in at most ⌊r/4⌋ bits of some band, so probing in
 * each band every value within ⌊r/4⌋ bits of the query's band finds every answer; each candidate
 * is then checked on all 64 bits, so the answer is exact. For the near-duplicate radius (14 bits:
 * 3 per band, 697 probes per band) a query touches a few thousand stored hashes instead of all of
 * them. Bands of exact equality would need 15 bands of ~4 bits for that radius, each too coarse
 * to select anything; a BK-tree prunes almost nothing at that radius (see BENCHMARKS.md).
 */
import { popcount32 as bits, hashHalves } from "./perceptual-hash.js";

export interface HashMatch<T> {
  /** Which of the query's hashes matched (its position in the query). */
  readonly query: number;
  readonly item: T;
  readonly distance: number;
}

const BANDS = 4;
const BAND_VALUES = 1 << 16;

/**
 * Every 16-bit value ordered by its number of bits set; `upTo[k]` counts those with ≤ k bits.
 * Built at the first search, not at import: every CLI start and test process loads this module.
 */
let probes: { masks: Uint16Array; upTo: Uint32Array } | null = null;
function probeTable(): { masks: Uint16Array; upTo: Uint32Array } {
  probes ??= buildProbes();
  return probes;
}

function buildProbes(): { masks: Uint16Array; upTo: Uint32Array } {
  const values = Array.from({ length: BAND_VALUES }, (_, v) => v).sort((a, b) => bits(a) - bits(b));
  const upTo = new Uint32Array(17);
  for (const v of values) upTo[bits(v)] = (upTo[bits(v)] ?? 0) + 1;
  for (let k = 1; k <= 16; k++) upTo[k] = (upTo[k] ?? 0) + (upTo[k - 1] ?? 0);
  return { masks: Uint16Array.from(values), upTo };
}

/** The value of band `b` (0–3, high bits first) of a hash given as its two halves. */
function band(hi: number, lo: number, b: number): number {
  const half = b < 2 ? hi : lo;
  return b % 2 === 0 ? half >>> 16 : half & 0xffff;
}

export class HashIndex<T> {
  #halves = new Uint32Array(2 * 1024);
  #items: T[] = [];
  /** Per band, stored positions grouped by band value (CSR: `starts` into `members`); rebuilt lazily. */
  #buckets: { starts: Uint32Array; members: Uint32Array }[] | null = null;
  /** Per stored position, the last query hash that reached it, so one band's find is not repeated. */
  #seen = new Int32Array(0);

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
    this.#buckets = null;
  }

  /** Every (query hash, stored item) pair within `radius` bits, in stored order. */
  within(hashes: readonly string[], radius: number): HashMatch<T>[] {
    const buckets = this.#bucketsNow();
    const halves = this.#halves;
    const seen = this.#seen;
    seen.fill(-1);
    const table = probeTable();
    const masks = table.masks;
    const probes = table.upTo[Math.min(16, Math.floor(radius / BANDS))] as number;
    // Matches as (stored position, query, distance) triples, packed for one numeric sort.
    const found: number[] = [];
    const nq = hashes.length;
    for (let q = 0; q < nq; q++) {
      const [qHi, qLo] = hashHalves(hashes[q] as string);
      for (let b = 0; b < BANDS; b++) {
        const { starts, members } = buckets[b] as { starts: Uint32Array; members: Uint32Array };
        const value = band(qHi, qLo, b);
        for (let p = 0; p < probes; p++) {
          const bucket = value ^ (masks[p] as number);
          const end = starts[bucket + 1] as number;
          for (let m = starts[bucket] as number; m < end; m++) {
            const at = members[m] as number;
            if (seen[at] === q) continue;
            seen[at] = q;
            const d =
              bits((halves[2 * at] as number) ^ qHi) + bits((halves[2 * at + 1] as number) ^ qLo);
            if (d <= radius) found.push((at * nq + q) * 65 + d);
          }
        }
      }
    }
    found.sort((x, y) => x - y);
    return found.map((key) => {
      const distance = key % 65;
      const pair = (key - distance) / 65;
      const query = pair % nq;
      return { query, item: this.#items[(pair - query) / nq] as T, distance };
    });
  }

  /** The band buckets of what is stored, built by counting sort on first use after a change. */
  #bucketsNow(): { starts: Uint32Array; members: Uint32Array }[] {
    if (this.#buckets) return this.#buckets;
    const n = this.#items.length;
    const halves = this.#halves;
    this.#buckets = Array.from({ length: BANDS }, (_, b) => {
      const starts = new Uint32Array(BAND_VALUES + 1);
      for (let i = 0; i < n; i++)
        starts[band(halves[2 * i] as number, halves[2 * i + 1] as number, b) + 1]++;
      for (let v = 0; v < BAND_VALUES; v++)
        starts[v + 1] = (starts[v + 1] as number) + (starts[v] as number);
      const next = starts.slice(0, BAND_VALUES);
      const members = new Uint32Array(n);
      for (let i = 0; i < n; i++) {
        const value = band(halves[2 * i] as number, halves[2 * i + 1] as number, b);
        members[next[value] as number] = i;
        next[value] = (next[value] as number) + 1;
      }
      return { starts, members };
    });
    this.#seen = new Int32Array(n);
    return this.#buckets;
  }
}
