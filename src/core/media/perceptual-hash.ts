/**
 * @module A 64-bit perceptual hash (pHash: the signs of the lowest 8×8 frequencies of a 32×32
 * discrete cosine transform against their median). Pictures that look alike — re-posted,
 * recompressed, resized, slightly cropped or rotated — get hashes a few bits apart.
 */
import { greyLevels, type Raster, resizeGrey } from "./raster.js";

const SIZE = 32;
const LOW = 8;

/** cos((2x + 1) u π / 2N) for u < LOW, x < SIZE. */
const COS = (() => {
  const table = new Float64Array(LOW * SIZE);
  for (let u = 0; u < LOW; u++) {
    for (let x = 0; x < SIZE; x++)
      table[u * SIZE + x] = Math.cos(((2 * x + 1) * u * Math.PI) / (2 * SIZE));
  }
  return table;
})();

/**
 * The pHash of a picture as 16 lower-case hex digits.
 * @example perceptualHash(raster) // "c3d1e0f08c8e9a1b"
 */
export function perceptualHash(picture: Raster): string {
  const small = resizeGrey(greyLevels(picture), picture.width, picture.height, SIZE, SIZE);
  // Separable DCT-II, only the LOW×LOW coefficients we keep.
  const rows = new Float64Array(SIZE * LOW);
  for (let y = 0; y < SIZE; y++) {
    for (let u = 0; u < LOW; u++) {
      let s = 0;
      for (let x = 0; x < SIZE; x++) s += (small[y * SIZE + x] ?? 0) * (COS[u * SIZE + x] ?? 0);
      rows[y * LOW + u] = s;
    }
  }
  const coeffs = new Float64Array(LOW * LOW);
  for (let v = 0; v < LOW; v++) {
    for (let u = 0; u < LOW; u++) {
      let s = 0;
      for (let y = 0; y < SIZE; y++) s += (rows[y * LOW + u] ?? 0) * (COS[v * SIZE + y] ?? 0);
      coeffs[v * LOW + u] = s;
    }
  }
  // The DC term (overall brightness) is left out of the median so it does not skew it.
  const median = medianOf(coeffs.subarray(1));
  let hex = "";
  for (let nibble = 0; nibble < 16; nibble++) {
    let value = 0;
    for (let bit = 0; bit < 4; bit++)
      value = (value << 1) | ((coeffs[nibble * 4 + bit] ?? 0) > median ? 1 : 0);
    hex += value.toString(16);
  }
  return hex;
}

function medianOf(values: Float64Array): number {
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const HASH_PATTERN = /^[0-9a-f]{16}$/;

/** A hash as two unsigned 32-bit halves, for fast distances. Throws on anything but 16 hex digits. */
export function hashHalves(hash: string): readonly [number, number] {
  if (!HASH_PATTERN.test(hash)) throw new RangeError(`not a 64-bit hash in hex: ${hash}`);
  return [Number.parseInt(hash.slice(0, 8), 16), Number.parseInt(hash.slice(8), 16)];
}

/** Bits set in a 32-bit integer. */
export function popcount32(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Hamming distance between two hashes (0–64). */
export function hashDistance(a: string, b: string): number {
  const [ah, al] = hashHalves(a);
  const [bh, bl] = hashHalves(b);
  return popcount32((ah ^ bh) >>> 0) + popcount32((al ^ bl) >>> 0);
}
