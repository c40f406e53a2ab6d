/** What one benchmark reports: a named measurement with its unit, plus free-form details. */
export interface BenchRow {
  readonly bench: string;
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  readonly details?: Record<string, string | number | boolean | null>;
}

export type Bench = () => Promise<BenchRow[]>;

/** Wall time of fn in milliseconds, with its result. */
export async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const t0 = performance.now();
  const result = await fn();
  return { ms: performance.now() - t0, result };
}
