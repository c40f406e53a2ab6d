/** Paging as every list use case takes it: limit clamped to [1, max] (with a default), offset ≥ 0. */
export function pageOf(
  limit: number | undefined,
  offset: number | undefined,
  fallback: number,
  max: number,
): { limit: number; offset: number } {
  return { limit: Math.min(Math.max(limit ?? fallback, 1), max), offset: Math.max(offset ?? 0, 0) };
}
