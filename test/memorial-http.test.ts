/**
 * The memorial and the chronicle over HTTP (the real application in this process, on each store):
 * the redaction hook names a memorial-consented person in the memorial's answers and nowhere else,
 * and a person not named answers exactly like an unknown one.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildApp } from "../src/server/app.js";
import { createServices, type Services } from "../src/services/services.js";
import type { Store } from "../src/store/open-store.js";
import { STORE_TARGETS } from "./support/databases.js";
import { drawnPng } from "./support/media-files.js";
import { buildTestRegistry, CASE } from "./support/memorial-registry.js";

describe.each(STORE_TARGETS)("memorial over HTTP on $name", (target) => {
  let store: Store;
  let services: Services;
  let dispose: () => Promise<void>;
  beforeEach(async () => {
    ({ store, dispose } = await target.open({ caseId: CASE, corpusDir: null }));
    services = createServices(store, { door: "api" });
  });
  afterEach(async () => dispose());

  it("names the consented in the memorial only, and hides the rest alike", async () => {
    const r = await buildTestRegistry(services);
    const token = "o".repeat(64);
    const app = await buildApp({ services, operatorToken: token, maxUploadBytes: 1024 });
    const operator = { authorization: `Bearer ${token}` };
    try {
      const get = (url: string) => app.inject({ url });
      expect((await get(`/api/cases/${CASE}/memorial`)).statusCode).toBe(404);
      const put = await app.inject({
        method: "PUT",
        url: `/api/cases/${CASE}/memorial-setting`,
        headers: operator,
        payload: { published: true, reason: "test" },
      });
      expect(put.statusCode, put.body).toBe(200);
      expect((await get(`/api/cases/${CASE}/memorial-setting`)).json()).toEqual({
        caseId: CASE,
        published: true,
      });

      const list = await get(`/api/cases/${CASE}/memorial?q=${encodeURIComponent("Гамбарова")}`);
      expect(list.statusCode, list.body).toBe(200);
      expect(list.json<{ items: { names: { az: { text: string } } }[] }>().items).toHaveLength(1);
      expect(list.body).toContain("Qəmbərova");
      const page = await get(`/api/cases/${CASE}/memorial/${r.ayselCyrillic}`);
      expect(page.statusCode, page.body).toBe(200);
      expect(page.json<{ names: { ru: { text: string } } }>().names.ru.text).toBe(
        "Айсель Гамбарова",
      );

      // Outside the memorial a memorial consent does not name her: in the chronicle she and the
      // protected Orxan are pseudonyms, and only Rüstəm (named publicly) links to the memorial.
      const ingest = await services.ingest.ingestFile(
        { kind: "operator", name: "t" },
        {
          bytes: drawnPng(5, 200, 150),
          fileName: "p.png",
          origin: "test",
          metadata: { access: "public" },
        },
      );
      await services.chronicle.add({ kind: "operator", name: "t" }, CASE, {
        sourceId: ingest.source.id,
        persons: [
          { name: "Orxan Səfərli", recordId: r.orxan },
          { name: "Aysel Qəmbərova", recordId: r.aysel },
          { name: "Rüstəm Ələkbərov", recordId: r.rustam },
        ],
      });
      const chronicle = await get(`/api/cases/${CASE}/chronicle`);
      expect(chronicle.statusCode, chronicle.body).toBe(200);
      const shown = chronicle.json<{
        items: { persons: { name: string; memorialId: string | null }[] }[];
      }>().items[0]?.persons;
      expect(shown?.map((p) => [p.name.replace(/[0-9A-F]{6}$/, "X"), p.memorialId])).toEqual([
        ["Person X", null],
        ["Person X", null],
        ["Rüstəm Ələkbərov", r.rustam],
      ]);

      // Her memorial page shows the photograph, with her name (the memorial's answer names her).
      const withPhoto = await get(`/api/cases/${CASE}/memorial/${r.aysel}`);
      expect(withPhoto.statusCode, withPhoto.body).toBe(200);
      expect(withPhoto.json<{ photos: { sourceId: string }[] }>().photos).toEqual([
        expect.objectContaining({ sourceId: ingest.source.id }),
      ]);

      const answer = async (id: string) => {
        const res = await get(`/api/cases/${CASE}/memorial/${id}`);
        const body = res.json<{ title: string; detail: string; type: string }>();
        return [res.statusCode, body.type, body.title, body.detail.replace(id, "<id>")];
      };
      const unknown = await answer("00000000-0000-4000-8000-000000000000");
      expect(unknown[0]).toBe(404);
      for (const id of [r.lala, r.orxan]) expect(await answer(id)).toEqual(unknown);
      expect((await get(`/api/cases/${CASE}/memorial?q=Nəsibova`)).json()).toMatchObject({
        items: [],
        named: 2,
        others: 2,
      });
    } finally {
      await app.close();
    }
  });
});
