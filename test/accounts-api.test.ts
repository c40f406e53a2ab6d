/**
 * Accounts over the API: password sign-in into an HttpOnly session cookie, CSRF on every
 * state-changing cookie request, sign-in rate limits, roles, API tokens (scope, expiry,
 * revocation), disabled accounts, and the gate that refuses an anonymous upload before its body.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STORE_TARGETS } from "./support/databases.js";
import {
  type InProcessApp,
  inProcessApp,
  OPERATOR,
  sessionCookieOf,
} from "./support/in-process-app.js";

const PASSWORD = "correct horse battery";

describe.each(STORE_TARGETS)("accounts on $name", (target) => {
  let t: InProcessApp;
  beforeAll(async () => {
    t = await inProcessApp(target);
    for (const [username, role] of [
      ["ada", "admin"],
      ["vera", "viewer"],
      ["ed", "editor"],
      ["rita", "reviewer"],
    ] as const)
      await t.services.accounts.addUser(OPERATOR, { username, role, password: PASSWORD });
  });
  afterAll(() => t.dispose());

  async function signIn(username: string, password = PASSWORD, remoteAddress = "127.0.0.1") {
    return t.app.inject({
      method: "POST",
      url: "/api/session",
      payload: { username, password },
      remoteAddress,
    });
  }
  async function session(username: string) {
    const res = await signIn(username);
    expect(res.statusCode).toBe(200);
    return {
      cookie: sessionCookieOf(res.headers["set-cookie"]),
      csrf: res.json<{ csrfToken: string }>().csrfToken,
    };
  }

  it("signs in into an HttpOnly SameSite cookie scoped to the API, and signs out", async () => {
    const res = await signIn("ada");
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers["set-cookie"]);
    expect(setCookie).toMatch(/casefile_session=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=(Strict|Lax)/);
    expect(setCookie).toMatch(/Path=\/api/);
    expect(res.json()).toMatchObject({ kind: "user", username: "ada", role: "admin" });
    const cookie = sessionCookieOf(res.headers["set-cookie"]);
    const me = await t.app.inject({ url: "/api/me", headers: { cookie } });
    expect(me.json()).toMatchObject({ username: "ada", role: "admin" });
    expect(typeof me.json<{ csrfToken: unknown }>().csrfToken).toBe("string");
    // Sign-out without the CSRF token is refused; with it, the session ends in the store.
    const noCsrf = await t.app.inject({
      method: "DELETE",
      url: "/api/session",
      headers: { cookie },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.headers["content-type"]).toMatch(/problem\+json/);
    expect(noCsrf.json()).toMatchObject({ code: "csrf" });
    const csrf = me.json<{ csrfToken: string }>().csrfToken;
    const out = await t.app.inject({
      method: "DELETE",
      url: "/api/session",
      headers: { cookie, "x-csrf-token": csrf },
    });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({ url: "/api/me", headers: { cookie } });
    expect(after.json()).toMatchObject({ kind: "anonymous" });
  });

  it("answers one message for an unknown user and a wrong password", async () => {
    const unknown = await signIn("nobody", "whatever-password");
    const wrong = await signIn("vera", "not the password");
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json<{ detail: string }>().detail).toBe(wrong.json<{ detail: string }>().detail);
    // The same stable code too, which the web application words in the reader's language.
    expect(wrong.json()).toMatchObject({ code: "sign-in.wrong-password", params: {} });
    expect(unknown.json()).toMatchObject({ code: "sign-in.wrong-password" });
    // A schema's refusal names its keyword's code, the field and the limit.
    const long = await signIn("v".repeat(64));
    expect(long.statusCode).toBe(400);
    expect(long.json()).toMatchObject({
      code: "invalid-input.max-length",
      field: "username",
      params: { field: "username", limit: 63 },
    });
  });

  it("requires the CSRF token on state-changing cookie requests", async () => {
    const { cookie, csrf } = await session("ada");
    const body = { username: "csrf-victim", role: "viewer" };
    const without = await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers: { cookie },
      payload: body,
    });
    expect(without.statusCode).toBe(403);
    const forged = await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers: { cookie, "x-csrf-token": "forged" },
      payload: body,
    });
    expect(forged.statusCode).toBe(403);
    const ok = await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers: { cookie, "x-csrf-token": csrf },
      payload: body,
    });
    expect(ok.statusCode).toBe(201);
    // No password given: one is generated and shown once.
    expect(ok.json<{ password: string }>().password.length).toBeGreaterThanOrEqual(12);
    // Each refusal names its own code and values, which the web application words.
    const again = await t.app.inject({
      method: "POST",
      url: "/api/users",
      headers: { cookie, "x-csrf-token": csrf },
      payload: body,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: "conflict.user-exists",
      params: { name: "csrf-victim" },
    });
    const nowhere = await t.app.inject({ url: "/api/no-such-route", headers: { cookie } });
    expect(nowhere.json()).toMatchObject({ status: 404, code: "not-found.route" });
  });

  it("gates routes by role: a viewer may not add users or review; an editor may not review", async () => {
    const viewer = await session("vera");
    const users = await t.app.inject({ url: "/api/users", headers: { cookie: viewer.cookie } });
    expect(users.statusCode).toBe(403);
    const editor = await session("ed");
    const review = await t.app.inject({
      method: "POST",
      url: "/api/claims/confirm",
      headers: { cookie: editor.cookie, "x-csrf-token": editor.csrf },
      payload: { ids: ["00000000-0000-4000-8000-000000000000"] },
    });
    expect(review.statusCode).toBe(403);
    expect(review.json<{ detail: string }>().detail).toMatch(/reviewer/);
  });

  // The limits are counted in the server's memory, not in the store: one store tests them (each
  // attempt that gets past the limits hashes a password). A refused attempt costs no hash.
  it.runIf(target === STORE_TARGETS[0])(
    "limits sign-in attempts per account and per address",
    async () => {
      let last = 0;
      // From many addresses at one account…
      for (let i = 0; i < 12; i++)
        last = (await signIn("rita", "wrong password!", `10.0.1.${i}`)).statusCode;
      expect(last).toBe(429);
      const limited = await signIn("rita", "wrong password!", "10.0.1.99");
      expect(limited.json()).toMatchObject({
        code: "sign-in.too-many-attempts",
        params: { minutes: expect.any(Number) },
      });
      // …even the right password waits until the window passes.
      expect((await signIn("rita", PASSWORD, "10.0.2.1")).statusCode).toBe(429);
      // From one address: every attempt counts against it, also those its account's limit refuses
      // (so these 49 at the limited account cost no hash), up to 50; the 51st is refused, at an
      // account nobody has tried, which the same attempt from another address may still try.
      const codes: number[] = [];
      for (let i = 0; i < 49; i++)
        codes.push((await signIn("rita", "wrong password!", "10.0.3.1")).statusCode);
      expect(codes.every((c) => c === 429)).toBe(true);
      expect((await signIn("user0", "wrong password!", "10.0.3.1")).statusCode).toBe(401);
      const byAddress = await signIn("user1", "wrong password!", "10.0.3.1");
      expect(byAddress.statusCode).toBe(429);
      expect(byAddress.json()).toMatchObject({ code: "sign-in.too-many-attempts" });
      expect((await signIn("user1", "wrong password!", "10.0.4.1")).statusCode).toBe(401);
    },
    240_000,
  );

  it("creates scoped tokens shown once, refuses expired and revoked ones", async () => {
    const created = await t.services.tokens.create(OPERATOR, {
      username: "ed",
      name: "script",
      scope: "read",
    });
    expect(created.token).toMatch(/^cf_/);
    const auth = { authorization: `Bearer ${created.token}` };
    expect((await t.app.inject({ url: "/api/me", headers: auth })).json()).toMatchObject({
      username: "ed",
    });
    // A read token of an editor may not write.
    const write = await t.app.inject({
      method: "PATCH",
      url: "/api/sources/00000000-0000-4000-8000-000000000000",
      headers: auth,
      payload: { title: "x" },
    });
    expect(write.statusCode).toBe(403);
    expect(write.json<{ detail: string }>().detail).toMatch(/scope/);
    // Listing never shows the token again.
    const listed = JSON.stringify(await t.services.tokens.list(OPERATOR));
    expect(listed).not.toContain(created.token);
    await t.services.tokens.revoke(OPERATOR, created.info.id);
    const revoked = await t.app.inject({ url: "/api/me", headers: auth });
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json<{ detail: string }>().detail).toMatch(/revoked/);

    const expiring = await t.services.tokens.create(OPERATOR, {
      username: "ed",
      name: "old",
      scope: "write",
      expiresInDays: 1,
    });
    await t.services.store.db.query(
      "UPDATE api_tokens SET expires_at = now() - interval '1 minute' WHERE id = $1",
      [expiring.info.id],
    );
    const expired = await t.app.inject({
      url: "/api/me",
      headers: { authorization: `Bearer ${expiring.token}` },
    });
    expect(expired.statusCode).toBe(401);
    expect(expired.json<{ detail: string }>().detail).toMatch(/expired/);
    // A viewer may not hold a write token.
    await expect(
      t.services.tokens.create(OPERATOR, { username: "vera", name: "w", scope: "write" }),
    ).rejects.toThrow(/editor/);
  });

  it("ends a disabled user's sessions and refuses their sign-in", async () => {
    const { cookie } = await session("vera");
    await t.services.accounts.setDisabled(OPERATOR, "vera", true);
    expect((await t.app.inject({ url: "/api/me", headers: { cookie } })).json()).toMatchObject({
      kind: "anonymous",
    });
    expect((await signIn("vera")).statusCode).toBe(401);
    await t.services.accounts.setDisabled(OPERATOR, "vera", false);
    expect((await signIn("vera")).statusCode).toBe(200);
  });

  it("refuses an anonymous upload before reading its body", async () => {
    await t.app.listen({ port: 0, host: "127.0.0.1" });
    const address = t.app.server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    // A body that never ends: the answer can only come if the server does not wait for it.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(
          new TextEncoder().encode('--x\r\nContent-Disposition: form-data; name="file"\r\n\r\n'),
        );
      },
    });
    const res = await fetch(`http://127.0.0.1:${port}/api/sources`, {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x" },
      body,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toMatch(/problem\+json/);
  });
});
