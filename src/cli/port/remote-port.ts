/**
 * The CLI while a server holds the embedded store: the same operations over the server's API,
 * authenticated with the operator token the server left in <data>/server.json.
 */
import type { SourceMetadataPatch } from "../../core/source/source-metadata.js";
import type { ActivityPage } from "../../services/activity.service.js";
import type { GcReport } from "../../services/blob-gc.service.js";
import type { IngestOutcome } from "../../services/ingest.service.js";
import type { ClaimView } from "../../services/presenters/claim.presenter.js";
import type { SourceDetail, SourceSummary } from "../../services/presenters/source.presenter.js";
import type { VerifyReport } from "../../services/verify.service.js";
import { CliError } from "../command.js";
import { remoteAccountsPort } from "./accounts-port.js";
import { remoteCapturePort } from "./capture-port.js";
import type {
  CasefilePort,
  CaseView,
  CitationView,
  ClaimDetailView,
  ClaimList,
  FiguresView,
  GradeView,
  ReextractView,
  SearchView,
  SourceHistoryView,
  SourceList,
} from "./casefile-port.js";
import { remoteChroniclePort, remoteMemorialPort } from "./chronicle-port.js";
import { remoteJobsPort } from "./jobs-port.js";
import { remoteLegalPort } from "./legal-port.js";
import { localOperator } from "./local-operator.js";
import { remoteMediaPort } from "./media-port.js";
import { remoteProtectionPort } from "./protection-port.js";
import { remoteRegistryPort } from "./registry-remote-port.js";

export interface ServerInfo {
  readonly pid: number;
  readonly url: string;
  readonly token: string;
}

export function remotePort(server: ServerInfo): CasefilePort {
  const me = localOperator();
  const actor = me.kind === "operator" ? me.name : "cli";
  async function call<T>(
    method: string,
    path: string,
    body?: BodyInit,
    contentType?: string,
  ): Promise<T> {
    const headers: Record<string, string> = {
      authorization: `Bearer ${server.token}`,
      "x-casefile-actor": actor,
    };
    if (contentType) headers["content-type"] = contentType;
    let response: Response;
    try {
      response = await fetch(`${server.url}${path}`, { method, headers, body: body ?? null });
    } catch (error) {
      throw new CliError(
        `the server at ${server.url} (process ${server.pid}) holds the store but does not answer: ${(error as Error).message}`,
      );
    }
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    if (!response.ok) {
      let detail = text;
      try {
        detail = (JSON.parse(text) as { detail?: string }).detail ?? text;
      } catch {
        // Not a problem document; show the raw text.
      }
      throw new CliError(detail);
    }
    return JSON.parse(text) as T;
  }
  const json = (value: unknown) => JSON.stringify(value);
  const query = (params: Record<string, string | number | boolean | undefined>) => {
    const entries = Object.entries(params).filter(
      (e): e is [string, string | number | boolean] => e[1] !== undefined,
    );
    return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)]))}` : "";
  };
  return {
    via: `the server at ${server.url} (process ${server.pid})`,
    ingestFile(req) {
      const form = new FormData();
      for (const [name, value] of Object.entries(req.metadata)) {
        if (value === undefined || value === null) continue;
        form.append(name, Array.isArray(value) ? value.join(";") : String(value));
      }
      if (req.split !== undefined) form.append("split", String(req.split));
      if (req.extract !== undefined) form.append("extract", String(req.extract));
      form.append("file", new Blob([Buffer.from(req.bytes)]), req.fileName);
      return call<IngestOutcome>("POST", "/api/sources", form);
    },
    listSources: (q) =>
      call<SourceList>(
        "GET",
        `/api/sources${query({ kind: q.kind, parent: q.parentId, top: q.topLevelOnly, q: q.q, limit: q.limit, offset: q.offset })}`,
      ),
    getSource: (id) => call<SourceDetail>("GET", `/api/sources/${encodeURIComponent(id)}`),
    editSource: (id, patch: SourceMetadataPatch, reason, version) =>
      call<SourceSummary>(
        "PATCH",
        `/api/sources/${encodeURIComponent(id)}`,
        json({ ...patch, reason, version }),
        "application/json",
      ),
    deleteSource: (id, reason) =>
      call<undefined>(
        "DELETE",
        `/api/sources/${encodeURIComponent(id)}`,
        json({ reason }),
        "application/json",
      ),
    listClaims: (q) =>
      call<ClaimList>(
        "GET",
        `/api/claims${query({ source: q.sourceId, case: q.caseId, status: q.status, kind: q.kind, measure: q.measure, limit: q.limit, offset: q.offset })}`,
      ),
    getClaim: (id) => call<ClaimDetailView>("GET", `/api/claims/${encodeURIComponent(id)}`),
    reviewClaim: (id, req) =>
      call<ClaimView>(
        "POST",
        `/api/claims/${encodeURIComponent(id)}/review`,
        json(req),
        "application/json",
      ),
    createClaim: ({ sourceId, ...rest }) =>
      call<ClaimView>(
        "POST",
        "/api/claims",
        json({ source: sourceId, ...rest }),
        "application/json",
      ),
    confirmClaims: (ids, reason) =>
      call<{ confirmed: number }>(
        "POST",
        "/api/claims/confirm",
        json({ ids, reason }),
        "application/json",
      ),
    reextract: (id) =>
      call<ReextractView>("POST", `/api/sources/${encodeURIComponent(id)}/extract`),
    setProvenance: (id, req) =>
      call<ClaimView>(
        "POST",
        `/api/claims/${encodeURIComponent(id)}/provenance`,
        json(req),
        "application/json",
      ),
    figures: (caseId, measure, filter) =>
      call<FiguresView>(
        "GET",
        `/api/cases/${encodeURIComponent(caseId)}/figures${query({ measure, reliability: filter?.reliability?.join(","), credibility: filter?.credibility?.join(",") })}`,
      ),
    grade: (target, id, req) =>
      call<GradeView>(
        "POST",
        `/api/${target}s/${encodeURIComponent(id)}/grades`,
        json(req),
        "application/json",
      ),
    gradeHistory: (target, id) =>
      call<GradeView>("GET", `/api/${target}s/${encodeURIComponent(id)}/grades`),
    search: (q) =>
      call<SearchView>(
        "GET",
        `/api/search${query({ q: q.q, case: q.caseId, kind: q.kind, from: q.from, to: q.to, affiliation: q.affiliation, measure: q.measure, place: q.place, limit: q.limit, offset: q.offset })}`,
      ),
    caseView: (caseId, part) =>
      call<CaseView>(
        "GET",
        `/api/cases/${encodeURIComponent(caseId)}${part === "overview" ? "" : `/${part}`}`,
      ),
    verify: () => call<VerifyReport>("POST", "/api/verify"),
    gc: (o) =>
      call<GcReport>(
        "POST",
        "/api/gc",
        json({
          graceSeconds: Math.round(o.graceMs / 1000),
          keepJobsSeconds:
            o.jobRetentionMs === undefined ? undefined : Math.round(o.jobRetentionMs / 1000),
          keepViewsSeconds:
            o.viewRetentionMs === undefined ? undefined : Math.round(o.viewRetentionMs / 1000),
          dryRun: o.dryRun,
        }),
        "application/json",
      ),
    log: (q) =>
      call<ActivityPage>(
        "GET",
        `/api/activity${query({ actor: q.actor, action: q.actions?.join(","), decision: q.decision, from: q.from, to: q.to, case: q.caseId, target: q.targetId, limit: q.limit, offset: q.offset })}`,
      ),
    sourceHistory: (id) =>
      call<SourceHistoryView>("GET", `/api/sources/${encodeURIComponent(id)}/history`),
    cite: (id, format) =>
      call<CitationView>("GET", `/api/cite/${encodeURIComponent(id)}${query({ format })}`),
    ...remoteRegistryPort(call),
    ...remoteMediaPort(call),
    ...remoteCapturePort(call),
    ...remoteLegalPort(call, server),
    ...remoteJobsPort(call),
    ...remoteAccountsPort(call),
    ...remoteProtectionPort(call),
    ...remoteChroniclePort(call),
    ...remoteMemorialPort(call),
    close: async () => {},
  };
}
