/** SQL of users, groups and group membership. Returns plain records; no policy here. */
import type { Role } from "../core/model/account.js";
import type { Queryable } from "./db.js";

export interface UserRecord {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly passwordHash: string;
  readonly createdAt: Date;
  readonly createdBy: string;
  readonly disabledAt: Date | null;
  readonly groups: readonly string[];
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  created_at: Date;
  created_by: string;
  disabled_at: Date | null;
  groups: string[] | null;
}

const USER_SELECT = `SELECT u.id, u.username, u.display_name, u.role, u.password_hash, u.created_at, u.created_by,
  u.disabled_at,
  ARRAY(SELECT g.name FROM group_members m JOIN groups g ON g.id = m.group_id
        WHERE m.user_id = u.id ORDER BY g.name) AS groups
  FROM users u`;

function toUser(r: UserRow): UserRecord {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    passwordHash: r.password_hash,
    createdAt: r.created_at,
    createdBy: r.created_by,
    disabledAt: r.disabled_at,
    groups: r.groups ?? [],
  };
}

export async function insertUser(
  tx: Queryable,
  u: Omit<UserRecord, "disabledAt" | "groups">,
): Promise<void> {
  await tx.query(
    `INSERT INTO users (id, username, display_name, role, password_hash, created_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [u.id, u.username, u.displayName, u.role, u.passwordHash, u.createdAt, u.createdBy],
  );
}

export async function userByName(db: Queryable, username: string): Promise<UserRecord | null> {
  const [row] = await db.query<UserRow>(`${USER_SELECT} WHERE u.username = $1`, [username]);
  return row ? toUser(row) : null;
}

export async function userById(db: Queryable, id: string): Promise<UserRecord | null> {
  const [row] = await db.query<UserRow>(`${USER_SELECT} WHERE u.id = $1`, [id]);
  return row ? toUser(row) : null;
}

export async function listUsers(db: Queryable): Promise<UserRecord[]> {
  return (await db.query<UserRow>(`${USER_SELECT} ORDER BY u.username`)).map(toUser);
}

export async function countActiveAdmins(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND disabled_at IS NULL",
  );
  return Number(row?.n ?? 0);
}

export async function setUserRole(tx: Queryable, id: string, role: Role): Promise<void> {
  await tx.query("UPDATE users SET role = $2 WHERE id = $1", [id, role]);
}

export async function setUserPassword(tx: Queryable, id: string, hash: string): Promise<void> {
  await tx.query("UPDATE users SET password_hash = $2 WHERE id = $1", [id, hash]);
}

export async function setUserDisabled(tx: Queryable, id: string, at: Date | null): Promise<void> {
  await tx.query("UPDATE users SET disabled_at = $2 WHERE id = $1", [id, at]);
}

export interface GroupRecord {
  readonly id: string;
  readonly name: string;
  readonly members: readonly string[];
}

export async function insertGroup(
  tx: Queryable,
  g: { id: string; name: string; createdAt: Date; createdBy: string },
): Promise<void> {
  await tx.query("INSERT INTO groups (id, name, created_at, created_by) VALUES ($1, $2, $3, $4)", [
    g.id,
    g.name,
    g.createdAt,
    g.createdBy,
  ]);
}

export async function listGroups(db: Queryable): Promise<GroupRecord[]> {
  const rows = await db.query<{ id: string; name: string; members: string[] | null }>(
    `SELECT g.id, g.name, ARRAY(SELECT u.username FROM group_members m JOIN users u ON u.id = m.user_id
       WHERE m.group_id = g.id ORDER BY u.username) AS members FROM groups g ORDER BY g.name`,
  );
  return rows.map((r) => ({ id: r.id, name: r.name, members: r.members ?? [] }));
}

export async function groupByName(db: Queryable, name: string): Promise<GroupRecord | null> {
  return (await listGroups(db)).find((g) => g.name === name) ?? null;
}

export async function addMember(tx: Queryable, groupId: string, userId: string): Promise<void> {
  await tx.query(
    "INSERT INTO group_members (group_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING",
    [groupId, userId],
  );
}

export async function removeMember(tx: Queryable, groupId: string, userId: string): Promise<void> {
  await tx.query("DELETE FROM group_members WHERE group_id = $1 AND user_id = $2", [
    groupId,
    userId,
  ]);
}
