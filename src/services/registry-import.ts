/**
 * Importing a CSV list of persons: archive the bytes (content-addressed, with an acquisition
 * record), then list, records and log entry in one transaction. Bad rows are reported with their
 * line numbers and kept on the list; they do not stop the import.
 */
import { randomUUID } from "node:crypto";
import { sha256Hex } from "../core/hash/sha256.js";
import type { PersonField } from "../core/linkage/person-table.js";
import { isAccessLevel } from "../core/model/access.js";
import { insertAcquisition, insertBlobRecord } from "../store/blobs.repository.js";
import { appendLog } from "../store/log.repository.js";
import type { Store } from "../store/open-store.js";
import {
  findListByName,
  insertPersonList,
  insertPersonRecords,
} from "../store/person-lists.repository.js";
import { actorName, type Caller } from "./caller.js";
import { existingCase } from "./case-view.js";
import { InvalidInputError, ServiceError } from "./errors.js";
import { personListRows } from "./person-list-rows.js";
import { assertMayWrite } from "./policies/access.policy.js";
import { presentPersonList } from "./presenters/person-list.presenter.js";
import { type ArchiveOptions, assertWithinLimit, type UploadedFile } from "./uploaded-file.js";

export interface ListImportRequest extends UploadedFile {
  readonly name: string;
  readonly caseId?: string | undefined;
  /** Default "restricted": lists of persons are sensitive until someone decides otherwise. */
  readonly access?: string | undefined;
  /** Person field → CSV header, overriding the guesses from the header. */
  readonly map?: Readonly<Partial<Record<PersonField, string>>> | undefined;
  /** Headers of columns to leave out, although their heading names a field. */
  readonly ignore?: readonly string[] | undefined;
  /** Header of the column holding each row's id (default "id" when present, else the line). */
  readonly idColumn?: string | undefined;
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

export async function importPersonList(
  store: Store,
  options: ArchiveOptions,
  caller: Caller,
  req: ListImportRequest,
) {
  assertMayWrite(caller);
  const name = req.name.trim();
  const taken = () =>
    new ServiceError(
      "conflict",
      409,
      `a person list named "${name}" exists already`,
      {
        field: "name",
      },
      { code: "conflict.list-exists", params: { name: name } },
    );
  if (!name || name.length > 200)
    throw new InvalidInputError("a list needs a name (at most 200 characters)", "name", {
      code: "invalid-input.length-range",
      params: { field: "name", min: 1, max: 200 },
    });
  const access = req.access ?? "restricted";
  if (!isAccessLevel(access))
    throw new InvalidInputError("access must be public, restricted or confidential", "access", {
      code: "invalid-input.enum",
      params: { field: "access", allowed: "public, restricted, confidential" },
    });
  assertWithinLimit(req, options.maxBytes);
  if (req.caseId !== undefined) await existingCase(store, req.caseId);
  if (await findListByName(store.db, name)) throw taken();
  const listId = randomUUID();
  const rows = personListRows(req.bytes, req.fileName, listId, {
    ...(req.map && { map: req.map }),
    ...(req.ignore && { ignore: req.ignore }),
    ...(req.idColumn && { id: req.idColumn }),
  });
  const total = rows.records.length;
  req.onProgress?.(0, total);
  const actor = actorName(caller);
  const sha256 = sha256Hex(req.bytes);
  const now = new Date();
  const acquisitionId = randomUUID();
  await store.blobs.put(req.bytes, sha256);
  const list = {
    id: listId,
    name,
    caseId: req.caseId ?? null,
    fileName: req.fileName,
    blobSha256: sha256,
    acquisitionId,
    header: rows.header,
    mapping: rows.mapping,
    access,
    recordCount: total,
    badRows: rows.badRows,
    createdBy: actor,
    createdAt: now,
  };
  await store.db
    .transaction(async (tx) => {
      await insertBlobRecord(tx, sha256, req.bytes.byteLength, "text/csv", now);
      await insertAcquisition(tx, {
        id: acquisitionId,
        blobSha256: sha256,
        acquiredBy: actor,
        acquiredAt: now,
        origin: req.origin,
        originalName: req.fileName,
        tool: options.tool,
      });
      await insertPersonList(tx, list);
      await insertPersonRecords(tx, access, rows.records, (done) => req.onProgress?.(done, total));
      await appendLog(
        tx,
        {
          actor,
          action: "list.import",
          targetType: "person_list",
          targetId: listId,
          reason: null,
          data: {
            name,
            sha256,
            origin: req.origin,
            fileName: req.fileName,
            access,
            caseId: req.caseId ?? null,
            records: total,
            badRows: rows.badRows.length,
            acquisitionId,
          },
        },
        now,
      );
    })
    .catch((error: unknown) => {
      // Two imports under one name at once: the unique index decides, the loser hears why.
      throw (error as { code?: string }).code === "23505" ? taken() : error;
    });
  return { list: presentPersonList(list), badRows: rows.badRows.map((b) => ({ ...b })) };
}
