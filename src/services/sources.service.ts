/** Reading and changing sources. Every read goes through the access policy; every change is logged. */

import { sha256Hex } from "../core/hash/sha256.js";
import { metadataChanges } from "../core/history/field-changes.js";
import {
  applyMetadataPatch,
  InvalidMetadataError,
  publisherName,
  type SourceMetadataPatch,
} from "../core/source/source-metadata.js";
import { acquisitionsOf } from "../store/blobs.repository.js";
import { caseSourceNote } from "../store/cases.repository.js";
import { reattributeProposals } from "../store/claims.repository.js";
import { appendLog } from "../store/log.repository.js";
import type { Store } from "../store/open-store.js";
import {
  getSource,
  getSourceText,
  insertVersion,
  listSources,
  passagesOf,
  type SourceRecord,
  tombstoneSource,
  updateCurrentMetadata,
  versionsOf,
} from "../store/sources.repository.js";
import { actorName, type Caller } from "./caller.js";
import { ForbiddenError, InvalidInputError, NotFoundError, ServiceError } from "./errors.js";
import { isUuid } from "./ids.js";
import { pageOf } from "./paging.js";
import { assertPartNotWiderThanParent, followParent } from "./part-access.js";
import {
  assertMayChangeItem,
  assertMayWrite,
  effectiveRole,
  visibilityKeys,
} from "./policies/access.policy.js";
import {
  presentSourceDetail,
  presentSourceSummary,
  presentVersion,
} from "./presenters/source.presenter.js";
import { redactorFor } from "./protected-names.js";
import { guardOfSource, maySeeSource } from "./source-access.js";
import { assertCaseChoice } from "./source-case.js";
import { sourceHistory } from "./source-history.js";

export interface SourceListQuery {
  readonly kind?: string | undefined;
  readonly parentId?: string | undefined;
  readonly topLevelOnly?: boolean | undefined;
  readonly q?: string | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

function staleEdit(id: string, now: number | null): ServiceError {
  return new ServiceError(
    "conflict",
    409,
    `source ${id} was edited by someone else meanwhile${now === null ? "" : ` (it is at version ${now} now)`}; reload it and make your change again`,
    {},
    { code: "conflict.edited-meanwhile" },
  );
}

export function createSourcesService(store: Store) {
  /** The source if it exists and the caller may see it; otherwise "not found", never "forbidden", so existence does not leak. */
  async function visibleSource(caller: Caller, id: string): Promise<SourceRecord> {
    const source = isUuid(id) ? await getSource(store.db, id) : null;
    if (!source || !(await maySeeSource(store.db, caller, source)))
      throw new NotFoundError(`source ${id}`, { code: "not-found.source", params: { id } });
    return source;
  }

  return {
    async list(caller: Caller, query: SourceListQuery) {
      const { limit, offset } = pageOf(query.limit, query.offset, 50, 500);
      if (query.parentId !== undefined && !isUuid(query.parentId))
        throw new InvalidInputError(`parent is not a source id: ${query.parentId}`, "parent", {
          code: "invalid-input.not-an-id",
          params: { field: "parent", value: query.parentId },
        });
      // A title search by a protected name finds nothing for whoever may not see the name.
      if (query.q && (await redactorFor(store.db, caller)).inQuery(query.q))
        return { items: [], total: 0, limit, offset };
      const { items, total } = await listSources(store.db, {
        visibility: visibilityKeys(caller),
        kind: query.kind,
        parentId: query.parentId,
        topLevelOnly: query.topLevelOnly,
        titleContains: query.q,
        limit,
        offset,
      });
      return { items: items.map(presentSourceSummary), total, limit, offset };
    },

    async get(caller: Caller, id: string) {
      const source = await visibleSource(caller, id);
      const [text, passages, acquisitions, parts] = [
        await getSourceText(store.db, id),
        await passagesOf(store.db, id),
        source.blobSha256 ? await acquisitionsOf(store.db, source.blobSha256) : [],
        await listSources(store.db, {
          visibility: visibilityKeys(caller),
          parentId: id,
          limit: 1000,
          offset: 0,
        }),
      ];
      const caseNote =
        source.metadata.caseId && source.caseRef
          ? await caseSourceNote(store.db, source.metadata.caseId, source.caseRef)
          : null;
      return presentSourceDetail({
        showPaths: effectiveRole(caller) === "admin",
        source,
        caseNote,
        text: text ?? "",
        passages,
        acquisitions,
        parts: parts.items,
      });
    },

    async versions(caller: Caller, id: string) {
      await visibleSource(caller, id);
      const versions = await versionsOf(store.db, id);
      return versions.map((v, i) => presentVersion(v, versions[i - 1] ?? null));
    },

    /** Every version of the source's metadata and of its claims, with what each changed. */
    async history(caller: Caller, id: string) {
      await visibleSource(caller, id);
      return sourceHistory(store.db, id);
    },

    /** The original bytes, as archived, for download and independent re-hashing. */
    async original(caller: Caller, id: string) {
      const source = await visibleSource(caller, id);
      // A part's bytes are its whole compilation's file: serving them would hand out every other
      // part with it. A part's own text is at /text.
      if (source.parentId !== null)
        throw new NotFoundError(
          `an original file of source ${id} (it is a part of a compilation; its own text is at /api/sources/${id}/text)`,
          { code: "not-found.part-original", params: { id } },
        );
      const sha256 = source.blobSha256;
      if (sha256 === null)
        throw new NotFoundError(`the original of source ${id} (it is known by citation only)`, {
          code: "not-found.source-original",
          params: { id },
        });
      // An original cannot be masked without changing its bytes: whoever may not see a name it
      // holds gets its extracted text (masked, offsets kept) instead.
      const text = await getSourceText(store.db, id);
      const redactor = await redactorFor(store.db, caller);
      if (text !== null && redactor.text(text, "text") !== text)
        throw new ForbiddenError(
          `the original of source ${id} names a protected person; its text, with the name hidden, is at /api/sources/${id}/text`,
          { code: "forbidden.protected-original", params: { id } },
        );
      const [first] = await acquisitionsOf(store.db, sha256);
      return {
        bytes: await store.blobs.read(sha256),
        sha256,
        fileName: first?.originalName ?? sha256,
      };
    },

    /**
     * The source's own extracted text as a file. For a part of a compilation this is its own span,
     * where the original is the whole compilation's file.
     */
    async textFile(caller: Caller, id: string) {
      const source = await visibleSource(caller, id);
      const text = await getSourceText(store.db, id);
      if (text === null || source.textSha256 === null)
        throw new NotFoundError(`the text of source ${id} (it is known by citation only)`, {
          code: "not-found.source-text",
          params: { id },
        });
      const shown = (await redactorFor(store.db, caller)).text(text, "text");
      return {
        text: shown,
        // The hash is of what is served: the stored text's, unless a protected name was hidden.
        sha256: shown === text ? source.textSha256 : sha256Hex(shown),
        fileName: `${source.metadata.title.slice(0, 80)}.txt`,
      };
    },

    /**
     * Saves a new version of the metadata; the old version stays readable. `expectedVersion` is
     * the version the editor saw: when someone saved another since, the edit is a 409, not a
     * silent overwrite of their change.
     */
    async edit(
      caller: Caller,
      id: string,
      patch: SourceMetadataPatch,
      reason: string | null,
      expectedVersion?: number,
    ) {
      assertMayWrite(caller);
      const source = await visibleSource(caller, id);
      assertMayChangeItem(caller, await guardOfSource(store.db, source));
      if (expectedVersion !== undefined && expectedVersion !== source.version)
        throw staleEdit(id, source.version);
      let metadata: ReturnType<typeof applyMetadataPatch>;
      try {
        metadata = applyMetadataPatch(source.metadata, patch);
      } catch (error) {
        if (error instanceof InvalidMetadataError)
          throw new InvalidInputError(error.message, error.field, error.coded);
        throw error;
      }
      await assertCaseChoice(store.db, metadata, {
        caseId: source.metadata.caseId,
        caseRef: source.caseRef,
      });
      await assertPartNotWiderThanParent(store.db, source, metadata.access);
      const actor = actorName(caller);
      const at = new Date();
      const version = source.version + 1;
      const changed = metadataChanges(source.metadata, metadata).map((c) => c.field);
      await store.db.transaction(async (tx) => {
        if (!(await updateCurrentMetadata(tx, id, version, metadata))) throw staleEdit(id, null);
        await insertVersion(tx, id, version, metadata, at, actor, reason);
        if (metadata.access !== source.metadata.access)
          await followParent(tx, id, metadata.access, { actor, at, reason });
        // Proposals in the publisher's voice follow its name; reviewed claims stay as reviewed.
        const [from, to] = [publisherName(source.metadata), publisherName(metadata)];
        const reattributed =
          from === to
            ? []
            : await reattributeProposals(tx, id, from, to, {
                actor,
                at,
                reason: `the source's publisher changed (source version ${version})`,
              });
        await appendLog(
          tx,
          {
            actor,
            action: "source.edit",
            targetType: "source",
            targetId: id,
            reason,
            // Claims by id only: the log keeps no names (a name may be protected later).
            data: { version, changed, ...(reattributed.length > 0 && { reattributed }) },
          },
          at,
        );
      });
      return presentSourceSummary((await getSource(store.db, id)) ?? source);
    },

    /** Deletes as a tombstone: hidden from every view, kept in the archive and the log. */
    async remove(caller: Caller, id: string, reason: string) {
      assertMayWrite(caller);
      if (reason.trim() === "")
        throw new InvalidInputError("deleting a source needs a reason", "reason", {
          code: "invalid-input.reason-needed",
        });
      const source = await visibleSource(caller, id);
      assertMayChangeItem(caller, await guardOfSource(store.db, source));
      const actor = actorName(caller);
      const at = new Date();
      await store.db.transaction(async (tx) => {
        await tombstoneSource(tx, id, at, actor, reason);
        await appendLog(
          tx,
          { actor, action: "source.delete", targetType: "source", targetId: id, reason, data: {} },
          at,
        );
      });
    },
  };
}
export type SourcesService = ReturnType<typeof createSourcesService>;
