/**
 * Accounts from the command line: the first administrator is made by the operator on the store's
 * machine (no default password), then users, roles, groups and tokens — directly on the store and
 * through the running server that holds it.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { jsonOf, runCasefile } from "./support/cli-process.js";
import { PROCESS_TARGETS, type ProcessEnv } from "./support/process-targets.js";
import { type ServerProcess, startServerProcess } from "./support/server-process.js";

describe.each(PROCESS_TARGETS)("casefile user, group and token on $name", (processTarget) => {
  let target: ProcessEnv;
  let server: ServerProcess | null = null;
  beforeEach(async () => {
    target = await processTarget.create();
  });
  afterEach(async () => {
    await server?.stop();
    server = null;
    await target.dispose();
  });

  it("adds the first admin with a generated password, then users, groups and tokens", async () => {
    const add = await runCasefile(["user", "add", "ada", "--role", "admin"], target.env);
    expect(add.code, add.stderr).toBe(0);
    const password = /password \(shown once, store it now\): (\S+)/.exec(add.stdout)?.[1];
    expect(password?.length).toBeGreaterThanOrEqual(12);
    const piped = await runCasefile(
      ["user", "add", "vera", "--role", "viewer", "--password-stdin"],
      target.env,
      { input: "a long enough secret\n" },
    );
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout).not.toMatch(/shown once/);
    const short = await runCasefile(
      ["user", "add", "sam", "--role", "viewer", "--password-stdin"],
      target.env,
      { input: "short\n" },
    );
    expect(short.code).not.toBe(0);
    expect(short.stderr).toMatch(/at least 12 characters/);
    const badRole = await runCasefile(["user", "add", "sam", "--role", "boss"], target.env);
    expect(badRole.stderr).toMatch(/role must be/);

    expect((await runCasefile(["group", "add", "khojaly-team"], target.env)).code).toBe(0);
    const joined = await runCasefile(["group", "join", "khojaly-team", "vera"], target.env);
    expect(joined.stdout).toMatch(/khojaly-team\tvera/);
    expect((await runCasefile(["user", "role", "vera", "editor"], target.env)).code).toBe(0);

    // While the server holds the store, the same commands go through it as the operator.
    server = await startServerProcess(target.env);
    const users = jsonOf<{ username: string; role: string; groups: string[] }[]>(
      await runCasefile(["user", "list", "--json"], target.env),
    );
    expect(users).toEqual([
      expect.objectContaining({ username: "ada", role: "admin" }),
      expect.objectContaining({ username: "vera", role: "editor", groups: ["khojaly-team"] }),
    ]);
    const created = await runCasefile(
      ["token", "create", "--user", "vera", "--scope", "write", "--expires-days", "30", "--json"],
      target.env,
    );
    expect(created.code, created.stderr).toBe(0);
    const { token, info } = jsonOf<{ token: string; info: { id: string } }>(created);
    const me = await fetch(`${server.url}/api/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await me.json()).toMatchObject({ username: "vera", role: "editor" });
    const listed = await runCasefile(["token", "list"], target.env);
    expect(listed.stdout).toContain(info.id);
    expect(listed.stdout).not.toContain(token);
    expect((await runCasefile(["token", "revoke", info.id], target.env)).stdout).toMatch(/revoked/);
    const after = await fetch(`${server.url}/api/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(after.status).toBe(401);

    // A disabled account cannot sign in.
    expect((await runCasefile(["user", "disable", "vera"], target.env)).code).toBe(0);
    const signIn = await fetch(`${server.url}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "vera", password: "a long enough secret" }),
    });
    expect(signIn.status).toBe(401);
    const admin = await fetch(`${server.url}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "ada", password }),
    });
    expect(admin.status).toBe(200);
  }, 300_000);
});
