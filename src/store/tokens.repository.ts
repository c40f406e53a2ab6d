/** SQL of API tokens. Only the token's SHA-256 is stored; the token is shown once at creation. */
import type { TokenScope } from "../core/model/account.js";
import type { Queryable } from "./db.js";

export interface TokenRecord {
  readonly id: string;
  readonly userId: string;
  readonly username: string;
  readonly name: string;
  readonly scope: TokenScope;
  readonly caseId: string | null;
  readonly createdAt: Date;
  readonly createdBy: string;
  readonly expiresAt: Date | null;
  readonly revokedAt: Date | null;
  readonly lastUsedAt: Date | null;
}

interface TokenRow {
  id: string;
  user_id: string;
  username: string;
  name: string;
  scope: TokenScope;
  case_id: string | null;
  created_at: Date;
  created_by: string;
  expires_at: Date | null;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

const SELECT = `SELECT t.id, t.user_id, u.username, t.name, t.scope, t.case_id, t.created_at, t.created_by,
  t.expires_at, t.revoked_at, t.last_used_at FROM api_tokens t JOIN users u ON u.id = t.user_id`;

function toToken(r: TokenRow): TokenRecord {
  return {
    id: r.id,
    userId: r.user_id,
    username: r.username,
    name: r.name,
    scope: r.scope,
    caseId: r.case_id,
    createdAt: r.created_at,
    createdBy: r.created_by,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
    lastUsedAt: r.last_used_at,
  };
}

export async function insertToken(
  tx: Queryable,
  t: Omit<TokenRecord, "username" | "revokedAt" | "lastUsedAt"> & { tokenSha256: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO api_tokens (id, user_id, name, token_sha256, scope, case_id, created_at, created_by, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      t.id,
      t.userId,
      t.name,
      t.tokenSha256,
      t.scope,
      t.caseId,
      t.createdAt,
      t.createdBy,
      t.expiresAt,
    ],
  );
}

export async function tokenByHash(db: Queryable, sha256: string): Promise<TokenRecord | null> {
  const [row] = await db.query<TokenRow>(`${SELECT} WHERE t.token_sha256 = $1`, [sha256]);
  return row ? toToken(row) : null;
}

export async function tokenById(db: Queryable, id: string): Promise<TokenRecord | null> {
  const [row] = await db.query<TokenRow>(`${SELECT} WHERE t.id = $1`, [id]);
  return row ? toToken(row) : null;
}

export async function listTokens(db: Queryable, userId: string | null): Promise<TokenRecord[]> {
  const rows =
    userId === null
      ? await db.query<TokenRow>(`${SELECT} ORDER BY t.created_at DESC`)
      : await db.query<TokenRow>(`${SELECT} WHERE t.user_id = $1 ORDER BY t.created_at DESC`, [
          userId,
        ]);
  return rows.map(toToken);
}

export async function revokeToken(tx: Queryable, id: string, at: Date): Promise<void> {
  await tx.query("UPDATE api_tokens SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL", [
    id,
    at,
  ]);
}

export async function touchToken(db: Queryable, id: string, at: Date): Promise<void> {
  await db.query("UPDATE api_tokens SET last_used_at = $2 WHERE id = $1", [id, at]);
}
