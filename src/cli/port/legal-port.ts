/** The legal part of the CLI port (evidence links, matrix, briefs, exports): in-process and over the API. */
import type { Caller } from "../../services/caller.js";
import type {
  EvidenceService,
  LinkQuery,
  LinkReviewRequest,
  NewLinkRequest,
} from "../../services/evidence.service.js";
import type { ExportOutput, ExportRequest } from "../../services/export.service.js";
import type { ImportReport } from "../../services/import.service.js";
import type { MatrixQuery } from "../../services/matrix.service.js";
import type { MatrixView } from "../../services/presenters/matrix.presenter.js";
import type { ReportOutput, ReportRequest } from "../../services/report.service.js";
import type { Services } from "../../services/services.js";
import { CliError } from "../command.js";
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
  report(caseId: string, req: ReportRequest): Promise<ReportOutput>;
  exportCase(caseId: string, req: ExportRequest): Promise<ExportFile>;
  /** A case document whose archived files are inline (the CLI inlines files named by --blobs). */
  importCase(document: string): Promise<ImportReport>;
}

/** An export as the CLI writes it. */
export type ExportFile = Pick<ExportOutput, "format" | "mediaType" | "fileName" | "bytes">;

export function localLegalPort(services: Services, me: Caller): LegalPort {
  return {
    proposeEvidence: (caseId) => services.evidence.propose(me, caseId),
    listEvidence: (caseId, q) => services.evidence.list(me, caseId, q),
    addEvidence: (caseId, req) => services.evidence.create(me, caseId, req),
    reviewEvidence: (id, req) => services.evidence.review(me, id, req),
    getEvidence: (id) => services.evidence.get(me, id),
    matrix: (caseId, q) => services.matrix.matrix(me, caseId, q),
    report: (caseId, req) => services.report.report(me, caseId, req),
    exportCase: (caseId, req) => services.exports.export(me, caseId, req),
    importCase: (document) => services.imports.importCase(me, document),
  };
}

function query(params: Record<string, string | undefined>): string {
  const entries = Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined);
  return entries.length ? `?${new URLSearchParams(entries)}` : "";
}

/** A file answer (a brief, an export) from the server: bytes and media type, or the problem's detail. */
async function fetchFile(
  server: { url: string; token: string },
  path: string,
): Promise<{ bytes: Uint8Array; mediaType: string }> {
  const response = await fetch(`${server.url}${path}`, {
    headers: { authorization: `Bearer ${server.token}` },
  });
  if (!response.ok) {
    const text = await response.text();
    let detail = text;
    try {
      detail = (JSON.parse(text) as { detail?: string }).detail ?? text;
    } catch {
      // Not a problem document; show the raw text.
    }
    throw new CliError(detail);
  }
  return {
    bytes: new Uint8Array(await response.arrayBuffer()),
    mediaType: response.headers.get("content-type") ?? "application/octet-stream",
  };
}

export function remoteLegalPort(call: ApiCall, server: { url: string; token: string }): LegalPort {
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
    async report(caseId, req) {
      const file = await fetchFile(
        server,
        `/api/cases/${c(caseId)}/report${query({ format: req.format, crime: req.crime, lang: req.lang })}`,
      );
      return {
        format: req.format as ReportOutput["format"],
        mediaType: file.mediaType,
        fileName: `${caseId}-brief.${req.format}`,
        bytes: file.bytes,
      };
    },
    async exportCase(caseId, req) {
      const file = await fetchFile(
        server,
        `/api/cases/${c(caseId)}/export${query({ format: req.format, table: req.table })}`,
      );
      return {
        format: req.format as ExportFile["format"],
        mediaType: file.mediaType,
        fileName: caseId,
        bytes: file.bytes,
      };
    },
    importCase: (document) => call("POST", "/api/import", document, "application/json"),
  };
}
