/**
 * Users and groups. Only an administrator (or the local operator) manages accounts; the first
 * administrator is created by the operator from the CLI, so there is never a default password.
 */
import { randomUUID } from "node:crypto";
import { ACCOUNT_NAME, isRole, RESERVED_NAMES, type Role } from "../core/model/account.js";
import {
  addMember,
  groupByName,
  insertGroup,
  insertUser,
  listGroups,
  listUsers,
  removeMember,
  setUserDisabled,
  setUserPassword,
  setUserRole,
  type UserRecord,
  userByName,
} from "../store/accounts.repository.js";
import { appendLog } from "../store/log.repository.js";
import type { Store } from "../store/open-store.js";
import { deleteSessionsOf } from "../store/sessions.repository.js";
import { actorName, type Caller } from "./caller.js";
import { InvalidInputError, NotFoundError, ServiceError } from "./errors.js";
import { checkPasswordRules, generatePassword, hashPassword } from "./passwords.js";
import { assertMayAdminister } from "./policies/access.policy.js";
import { presentUser } from "./presenters/account.presenter.js";

export interface NewUserRequest {
  readonly username: string;
  readonly displayName?: string | undefined;
  readonly role: string;
  /** Omitted: a strong password is generated and returned once. */
  readonly password?: string | undefined;
}

function checkName(value: string, field: string): string {
  if (!ACCOUNT_NAME.test(value))
    throw new InvalidInputError(
      `${field} must be 2–63 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit`,
      field,
      { code: "accounts.name-form", params: { field: field } },
    );
  return value;
}

function checkRole(value: string): Role {
  if (!isRole(value))
    throw new InvalidInputError("role must be viewer, editor, reviewer or admin", "role", {
      code: "invalid-input.enum",
      params: { field: "role", allowed: "viewer, editor, reviewer, admin" },
    });
  return value;
}

export function createAccountsService(store: Store) {
  async function existingUser(username: string): Promise<UserRecord> {
    const user = ACCOUNT_NAME.test(username) ? await userByName(store.db, username) : null;
    if (!user)
      throw new NotFoundError(`user ${username}`, {
        code: "not-found.user",
        params: { id: username },
      });
    return user;
  }

  async function logged(
    caller: Caller,
    action: "user.role" | "user.disable" | "user.enable" | "user.password" | "group.member",
    targetType: string,
    targetId: string,
    data: Record<string, string>,
    change: (tx: Parameters<Parameters<Store["db"]["transaction"]>[0]>[0]) => Promise<void>,
  ) {
    const at = new Date();
    await store.db.transaction(async (tx) => {
      await change(tx);
      await appendLog(
        tx,
        { actor: actorName(caller), action, targetType, targetId, reason: null, data },
        at,
      );
    });
  }

  return {
    async addUser(caller: Caller, req: NewUserRequest) {
      assertMayAdminister(caller);
      const username = checkName(req.username, "username");
      if (RESERVED_NAMES.has(username))
        throw new InvalidInputError(
          `"${username}" is reserved; choose another username`,
          "username",
          { code: "accounts.name-reserved", params: { name: username } },
        );
      const role = checkRole(req.role);
      const generated = req.password === undefined ? generatePassword() : null;
      const password = req.password ?? (generated as string);
      checkPasswordRules(password);
      const displayName = (req.displayName ?? username).trim().slice(0, 200) || username;
      if (await userByName(store.db, username))
        throw new ServiceError(
          "conflict",
          409,
          `user ${username} already exists`,
          {},
          { code: "conflict.user-exists", params: { name: username } },
        );
      const id = randomUUID();
      const passwordHash = await hashPassword(password);
      const at = new Date();
      await store.db.transaction(async (tx) => {
        const createdBy = actorName(caller);
        await insertUser(tx, {
          id,
          username,
          displayName,
          role,
          passwordHash,
          createdAt: at,
          createdBy,
        });
        await appendLog(
          tx,
          {
            actor: createdBy,
            action: "user.add",
            targetType: "user",
            targetId: username,
            reason: null,
            data: { role },
          },
          at,
        );
      });
      return { user: presentUser(await existingUser(username)), password: generated };
    },

    async list(caller: Caller) {
      assertMayAdminister(caller);
      return (await listUsers(store.db)).map(presentUser);
    },

    async setRole(caller: Caller, username: string, roleName: string) {
      assertMayAdminister(caller);
      const role = checkRole(roleName);
      const user = await existingUser(username);
      await logged(caller, "user.role", "user", username, { role }, async (tx) => {
        // Sessions and tokens re-read the role on every request: the change takes effect at once.
        await setUserRole(tx, user.id, role);
      });
      return presentUser(await existingUser(username));
    },

    async setDisabled(caller: Caller, username: string, disabled: boolean) {
      assertMayAdminister(caller);
      const user = await existingUser(username);
      await logged(
        caller,
        disabled ? "user.disable" : "user.enable",
        "user",
        username,
        {},
        async (tx) => {
          await setUserDisabled(tx, user.id, disabled ? new Date() : null);
          if (disabled) await deleteSessionsOf(tx, user.id);
        },
      );
      return presentUser(await existingUser(username));
    },

    async setPassword(caller: Caller, username: string, password: string | undefined) {
      assertMayAdminister(caller);
      const user = await existingUser(username);
      const generated = password === undefined ? generatePassword() : null;
      const chosen = password ?? (generated as string);
      checkPasswordRules(chosen);
      const hash = await hashPassword(chosen);
      await logged(caller, "user.password", "user", username, {}, async (tx) => {
        await setUserPassword(tx, user.id, hash);
        await deleteSessionsOf(tx, user.id);
      });
      return { user: presentUser(user), password: generated };
    },

    async addGroup(caller: Caller, nameGiven: string) {
      assertMayAdminister(caller);
      const name = checkName(nameGiven, "group");
      if (await groupByName(store.db, name))
        throw new ServiceError(
          "conflict",
          409,
          `group ${name} already exists`,
          {},
          { code: "conflict.group-exists", params: { name: name } },
        );
      const at = new Date();
      await store.db.transaction(async (tx) => {
        const createdBy = actorName(caller);
        await insertGroup(tx, { id: randomUUID(), name, createdAt: at, createdBy });
        await appendLog(
          tx,
          {
            actor: createdBy,
            action: "group.add",
            targetType: "group",
            targetId: name,
            reason: null,
            data: {},
          },
          at,
        );
      });
      return { name, members: [] as string[] };
    },

    async listGroups(caller: Caller) {
      assertMayAdminister(caller);
      return (await listGroups(store.db)).map((g) => ({ name: g.name, members: [...g.members] }));
    },

    /** Adds a user to a group (member = true) or takes them out. */
    async setMember(caller: Caller, groupName: string, username: string, member: boolean) {
      assertMayAdminister(caller);
      const group = ACCOUNT_NAME.test(groupName) ? await groupByName(store.db, groupName) : null;
      if (!group)
        throw new NotFoundError(`group ${groupName}`, {
          code: "not-found.group",
          params: { id: groupName },
        });
      const user = await existingUser(username);
      await logged(
        caller,
        "group.member",
        "group",
        group.name,
        { user: username, change: member ? "add" : "remove" },
        async (tx) => {
          if (member) await addMember(tx, group.id, user.id);
          else await removeMember(tx, group.id, user.id);
        },
      );
      const after = await groupByName(store.db, group.name);
      return { name: group.name, members: [...(after?.members ?? [])] };
    },
  };
}
export type AccountsService = ReturnType<typeof createAccountsService>;
