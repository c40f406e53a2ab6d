/** The victim registry's part of the CLI port: the same operations in-process and over the API. */

import type {
  LinkQuery,
  LinkReviewRequest,
  RegistryService,
} from "../../services/registry.service.js";
import type { EstimatesRequest } from "../../services/registry-histories.js";
import type { ListImportRequest } from "../../services/registry-import.js";
import type { LinkageRequest } from "../../services/registry-linkage.js";
import type { ManualLinkRequest } from "../../services/registry-manual-links.js";
import type { RecordSearch } from "../../services/registry-record-search.js";

type Result<K extends keyof RegistryService> = Awaited<ReturnType<RegistryService[K]>>;
export type ListImportView = Result<"importList">;
export type PersonListsView = Result<"lists">;
export type PersonListDetailView = Result<"list">;
export type LinkageRunView = Result<"link">;
export type LinkListView = Result<"links">;
export type LinkReviewView = Result<"reviewLink">;
export type HistoriesView = Result<"histories">;
export type LinkHistoryView = Result<"linkHistory">;
export type RecordSearchView = Result<"searchRecords">;
export type EstimatesView = Result<"estimates">;

export interface RegistryPort {
  importList(req: ListImportRequest): Promise<ListImportView>;
  personLists(): Promise<PersonListsView>;
  personList(
    idOrName: string,
    page: { limit?: number; offset?: number },
  ): Promise<PersonListDetailView>;
  runLinkage(req: LinkageRequest): Promise<LinkageRunView>;
  listLinks(query: LinkQuery): Promise<LinkListView>;
  reviewLink(id: string, req: LinkReviewRequest): Promise<LinkReviewView>;
  linkByHand(req: ManualLinkRequest): Promise<LinkReviewView>;
  unlink(id: string, req: { reason?: string | null | undefined }): Promise<LinkReviewView>;
  linkHistory(id: string): Promise<LinkHistoryView>;
  searchRecords(list: string, search: RecordSearch): Promise<RecordSearchView>;
  registryHistories(lists?: readonly string[]): Promise<HistoriesView>;
  registryEstimates(req: EstimatesRequest): Promise<EstimatesView>;
}

/** The registry through the services, as the given caller. */
export function localRegistryPort(
  registry: RegistryService,
  me: Parameters<RegistryService["lists"]>[0],
): RegistryPort {
  return {
    importList: (req) => registry.importList(me, req),
    personLists: () => registry.lists(me),
    personList: (id, page) => registry.list(me, id, page),
    runLinkage: (req) => registry.link(me, req),
    listLinks: (q) => registry.links(me, q),
    reviewLink: (id, req) => registry.reviewLink(me, id, req),
    linkByHand: (req) => registry.linkByHand(me, req),
    unlink: (id, req) => registry.unlink(me, id, req),
    linkHistory: (id) => registry.linkHistory(me, id),
    searchRecords: (list, search) => registry.searchRecords(me, list, search),
    registryHistories: (lists) => registry.histories(me, lists),
    registryEstimates: (req) => registry.estimates(me, req),
  };
}
