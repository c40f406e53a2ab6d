/** The legal part of the CLI port (evidence links, matrix, briefs, exports): in-process and over the API. */
import type { Caller } from "../../services/caller.js";
import type {
  EvidenceService,
  LinkQuery,
  LinkReviewRequest,
  NewLinkRequest,
} from "../../services/evidence.service.js";
import type { MatrixQuery } from "../../services/matrix.service.js";
import type { MatrixView } from "../../services/presenters/matrix.presenter.js";
import type { Services } from "../../services/services.js";
import type { ApiCall } from "./registry-remote-port.js";

type Result<K extends keyof EvidenceService> = Awaited<ReturnType<EvidenceService[K]>>;
export type ProposeView = Result<"propose">;
export type EvidenceLinkList = Result<"list">;
export type EvidenceLinkDetail = Result<"get">;
export type EvidenceLinkOne = Result<"create">;

export interface LegalPort {
  proposeEvidence(caseId: string): Promise<ProposeView>;
  listEvidence(caseId: string, query: LinkQuery): Promise<EvidenceLinkList>;
  addEvidence(caseId: string, req: NewLinkRequest): Promise<EvidenceLinkOne>;
  reviewEvidence(id: string, req: LinkReviewRequest): Promise<EvidenceLinkOne>;
  getEvidence(id: string): Promise<EvidenceLinkDetail>;
  matrix(caseId: string, query: MatrixQuery): Promise<MatrixView>;
}

export function localLegalPort(services: Services, me: Caller): LegalPort {
  return {
    proposeEvidence: (caseId) => services.evidence.propose(me, caseId),
    listEvidence: (caseId, q) => services.evidence.list(me, caseId, q),
    addEvidence: (caseId, req) => services.evidence.create(me, caseId, req),
    reviewEvidence: (id, req) => services.evidence.review(me, id, req),
    getEvidence: (id) => services.evidence.get(me, id),
    matrix: (caseId, q) => services.matrix.matrix(me, caseId, q),
  };
}

function query(params: Record<string, string | undefined>): string {
  const entries = Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined);
  return entries.length ? `?${new URLSearchParams(entries)}` : "";
}

export function remoteLegalPort(call: ApiCall): LegalPort {
  const c = (id: string) => encodeURIComponent(id);
  const json = (value: unknown) => JSON.stringify(value);
  return {
    proposeEvidence: (caseId) => call("POST", `/api/cases/${c(caseId)}/evidence/propose`),
    listEvidence: (caseId, q) =>
      call(
        "GET",
        `/api/cases/${c(caseId)}/evidence${query({ status: q.status, polarity: q.polarity, element: q.elementId, crime: q.crime })}`,
      ),
    addEvidence: (caseId, req) =>
      call("POST", `/api/cases/${c(caseId)}/evidence`, json(req), "application/json"),
    reviewEvidence: (id, req) =>
      call("POST", `/api/evidence/${c(id)}/review`, json(req), "application/json"),
    getEvidence: (id) => call("GET", `/api/evidence/${c(id)}`),
    matrix: (caseId, q) =>
      call(
        "GET",
        `/api/cases/${c(caseId)}/matrix${query({ crime: q.crime, element: q.element, polarity: q.polarity })}`,
      ),
  };
}
