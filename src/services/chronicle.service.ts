/**
 * The photo chronicle of a case: an ordered gallery of image sources with captions and the persons
 * shown. Readers get the entries the chronicle policy lets them see, numbered in the order they
 * see them (so positions say nothing of entries hidden from them); editors add, edit, move and
 * remove entries, each change logged by ids (captions and names stay out of the unchangeable log).
 */
import { randomUUID } from "node:crypto";
import { type AccessLevel, isAccessLevel, moreVisible } from "../core/model/access.js";
import {
  allEntries,
  type ChronicleEntryRecord,
  type ChroniclePerson,
  chronicleMedia,
  deleteEntry,
  getEntry,
  insertEntry,
  renumber,
  updateEntry,
  visibleEntries,
  visibleRecordIds,
} from "../store/chronicle.repository.js";
import type { Queryable } from "../store/db.js";
import { appendLog } from "../store/log.repository.js";
import type { Store } from "../store/open-store.js";
import { getSource } from "../store/sources.repository.js";
import { actorName, type Caller } from "./caller.js";
import { existingCase } from "./case-view.js";
import { checkTextField, InvalidInputError, NotFoundError, ServiceError } from "./errors.js";
import { isUuid } from "./ids.js";
import { assertMayChangeItem, assertMayWrite, visibilityKeys } from "./policies/access.policy.js";
import { maySeeChronicleEntry } from "./policies/chronicle.policy.js";
import {
  type ChronicleEntryView,
  presentChronicleEntry,
} from "./presenters/chronicle.presenter.js";
import { guardOfSource, visibleSourceOf } from "./source-access.js";

export interface ChronicleEntryRequest {
  readonly sourceId: string;
  readonly caption?: string | undefined;
  readonly persons?: readonly { name: string; recordId?: string | null | undefined }[] | undefined;
  /** Default: the source's own level; never wider. */
  readonly access?: string | undefined;
  /** 1-based place among the entries the editor sees; default: last. */
  readonly position?: number | undefined;
}

export interface ChronicleEntryPatch {
  readonly caption?: string | undefined;
  readonly persons?: ChronicleEntryRequest["persons"];
  readonly access?: string | undefined;
  /** The version the editor read: a change made meanwhile is a 409. */
  readonly version?: number | undefined;
}

const MAX_PERSONS = 50;

function checkedCaption(caption: string | undefined): string {
  const clean = (caption ?? "").trim();
  checkTextField("caption", clean, { max: 2000 });
  return clean;
}

function checkedPersons(persons: ChronicleEntryRequest["persons"]): ChroniclePerson[] {
  const list = persons ?? [];
  if (list.length > MAX_PERSONS)
    throw new InvalidInputError(`an entry names at most ${MAX_PERSONS} persons`, "persons", {
      code: "invalid-input.max-items",
      params: { field: "persons", limit: MAX_PERSONS },
    });
  const seen = new Set<string>();
  return list.map((p, i) => {
    const name = (p.name ?? "").trim().replace(/\s+/g, " ");
    if (name === "" || name.length > 200)
      throw new InvalidInputError(`person ${i + 1}: a name has 1 to 200 characters`, "persons", {
        code: "chronicle.person-name",
        params: { n: i + 1, max: 200 },
      });
    // An empty id is no record (the API's coercion turns a JSON null into "").
    const recordId = p.recordId?.trim() || null;
    if (recordId !== null && !isUuid(recordId))
      throw new InvalidInputError(`person ${i + 1}: "${recordId}" is not a record id`, "persons", {
        code: "chronicle.person-record",
        params: { n: i + 1, value: recordId },
      });
    const key = `${name.toLowerCase()}/${recordId?.toLowerCase() ?? ""}`;
    if (seen.has(key))
      throw new InvalidInputError(`person ${i + 1}: "${name}" is named twice`, "persons", {
        code: "chronicle.person-twice",
        params: { n: i + 1, name: name },
      });
    seen.add(key);
    return { name, recordId: recordId?.toLowerCase() ?? null };
  });
}

export function createChronicleService(store: Store) {
  /** Registry records named by an editor must exist and be visible to them. */
  async function assertRecords(caller: Caller, persons: readonly ChroniclePerson[]) {
    const ids = persons.flatMap((p) => (p.recordId ? [p.recordId] : []));
    const seen = await visibleRecordIds(store.db, ids, visibilityKeys(caller));
    const missing = ids.find((id) => !seen.has(id));
    if (missing)
      throw new NotFoundError(`registry record ${missing}`, {
        code: "not-found.person-record",
        params: { id: missing },
      });
  }

  function checkedLevel(access: string | undefined, sourceLevel: AccessLevel): AccessLevel {
    const level = access ?? sourceLevel;
    if (!isAccessLevel(level) || level === "sealed")
      throw new InvalidInputError(
        `access must be public, restricted or confidential, not "${level}"`,
        "access",
        {
          code: "invalid-input.enum",
          params: { field: "access", allowed: "public, restricted, confidential" },
        },
      );
    if (moreVisible(level, sourceLevel))
      throw new ServiceError(
        "unprocessable",
        422,
        `an entry cannot be ${level} while its image source is ${sourceLevel}: it would be more visible than the image`,
        { field: "access" },
        { code: "chronicle.wider-than-image", params: { level: level, source: sourceLevel } },
      );
    return level;
  }

  /** The entries the caller sees, in order, as they leave the system. */
  async function present(caller: Caller, caseId: string): Promise<ChronicleEntryView[]> {
    const entries = await visibleEntries(store.db, caseId, visibilityKeys(caller));
    const media = await chronicleMedia(
      store.db,
      entries.map((e) => e.sourceId),
    );
    const records = await visibleRecordIds(
      store.db,
      entries.flatMap((e) => e.persons.flatMap((p) => (p.recordId ? [p.recordId] : []))),
      visibilityKeys(caller),
    );
    return entries.map((e, i) => {
      const m = media.get(e.sourceId);
      return presentChronicleEntry(
        { ...e, position: i + 1 },
        {
          title: m?.title ?? "",
          width: m?.width ?? null,
          height: m?.height ?? null,
          hasThumbnail: m?.hasThumbnail ?? false,
        },
        records,
      );
    });
  }

  /** An entry the caller may see, with its source's guard; otherwise "not found". */
  async function visibleEntry(db: Queryable, caller: Caller, id: string) {
    const entry = isUuid(id) ? await getEntry(db, id) : null;
    const source = entry ? await getSource(db, entry.sourceId) : null;
    const guard = source ? await guardOfSource(db, source) : null;
    if (!entry || !source || !guard || !maySeeChronicleEntry(caller, entry, guard))
      throw new NotFoundError(`chronicle entry ${id}`, {
        code: "not-found.chronicle-entry",
        params: { id },
      });
    return { entry, source, guard };
  }

  /** The caller's visible order with `id` placed at `position` (1-based), hidden entries kept in place. */
  async function reorder(
    tx: Queryable,
    caller: Caller,
    entry: ChronicleEntryRecord,
    wanted: number | undefined,
  ) {
    const all = (await allEntries(tx, entry.caseId)).filter((e) => e.id !== entry.id);
    const visible = new Set(
      (await visibleEntries(tx, entry.caseId, visibilityKeys(caller))).map((e) => e.id),
    );
    const seen = all.filter((e) => visible.has(e.id));
    const position = wanted ?? seen.length + 1;
    if (!Number.isInteger(position) || position < 1 || position > seen.length + 1)
      throw new InvalidInputError(
        `position must be a whole number from 1 to ${seen.length + 1}`,
        "position",
        {
          code: "invalid-input.whole-number-range",
          params: { field: "position", min: 1, max: seen.length + 1 },
        },
      );
    const before = seen[position - 1];
    const at = before ? all.indexOf(before) : all.length;
    const ids = all.map((e) => e.id);
    ids.splice(at, 0, entry.id);
    await renumber(tx, ids);
  }

  async function logChange(
    tx: Queryable,
    caller: Caller,
    action: "chronicle.add" | "chronicle.edit" | "chronicle.move" | "chronicle.remove",
    e: ChronicleEntryRecord,
    at: Date,
    reason: string | null = null,
    extra: Record<string, string | number> = {},
  ) {
    await appendLog(
      tx,
      {
        actor: actorName(caller),
        action,
        targetType: "chronicle_entry",
        targetId: e.id,
        reason,
        data: {
          caseId: e.caseId,
          sourceId: e.sourceId,
          access: e.access,
          version: e.version,
          persons: e.persons.length,
          ...extra,
        },
      },
      at,
    );
  }

  const entryOut = async (caller: Caller, caseId: string, id: string) => {
    const view = (await present(caller, caseId)).find((v) => v.id === id);
    if (!view)
      throw new NotFoundError(`chronicle entry ${id}`, {
        code: "not-found.chronicle-entry",
        params: { id },
      });
    return view;
  };

  return {
    async list(caller: Caller, caseId: string) {
      await existingCase(store, caseId);
      const items = await present(caller, caseId);
      return { caseId, items, total: items.length };
    },

    async add(caller: Caller, caseId: string, req: ChronicleEntryRequest) {
      assertMayWrite(caller);
      await existingCase(store, caseId);
      const source = await visibleSourceOf(store.db, caller, req.sourceId);
      const guard = await guardOfSource(store.db, source);
      const media = (await chronicleMedia(store.db, [source.id])).get(source.id);
      if (media?.kind !== "image")
        throw new ServiceError(
          "unprocessable",
          422,
          `source ${source.id} is not an image: a chronicle shows pictures`,
          { field: "sourceId" },
          { code: "chronicle.not-an-image", params: { id: source.id } },
        );
      const access = checkedLevel(req.access, source.metadata.access);
      assertMayChangeItem(caller, { ...guard, access });
      const persons = checkedPersons(req.persons);
      await assertRecords(caller, persons);
      const at = new Date();
      const entry: ChronicleEntryRecord = {
        id: randomUUID(),
        caseId,
        sourceId: source.id,
        position: 1_000_000,
        caption: checkedCaption(req.caption),
        persons,
        access,
        version: 1,
        createdAt: at,
        createdBy: actorName(caller),
        changedAt: at,
        changedBy: actorName(caller),
      };
      await store.db.transaction(async (tx) => {
        if ((await allEntries(tx, caseId)).some((e) => e.sourceId === source.id))
          throw new ServiceError(
            "conflict",
            409,
            `source ${source.id} is already in the chronicle of case ${caseId}`,
            {},
            { code: "chronicle.already-in", params: { id: source.id } },
          );
        await insertEntry(tx, entry);
        await reorder(tx, caller, entry, req.position);
        await logChange(tx, caller, "chronicle.add", entry, at);
      });
      return entryOut(caller, caseId, entry.id);
    },

    async edit(caller: Caller, id: string, patch: ChronicleEntryPatch) {
      assertMayWrite(caller);
      const at = new Date();
      const { entry, source, guard } = await visibleEntry(store.db, caller, id);
      if (patch.version !== undefined && patch.version !== entry.version)
        throw new ServiceError(
          "conflict",
          409,
          `chronicle entry ${id} was changed meanwhile; reload it`,
          {},
          { code: "conflict.edited-meanwhile" },
        );
      const access = checkedLevel(patch.access ?? entry.access, source.metadata.access);
      assertMayChangeItem(caller, { ...guard, access: entry.access });
      assertMayChangeItem(caller, { ...guard, access });
      const persons =
        patch.persons === undefined ? [...entry.persons] : checkedPersons(patch.persons);
      if (patch.persons !== undefined) await assertRecords(caller, persons);
      const next: ChronicleEntryRecord = {
        ...entry,
        caption: patch.caption === undefined ? entry.caption : checkedCaption(patch.caption),
        persons,
        access,
        version: entry.version + 1,
        changedAt: at,
        changedBy: actorName(caller),
      };
      await store.db.transaction(async (tx) => {
        if (!(await updateEntry(tx, next, entry.version)))
          throw new ServiceError(
            "conflict",
            409,
            `chronicle entry ${id} was changed meanwhile; reload it`,
            {},
            { code: "conflict.edited-meanwhile" },
          );
        await logChange(tx, caller, "chronicle.edit", next, at);
      });
      return entryOut(caller, entry.caseId, id);
    },

    async move(caller: Caller, id: string, position: number) {
      assertMayWrite(caller);
      const at = new Date();
      const { entry, guard } = await visibleEntry(store.db, caller, id);
      assertMayChangeItem(caller, { ...guard, access: entry.access });
      await store.db.transaction(async (tx) => {
        await reorder(tx, caller, entry, position);
        await logChange(tx, caller, "chronicle.move", entry, at, null, { to: position });
      });
      return entryOut(caller, entry.caseId, id);
    },

    async remove(caller: Caller, id: string, reason: string | null = null) {
      assertMayWrite(caller);
      const at = new Date();
      const { entry, guard } = await visibleEntry(store.db, caller, id);
      assertMayChangeItem(caller, { ...guard, access: entry.access });
      await store.db.transaction(async (tx) => {
        await deleteEntry(tx, id);
        await renumber(
          tx,
          (await allEntries(tx, entry.caseId)).map((e) => e.id),
        );
        await logChange(tx, caller, "chronicle.remove", entry, at, reason?.trim() || null);
      });
    },
  };
}
export type ChronicleService = ReturnType<typeof createChronicleService>;
