/** Accounts, groups and tokens in the CLI port: the same operations in-process and over the API. */
import type { AccountsService, NewUserRequest } from "../../services/accounts.service.js";
import type { Caller } from "../../services/caller.js";
import type { GrantRequest, GrantsService } from "../../services/grants.service.js";
import type { UserView } from "../../services/presenters/account.presenter.js";
import type { NewTokenRequest, TokensService } from "../../services/tokens.service.js";
import type { ApiCall } from "./registry-remote-port.js";

type Result<S, K extends keyof S> = S[K] extends (...args: never[]) => Promise<infer R> ? R : never;
export type NewUserView = Result<AccountsService, "addUser">;
export type GroupView = Result<AccountsService, "addGroup">;
export type NewTokenView = Result<TokensService, "create">;
export type TokenListView = Result<TokensService, "list">;
export type GrantListView = Result<GrantsService, "list">;

export interface AccountsPort {
  addUser(req: NewUserRequest): Promise<NewUserView>;
  listUsers(): Promise<UserView[]>;
  setUserRole(username: string, role: string): Promise<UserView>;
  setUserDisabled(username: string, disabled: boolean): Promise<UserView>;
  addGroup(name: string): Promise<GroupView>;
  listGroups(): Promise<GroupView[]>;
  setGroupMember(group: string, username: string, member: boolean): Promise<GroupView>;
  createToken(req: NewTokenRequest): Promise<NewTokenView>;
  listTokens(): Promise<TokenListView>;
  revokeToken(id: string): Promise<TokenListView[number]>;
  grant(req: GrantRequest): Promise<GrantListView>;
  revokeGrant(req: GrantRequest): Promise<GrantListView>;
  grants(targetType: string, target: string): Promise<GrantListView>;
}

export function localAccountsPort(
  services: { accounts: AccountsService; tokens: TokensService; grants: GrantsService },
  me: Caller,
): AccountsPort {
  const { accounts, tokens, grants } = services;
  return {
    addUser: (req) => accounts.addUser(me, req),
    listUsers: () => accounts.list(me),
    setUserRole: (username, role) => accounts.setRole(me, username, role),
    setUserDisabled: (username, disabled) => accounts.setDisabled(me, username, disabled),
    addGroup: (name) => accounts.addGroup(me, name),
    listGroups: () => accounts.listGroups(me),
    setGroupMember: (group, username, member) => accounts.setMember(me, group, username, member),
    createToken: (req) => tokens.create(me, req),
    listTokens: () => tokens.list(me),
    revokeToken: (id) => tokens.revoke(me, id),
    grant: (req) => grants.grant(me, req),
    revokeGrant: (req) => grants.revoke(me, req),
    grants: (type, target) => grants.list(me, type, target),
  };
}

export function remoteAccountsPort(call: ApiCall): AccountsPort {
  const json = (value: unknown) => JSON.stringify(value);
  const JSON_TYPE = "application/json";
  const user = (name: string) => `/api/users/${encodeURIComponent(name)}`;
  const member = (group: string, username: string) =>
    `/api/groups/${encodeURIComponent(group)}/members/${encodeURIComponent(username)}`;
  return {
    addUser: (req) => call("POST", "/api/users", json(req), JSON_TYPE),
    listUsers: () => call("GET", "/api/users"),
    setUserRole: (username, role) => call("PATCH", user(username), json({ role }), JSON_TYPE),
    setUserDisabled: (username, disabled) =>
      call("PATCH", user(username), json({ disabled }), JSON_TYPE),
    addGroup: (name) => call("POST", "/api/groups", json({ name }), JSON_TYPE),
    listGroups: () => call("GET", "/api/groups"),
    setGroupMember: (group, username, isMember) =>
      call(isMember ? "PUT" : "DELETE", member(group, username)),
    createToken: (req) => call("POST", "/api/tokens", json(req), JSON_TYPE),
    listTokens: () => call("GET", "/api/tokens"),
    revokeToken: (id) => call("DELETE", `/api/tokens/${encodeURIComponent(id)}`),
    grant: (req) => call("PUT", "/api/grants", json(req), JSON_TYPE),
    revokeGrant: (req) => call("DELETE", "/api/grants", json(req), JSON_TYPE),
    grants: (targetType, target) =>
      call("GET", `/api/grants?${new URLSearchParams({ targetType, target })}`),
  };
}
