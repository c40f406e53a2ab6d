/**
 * The one interface both drivers implement (embedded PGlite, PostgreSQL server through pg), so
 * that repositories hold plain SQL and never know which store they run on.
 */
export type SqlParam =
  | string
  | number
  | boolean
  | null
  | Date
  | Uint8Array
  /** An array of values (for `unnest`); null elements are SQL NULLs. */
  | readonly (string | number | null)[];

export interface Queryable {
  query<Row>(sql: string, params?: readonly SqlParam[]): Promise<Row[]>;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly driver: "pglite" | "postgres";
  /** Runs fn in one transaction: committed when fn resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Runs SQL as the job queue (pg-boss) sends it: with parameters one statement, without them
   * possibly several (BEGIN; …; COMMIT); returns the rows of the last statement.
   */
  sql(text: string, params?: readonly unknown[]): Promise<{ rows: unknown[] }>;
  /**
   * Calls `onNotify` with the payload of every NOTIFY on `channel` (lowercase letters and
   * underscores), from any process, until the returned function is called; after a lost connection
   * it listens again and calls `onNotify(null)`, as notifications may have been missed meanwhile.
   * Only a PostgreSQL server has it: the embedded store has one process, which needs no message.
   */
  listen?(
    channel: string,
    onNotify: (payload: string | null) => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
