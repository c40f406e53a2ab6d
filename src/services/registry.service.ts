/**
 * The victim registry: person lists imported from CSV, linkage runs that propose links between
 * records, review of those links, and from the confirmed links the capture histories and the
 * estimates of the total. Persons are sensitive: every read starts from what the caller may see.
 */

import { fourEyesRequired, recordLinkCases } from "../store/four-eyes.repository.js";
import { listLinks } from "../store/link-listing.repository.js";
import type { Store } from "../store/open-store.js";
import { recordsOfLists } from "../store/person-lists.repository.js";
import {
  getVisibleLink,
  LINK_STATUSES,
  type LinkStatus,
} from "../store/record-links.repository.js";
import { actorName, type Caller } from "./caller.js";
import { InvalidInputError, NotFoundError } from "./errors.js";
import { pageOf } from "./paging.js";
import { assertMayReview, visibilityKeys } from "./policies/access.policy.js";
import { statusAfterReview } from "./policies/four-eyes.policy.js";
import {
  presentLink,
  presentPersonList,
  presentPersonRecord,
} from "./presenters/person-list.presenter.js";
import {
  type EstimatesRequest,
  registryEstimates,
  registryHistories,
} from "./registry-histories.js";
import { importPersonList, type ListImportRequest } from "./registry-import.js";
import { appendLinkVersion } from "./registry-link-version.js";
import { type LinkageRequest, runLinkage } from "./registry-linkage.js";
import {
  linkByHand,
  linkHistory,
  type ManualLinkRequest,
  unlink,
} from "./registry-manual-links.js";
import { previewPersonList } from "./registry-preview.js";
import { type RecordSearch, searchListRecords } from "./registry-record-search.js";
import type { ArchiveOptions } from "./uploaded-file.js";
import { UUID, visibleList, visibleLists } from "./visible-lists.js";

export interface LinkQuery {
  readonly status?: string | undefined;
  /** A list by id or name: links with a record on it. */
  readonly list?: string | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

export interface LinkReviewRequest {
  readonly action: "confirm" | "reject";
  readonly reason?: string | null | undefined;
}

const page = (limit: number | undefined, offset: number | undefined, max: number) =>
  pageOf(limit, offset, 100, max);

export function createRegistryService(store: Store, options: ArchiveOptions) {
  async function links(caller: Caller, q: LinkQuery & { ids?: readonly string[] }) {
    if (q.status !== undefined && !(LINK_STATUSES as readonly string[]).includes(q.status))
      throw new InvalidInputError(`status must be one of ${LINK_STATUSES.join(", ")}`, "status", {
        code: "invalid-input.enum",
        params: { field: "status", allowed: LINK_STATUSES.join(", ") },
      });
    const listId =
      q.list === undefined ? undefined : (await visibleList(store.db, caller, q.list)).id;
    const p = page(q.limit, q.offset, 1000);
    const { items, total } = await listLinks(store.db, {
      visibility: visibilityKeys(caller),
      status: q.status as LinkStatus | undefined,
      listId,
      ids: q.ids,
      ...p,
    });
    return { items: items.map(presentLink), total, ...p };
  }

  async function oneLink(caller: Caller, id: string) {
    const [view] = (await links(caller, { ids: [id] })).items;
    if (!view) throw new NotFoundError(`link ${id}`, { code: "not-found.link", params: { id } });
    return view;
  }

  return {
    importList: (caller: Caller, req: ListImportRequest) =>
      importPersonList(store, options, caller, req),

    /** What an import of these bytes would read: columns as detected or chosen, first rows. */
    previewList: (
      caller: Caller,
      req: Pick<ListImportRequest, "bytes" | "fileName" | "map" | "ignore" | "idColumn">,
    ) =>
      previewPersonList(caller, options.maxBytes, {
        bytes: req.bytes,
        fileName: req.fileName,
        overrides: {
          ...(req.map && { map: req.map }),
          ...(req.ignore && { ignore: req.ignore }),
          ...(req.idColumn && { id: req.idColumn }),
        },
      }),

    async lists(caller: Caller) {
      const items = (await visibleLists(store.db, caller)).map(presentPersonList);
      return { items, total: items.length };
    },

    /** A list with a page of its records (in file order) and the rows that were not imported. */
    async list(caller: Caller, idOrName: string, q: { limit?: number; offset?: number } = {}) {
      const list = await visibleList(store.db, caller, idOrName);
      const p = page(q.limit, q.offset, 1000);
      const records = await recordsOfLists(store.db, [list.id], p);
      return {
        ...presentPersonList(list),
        header: [...list.header],
        badRows: list.badRows.map((b) => ({ ...b })),
        acquisitionId: list.acquisitionId,
        records: { items: records.map(presentPersonRecord), total: list.recordCount, ...p },
      };
    },

    link: (caller: Caller, req: LinkageRequest) => runLinkage(store, caller, req),

    links,

    /** Confirms or rejects a link (a reason is required to reject); re-reviewing is allowed, versioned and logged; four eyes apply. */
    async reviewLink(caller: Caller, id: string, req: LinkReviewRequest) {
      assertMayReview(caller);
      const reason = req.reason?.trim() || null;
      if (req.action !== "confirm" && req.action !== "reject")
        throw new InvalidInputError("action must be confirm or reject", "action", {
          code: "invalid-input.enum",
          params: { field: "action", allowed: "confirm, reject" },
        });
      if (req.action === "reject" && !reason)
        throw new InvalidInputError("rejecting a link needs a reason", "reason", {
          code: "invalid-input.reason-needed",
        });
      const actor = actorName(caller);
      const at = new Date();
      await store.db.transaction(async (tx) => {
        const link = UUID.test(id) ? await getVisibleLink(tx, id, visibilityKeys(caller)) : null;
        if (!link)
          throw new NotFoundError(`link ${id}`, { code: "not-found.link", params: { id } });
        const status: LinkStatus = statusAfterReview(
          {
            noun: "registry link",
            // A candidate is reviewed like a proposal.
            status: link.status === "candidate" ? "proposed" : link.status,
            reviewedBy: link.reviewedBy,
            author: link.origin === "manual" ? link.createdBy : null,
          },
          {
            action: req.action,
            reviewer: actor,
            fourEyes: await fourEyesRequired(tx, await recordLinkCases(tx, id)),
          },
        );
        await appendLinkVersion(tx, link, {
          action: "link.review",
          decision: req.action,
          status,
          actor,
          at,
          reason,
        });
      });
      return oneLink(caller, id);
    },

    /** Links two records by hand (a reviewer's act, four eyes apply); 409 when already linked. */
    async linkByHand(caller: Caller, req: ManualLinkRequest) {
      return oneLink(caller, await linkByHand(store, caller, req));
    },

    /** Undoes a link of any origin: it stops counting at once; the reason is optional. */
    async unlink(caller: Caller, id: string, req: { reason?: string | null | undefined }) {
      await unlink(store, caller, id, req);
      return oneLink(caller, id);
    },

    linkHistory: (caller: Caller, id: string) => linkHistory(store, caller, id),

    /** Records of a list found by name in any script (to pick a manual link's partner). */
    searchRecords: (caller: Caller, list: string, search: RecordSearch) =>
      searchListRecords(store, caller, list, search),

    histories: (caller: Caller, lists?: readonly string[]) =>
      registryHistories(store, caller, lists),

    estimates: (caller: Caller, req: EstimatesRequest) => registryEstimates(store, caller, req),
  };
}
export type RegistryService = ReturnType<typeof createRegistryService>;
