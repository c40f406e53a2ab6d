/**
 * Accounts and hostile text in the browser, against a server process: a title and a text made of
 * script payloads come back as text on every page (no injected script runs); signing in with the
 * form and out with the header's button; a token created on the page works over the API until it
 * is revoked on the page, and is refused (401) from then on.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM } from "../support/browser.js";
import { webApp } from "../support/web-app.js";

const PASSWORD = "an editor's passphrase";
const TITLE = `<img src=x onerror="window.__pwned=1">'; DROP TABLE sources; --`;
const TEXT = `${TITLE}\n\nA note <script>window.__pwned=2</script> about the road at night.\n`;

describe.skipIf(!CHROMIUM)("web: hostile text, sign-in, sign-out and token revocation", () => {
  const app = webApp({
    store: "empty",
    accounts: [{ username: "editor", role: "editor", password: PASSWORD }],
  });
  let sourceId: string;
  beforeAll(async () => {
    const form = new FormData();
    form.append("title", TITLE);
    form.append("access", "public");
    form.append("file", new Blob([Buffer.from(TEXT)]), "<svg onload=alert(1)>.txt");
    const res = await fetch(`${app.url}/api/sources`, {
      method: "POST",
      headers: { authorization: `Bearer ${app.token()}` },
      body: form,
    });
    expect(res.status).toBe(201);
    sourceId = ((await res.json()) as { source: { id: string } }).source.id;
  });

  it("shows stored script payloads as text and runs none of them", async () => {
    const { page } = await app.newPage();
    for (const path of ["/sources", `/sources/${sourceId}`, "/search?q=road"]) {
      await page.goto(`${app.url}${path}`);
      await page.getByText("DROP TABLE sources", { exact: false }).first().waitFor();
      await expect
        .poll(() => page.locator("main img[src=x], main script, main svg[onload]").count())
        .toBe(0);
      await expect.poll(() => page.evaluate(() => "__pwned" in window)).toBe(false);
      if (path.startsWith("/sources/"))
        await expect.poll(() => page.locator("h1").textContent()).toBe(TITLE);
    }
  });

  it("signs in with the form and out with the header's button", async () => {
    const { page } = await app.newPage();
    await page.goto(`${app.url}/sign-in`);
    await page.locator("input[name=username]").fill("editor");
    await page.locator("input[name=password]").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/review$/);
    await expect
      .poll(() => page.getByTestId("signed-in-as").textContent())
      .toBe("Signed in as editor (editor)");
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === "casefile_session")?.httpOnly).toBe(true);
    await page.locator(".session").getByRole("button", { name: "Sign out" }).click();
    await page.locator("a.session", { hasText: "Sign in" }).waitFor();
    const me = await page.request.get(`${app.url}/api/me`);
    expect(((await me.json()) as { kind: string }).kind).toBe("anonymous");
    await page.reload();
    await page.locator("a.session", { hasText: "Sign in" }).waitFor();
  });

  it("creates a token on the page, which works over the API until revoked there", async () => {
    const { page } = await app.newPage();
    const signIn = await page.request.post(`${app.url}/api/session`, {
      data: { username: "editor", password: PASSWORD },
    });
    expect(signIn.ok()).toBe(true);
    await page.goto(`${app.url}/sign-in`);
    await page.locator("input[name=token-name]").fill("nightly script");
    await page.locator("select[name=token-scope]").selectOption("read");
    await page.getByRole("button", { name: "Create a token" }).click();
    const token = (await page.getByTestId("new-token").textContent()) ?? "";
    expect(token).toMatch(/^cf_/);
    const asToken = () =>
      fetch(`${app.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    const before = await asToken();
    expect(before.status).toBe(200);
    expect(((await before.json()) as { username: string }).username).toBe("editor");

    const row = page.getByTestId("token").filter({ hasText: "nightly script" });
    await expect.poll(() => row.textContent()).toContain("nightly script: read, active");
    await row.getByRole("button", { name: "Revoke" }).click();
    await expect.poll(() => row.textContent()).toContain("nightly script: read, revoked");
    const after = await asToken();
    expect(after.status).toBe(401);
    expect(((await after.json()) as { detail: string }).detail).toMatch(/revoked/);
  });
});
