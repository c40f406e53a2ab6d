/**
 * The hierarchical log-linear models of K lists without the K-way interaction: sets of
 * interaction terms closed under taking sub-interactions. All of them for K ≤ 4; for 5 lists all
 * two-way models, and for 6 a forward search, because the full family is astronomically large.
 */

function bitCount(x: number): number {
  let c = 0;
  for (let v = x; v; v &= v - 1) c++;
  return c;
}

/** Candidate interaction terms: subsets of 2..K−1 lists, by order then value. */
export function interactionTerms(listCount: number): number[] {
  const all: number[] = [];
  for (let t = 1; t < 2 ** listCount - 1; t++) if (bitCount(t) >= 2) all.push(t);
  return all.sort((a, b) => bitCount(a) - bitCount(b) || a - b);
}

/** Whether every sub-interaction (two or more lists) of each term is also a term. */
export function isHierarchical(terms: readonly number[]): boolean {
  const set = new Set(terms);
  for (const t of terms) {
    if (bitCount(t) <= 2) continue;
    for (let k = 0; k < 31; k++) if ((t >> k) & 1 && !set.has(t & ~(1 << k))) return false;
  }
  return true;
}

/** Terms that can be added to a hierarchical model keeping it hierarchical. */
export function addableTerms(listCount: number, terms: readonly number[]): number[] {
  const set = new Set(terms);
  return interactionTerms(listCount).filter((t) => !set.has(t) && isHierarchical([...terms, t]));
}

/** Every hierarchical model by exhaustive subsets, for K ≤ 4 (at most 2^10 subsets to check). */
function allHierarchical(listCount: number): number[][] {
  const terms = interactionTerms(listCount);
  const out: number[][] = [];
  for (let mask = 0; mask < 2 ** terms.length; mask++) {
    const chosen = terms.filter((_, i) => (mask >> i) & 1);
    if (isHierarchical(chosen)) out.push(chosen);
  }
  return out;
}

/** Every model made of two-way terms only. */
export function twoWayModels(listCount: number): number[][] {
  const pairs = interactionTerms(listCount).filter((t) => bitCount(t) === 2);
  const out: number[][] = [];
  for (let mask = 0; mask < 2 ** pairs.length; mask++)
    out.push(pairs.filter((_, i) => (mask >> i) & 1));
  return out;
}

/**
 * The models to fit exhaustively for K lists; undefined means the family is too large and a
 * search is needed (see selectLoglinear).
 */
export function exhaustiveModels(listCount: number): number[][] | undefined {
  if (listCount <= 4) return allHierarchical(listCount);
  if (listCount === 5) return twoWayModels(listCount);
  return undefined;
}
