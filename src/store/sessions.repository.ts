/**
 * SQL of sign-in sessions and the server's secrets. A session row is keyed by the SHA-256 of its
 * id, so that a copy of the table does not hand out live cookies.
 */
import type { Queryable } from "./db.js";

export async function readSession(
  db: Queryable,
  idSha256: string,
  now: Date,
): Promise<{ data: Record<string, unknown> } | null> {
  const [row] = await db.query<{ data: Record<string, unknown> }>(
    "SELECT data FROM sessions WHERE id_sha256 = $1 AND expires_at > $2",
    [idSha256, now],
  );
  return row ?? null;
}

export async function writeSession(
  db: Queryable,
  s: { idSha256: string; userId: string | null; data: string; now: Date; expiresAt: Date },
): Promise<void> {
  await db.query(
    `INSERT INTO sessions (id_sha256, user_id, data, created_at, expires_at)
     VALUES ($1, $2, $3::jsonb, $4, $5)
     ON CONFLICT (id_sha256) DO UPDATE SET user_id = $2, data = $3::jsonb, expires_at = $5`,
    [s.idSha256, s.userId, s.data, s.now, s.expiresAt],
  );
}

export async function deleteSession(db: Queryable, idSha256: string): Promise<void> {
  await db.query("DELETE FROM sessions WHERE id_sha256 = $1", [idSha256]);
}

/** Ends every session of a user (disabled, or their password or role changed). */
export async function deleteSessionsOf(db: Queryable, userId: string): Promise<void> {
  await db.query("DELETE FROM sessions WHERE user_id = $1", [userId]);
}

export async function deleteExpiredSessions(db: Queryable, now: Date): Promise<void> {
  await db.query("DELETE FROM sessions WHERE expires_at <= $1", [now]);
}

/** The named secret, created with `fresh` on first use (concurrent starts agree on one). */
export async function serverSecret(db: Queryable, name: string, fresh: string): Promise<string> {
  await db.query(
    "INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
    [name, fresh],
  );
  const [row] = await db.query<{ value: string }>(
    "SELECT value FROM server_secrets WHERE name = $1",
    [name],
  );
  if (!row) throw new Error(`server secret ${name} could not be stored`);
  return row.value;
}
