/**
 * Access everywhere, through the real application: levels (public, restricted, confidential,
 * sealed), grants to users and groups (read and write), case-scoped tokens, counts and search
 * totals over visible material only, a compilation's parts closed with it and never wider than
 * it, no part's original handed out, and no server path shown to anyone but an administrator.
 */
import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "../src/services/caller.js";
import { STORE_TARGETS } from "./support/databases.js";
import { type InProcessApp, inProcessApp, OPERATOR } from "./support/in-process-app.js";
import { CORPUS_FILES } from "./support/paths.js";

const target = STORE_TARGETS[0];
if (!target) throw new Error("no store target");
const COMPILATION = CORPUS_FILES[1] as string;
const HAS_CORPUS = existsSync(COMPILATION);

const PASSWORD = "access password 1";
const text = (word: string) =>
  new TextEncoder().encode(
    `A note on ${word}.\n\nThe ${word} was written down by a field worker.\n`,
  );

describe("access levels, grants and scope", () => {
  let t: InProcessApp;
  const ids: Record<string, string> = {};
  const as = async (username: string): Promise<Caller> => {
    const user = (await t.services.accounts.list(OPERATOR)).find((u) => u.username === username);
    if (!user) throw new Error(username);
    return t.services.signIn.sessionCaller(
      (
        await t.services.store.db.query<{ id: string }>(
          "SELECT id FROM users WHERE username = $1",
          [username],
        )
      )[0]?.id as string,
    ) as Promise<Caller>;
  };
  const titles = async (caller: Caller) =>
    (await t.services.sources.list(caller, {})).items.map((s) => s.title).sort();

  beforeAll(async () => {
    t = await inProcessApp(target);
    for (const [username, role] of [
      ["ada", "admin"],
      ["vera", "viewer"],
      ["ed", "editor"],
    ] as const)
      await t.services.accounts.addUser(OPERATOR, { username, role, password: PASSWORD });
    await t.services.accounts.addGroup(OPERATOR, "team");
    await t.services.accounts.setMember(OPERATOR, "team", "vera", true);
    for (const level of ["public", "restricted", "confidential", "sealed"] as const) {
      const outcome = await t.services.ingest.ingestFile(OPERATOR, {
        bytes: text(`${level}word`),
        fileName: `${level}.txt`,
        origin: `/srv/secret-dir/${level}.txt`,
        metadata: { title: `The ${level} note`, access: level },
      });
      ids[level] = outcome.source.id;
    }
  });
  afterAll(() => t.dispose());

  it("shows each caller exactly the levels it may see, in lists, totals and search", async () => {
    const anonymous: Caller = { kind: "anonymous" };
    expect(await titles(anonymous)).toEqual(["The public note"]);
    expect((await t.services.sources.list(anonymous, {})).total).toBe(1);
    expect(await titles(await as("vera"))).toEqual(["The public note", "The restricted note"]);
    expect(await titles(await as("ada"))).toEqual([
      "The confidential note",
      "The public note",
      "The restricted note",
    ]);
    expect((await titles(OPERATOR)).length).toBe(4);
    const search = await t.services.search.search(anonymous, { q: "confidentialword" });
    expect(search.total).toBe(0);
    const found = await t.services.search.search(await as("ada"), { q: "confidentialword" });
    expect(found.total).toBeGreaterThan(0);
    await expect(t.services.sources.get(anonymous, ids.restricted as string)).rejects.toThrow(
      /not found/,
    );
    // A word every note shares is counted and ranked over the caller's notes only.
    const shared = async (caller: Caller) => {
      const r = await t.services.search.search(caller, { q: "field worker" });
      return { total: r.total, sources: r.hits.map((h) => h.sourceId).sort() };
    };
    const sorted = (...levels: string[]) => levels.map((l) => ids[l] as string).sort();
    expect(await shared(anonymous)).toEqual({ total: 1, sources: sorted("public") });
    expect(await shared(await as("vera"))).toEqual({
      total: 2,
      sources: sorted("public", "restricted"),
    });
    expect(await shared(OPERATOR)).toEqual({
      total: 4,
      sources: sorted("public", "restricted", "confidential", "sealed"),
    });
  });

  it("lets a grant to a group or a user open one item, and a write grant change it", async () => {
    const vera = await as("vera");
    const ed = await as("ed");
    await t.services.grants.grant(OPERATOR, {
      targetType: "source",
      target: ids.confidential as string,
      principal: "group:team",
    });
    expect(await titles(vera)).toContain("The confidential note");
    expect(await titles(ed)).not.toContain("The confidential note");
    // The sealed note is not an administrator's either, until granted by name.
    await expect(t.services.sources.get(await as("ada"), ids.sealed as string)).rejects.toThrow(
      /not found/,
    );
    await t.services.grants.grant(OPERATOR, {
      targetType: "source",
      target: ids.sealed as string,
      principal: "user:ed",
    });
    expect(await titles(ed)).toContain("The sealed note");
    await expect(
      t.services.sources.edit(ed, ids.sealed as string, { title: "Renamed" }, "test"),
    ).rejects.toThrow(/write grant/);
    await t.services.grants.grant(OPERATOR, {
      targetType: "source",
      target: ids.sealed as string,
      principal: "user:ed",
      mode: "write",
    });
    const edited = await t.services.sources.edit(
      ed,
      ids.sealed as string,
      { title: "Renamed" },
      "test",
    );
    expect(edited.title).toBe("Renamed");
    await t.services.grants.revoke(OPERATOR, {
      targetType: "source",
      target: ids.sealed as string,
      principal: "user:ed",
    });
    expect(await titles(ed)).not.toContain("Renamed");
  });

  it("limits a case-scoped token to its case", async () => {
    const { token } = await t.services.tokens.create(OPERATOR, {
      username: "ada",
      name: "one case",
      scope: "read",
      caseId: "some-other-case",
    });
    const caller = await t.services.signIn.tokenCaller(token);
    expect((await t.services.sources.list(caller, {})).total).toBe(0);
    await expect(t.services.sources.get(caller, ids.public as string)).rejects.toThrow(/not found/);
  });

  it("shows a server path only to an administrator", async () => {
    const anon = await t.services.sources.get({ kind: "anonymous" }, ids.public as string);
    expect(anon.acquisitions.map((a) => a.origin)).toEqual(["public.txt"]);
    expect(JSON.stringify(anon)).not.toContain("secret-dir");
    const admin = await t.services.sources.get(await as("ada"), ids.public as string);
    expect(admin.acquisitions[0]?.origin).toBe("/srv/secret-dir/public.txt");
  });

  it.skipIf(!HAS_CORPUS)(
    "closes a compilation's parts with it and never opens one wider",
    async () => {
      const outcome = await t.services.ingest.ingestFile(OPERATOR, {
        bytes: readFileSync(COMPILATION),
        fileName: "compilation.txt",
        origin: "upload",
        metadata: { title: "Compilation", access: "public" },
        split: true,
        extract: false,
      });
      expect(outcome.parts).toBeGreaterThan(10);
      const id = outcome.source.id;
      const anonymous: Caller = { kind: "anonymous" };
      const parts = await t.services.sources.list(anonymous, { parentId: id, limit: 500 });
      expect(parts.total).toBe(outcome.parts);
      const part = parts.items[0]?.id as string;
      // A part's original would be the whole compilation's file.
      const res = await t.app.inject({ url: `/api/sources/${part}/original` });
      expect(res.statusCode).toBe(404);
      await t.services.sources.edit(OPERATOR, id, { access: "confidential" }, "closing");
      expect((await t.services.sources.list(anonymous, { parentId: id, limit: 500 })).total).toBe(
        0,
      );
      await expect(t.services.sources.get(anonymous, part)).rejects.toThrow(/not found/);
      const all = await t.services.sources.list(OPERATOR, { parentId: id, limit: 500 });
      expect(all.items.every((p) => p.access === "confidential")).toBe(true);
      await expect(
        t.services.sources.edit(OPERATOR, part, { access: "public" }, "opening one part"),
      ).rejects.toThrow(/more visible than its compilation/);
      // Reopened, the compilation opens the parts it closed, but not one closed in its own right.
      await t.services.sources.edit(OPERATOR, part, { access: "sealed" }, "a witness's name");
      await t.services.sources.edit(OPERATOR, id, { access: "public" }, "reopening");
      const reopened = await t.services.sources.list(anonymous, { parentId: id, limit: 500 });
      expect(reopened.total).toBe(outcome.parts - 1);
      expect(reopened.items.some((p) => p.id === part)).toBe(false);
    },
  );
});
