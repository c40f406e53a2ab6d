/** The two-list estimators in closed form, for checks and for readers who want the textbook number. */

/** Lincoln–Petersen: n1·n2/m, infinite when the lists share no one. */
export function lincolnPetersen(n1: number, n2: number, m: number): number {
  return m === 0 ? Infinity : (n1 * n2) / m;
}

/** Chapman's nearly unbiased variant: (n1+1)(n2+1)/(m+1) − 1, finite even when m = 0. */
export function chapman(n1: number, n2: number, m: number): number {
  return ((n1 + 1) * (n2 + 1)) / (m + 1) - 1;
}
