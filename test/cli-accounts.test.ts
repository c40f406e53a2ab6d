/**
 * Accounts from the command line: the first administrator is made by the operator on the store's
 * machine (no default password), then users, roles, groups and tokens — directly on the store and
 * through the running server that holds it.
 */
import { describe, expect, it } from "vitest";
import { jsonOf, runCasefile } from "./support/cli-process.js";
import { ONE_PROCESS_TARGET } from "./support/process-targets.js";
import { storePerTest } from "./support/served-store.js";

describe.each(ONE_PROCESS_TARGET)("casefile user, group and token on $name", (processTarget) => {
  const t = storePerTest(processTarget);

  it("adds the first admin with a generated password, then users, groups and tokens", async () => {
    const add = await runCasefile(["user", "add", "ada", "--role", "admin"], t.target.env);
    expect(add.code, add.stderr).toBe(0);
    const password = /password \(shown once, store it now\): (\S+)/.exec(add.stdout)?.[1];
    expect(password?.length).toBeGreaterThanOrEqual(12);
    const piped = await runCasefile(
      ["user", "add", "vera", "--role", "viewer", "--password-stdin"],
      t.target.env,
      { input: "a long enough secret\n" },
    );
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout).not.toMatch(/shown once/);
    const short = await runCasefile(
      ["user", "add", "sam", "--role", "viewer", "--password-stdin"],
      t.target.env,
      { input: "short\n" },
    );
    expect(short.code).not.toBe(0);
    expect(short.stderr).toMatch(/at least 12 characters/);
    const badRole = await runCasefile(["user", "add", "sam", "--role", "boss"], t.target.env);
    expect(badRole.stderr).toMatch(/role must be/);

    expect((await runCasefile(["group", "add", "khojaly-team"], t.target.env)).code).toBe(0);
    const joined = await runCasefile(["group", "join", "khojaly-team", "vera"], t.target.env);
    expect(joined.stdout).toMatch(/khojaly-team\tvera/);
    expect((await runCasefile(["user", "role", "vera", "editor"], t.target.env)).code).toBe(0);

    // While the server holds the store, the same commands go through it as the operator.
    const server = await t.serve();
    const users = jsonOf<{ username: string; role: string; groups: string[] }[]>(
      await runCasefile(["user", "list", "--json"], t.target.env),
    );
    expect(users).toEqual([
      expect.objectContaining({ username: "ada", role: "admin" }),
      expect.objectContaining({ username: "vera", role: "editor", groups: ["khojaly-team"] }),
    ]);
    const created = await runCasefile(
      ["token", "create", "--user", "vera", "--scope", "write", "--expires-days", "30", "--json"],
      t.target.env,
    );
    expect(created.code, created.stderr).toBe(0);
    const { token, info } = jsonOf<{ token: string; info: { id: string } }>(created);
    const me = await fetch(`${server.url}/api/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await me.json()).toMatchObject({ username: "vera", role: "editor" });
    const listed = await runCasefile(["token", "list"], t.target.env);
    expect(listed.stdout).toContain(info.id);
    expect(listed.stdout).not.toContain(token);
    expect((await runCasefile(["token", "revoke", info.id], t.target.env)).stdout).toMatch(
      /revoked/,
    );
    const after = await fetch(`${server.url}/api/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(after.status).toBe(401);

    // A disabled account cannot sign in.
    expect((await runCasefile(["user", "disable", "vera"], t.target.env)).code).toBe(0);
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
