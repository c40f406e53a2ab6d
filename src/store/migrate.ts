/**
 * Applies the plain-SQL migrations in /migrations in name order, each in its own transaction,
 * recording them in schema_migrations. The same files serve PGlite and PostgreSQL.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Db } from "./db.js";

// Two levels up from src/store or dist/store is the package root.
const MIGRATIONS_DIR = fileURLToPath(new URL("../../migrations/", import.meta.url));

export async function migrate(db: Db): Promise<string[]> {
  await db.exec(
    "CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
  );
  // Several API processes may start at once against one server: one applies, the others wait.
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(4242001)");
    const done = new Set(
      (await tx.query<{ name: string }>("SELECT name FROM schema_migrations")).map((r) => r.name),
    );
    const applied: string[] = [];
    for (const name of readdirSync(MIGRATIONS_DIR)
      .filter((f) => f.endsWith(".sql"))
      .sort()) {
      if (done.has(name)) continue;
      await tx.exec(readFileSync(`${MIGRATIONS_DIR}${name}`, "utf8"));
      await tx.query("INSERT INTO schema_migrations (name) VALUES ($1)", [name]);
      applied.push(name);
    }
    return applied;
  });
}
