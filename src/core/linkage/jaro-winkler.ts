/**
 * Jaro–Winkler similarity over code arrays (slices of one flat Uint16Array), allocation-free:
 * the hot loop of record comparison calls it millions of times.
 */

const flagsA = new Uint8Array(256);
const flagsB = new Uint8Array(256);

/**
 * Jaro–Winkler similarity of codes[aStart, aEnd) and codes[bStart, bEnd), in [0, 1], with the
 * usual prefix scale 0.1 over at most four characters. Strings longer than 256 are truncated.
 */
export function jaroWinkler(
  codes: Uint16Array,
  aStart: number,
  aEnd: number,
  bStart: number,
  bEnd: number,
): number {
  const la = Math.min(aEnd - aStart, 256);
  const lb = Math.min(bEnd - bStart, 256);
  if (la === 0 || lb === 0) return la === lb ? 1 : 0;
  const window = Math.max(0, (Math.max(la, lb) >> 1) - 1);
  flagsA.fill(0, 0, la);
  flagsB.fill(0, 0, lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window);
    const ca = codes[aStart + i];
    for (let j = lo; j <= hi; j++) {
      if (flagsB[j] === 0 && codes[bStart + j] === ca) {
        flagsA[i] = 1;
        flagsB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (flagsA[i] === 0) continue;
    while (flagsB[k] === 0) k++;
    if (codes[aStart + i] !== codes[bStart + k]) transpositions++;
    k++;
  }
  const m = matches;
  const jaro = (m / la + m / lb + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  const maxPrefix = Math.min(4, la, lb);
  while (prefix < maxPrefix && codes[aStart + prefix] === codes[bStart + prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Jaro–Winkler similarity of two strings (convenience for tests and small inputs). */
export function jaroWinklerStrings(a: string, b: string): number {
  const codes = new Uint16Array(a.length + b.length);
  for (let i = 0; i < a.length; i++) codes[i] = a.charCodeAt(i);
  for (let i = 0; i < b.length; i++) codes[a.length + i] = b.charCodeAt(i);
  return jaroWinkler(codes, 0, a.length, a.length, a.length + b.length);
}
