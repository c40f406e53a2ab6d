/** The victim registry's part of the CLI port: the same operations in-process and over the API. */

import type {
  LinkQuery,
  LinkReviewRequest,
  RegistryService,
} from "../../services/registry.service.js";
import type { EstimatesRequest } from "../../services/registry-histories.js";
import type { ListImportRequest } from "../../services/registry-import.js";
import type { LinkageRequest } from "../../services/registry-linkage.js";

type Result<K extends keyof RegistryService> = Awaited<ReturnType<RegistryService[K]>>;
export type ListImportView = Result<"importList">;
export type PersonListsView = Result<"lists">;
export type PersonListDetailView = Result<"list">;
export type LinkageRunView = Result<"link">;
export type LinkListView = Result<"links">;
export type LinkReviewView = Result<"reviewLink">;
export type HistoriesView = Result<"histories">;
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
    registryHistories: (lists) => registry.histories(me, lists),
    registryEstimates: (req) => registry.estimates(me, req),
  };
}
