/** The CLI holding the store itself: calls the services directly as the local operator. */
import { createServices } from "../../services/services.js";
import type { Store } from "../../store/open-store.js";
import { localAccountsPort } from "./accounts-port.js";
import { localCapturePort } from "./capture-port.js";
import type { CasefilePort } from "./casefile-port.js";
import { localChroniclePort, localMemorialPort } from "./chronicle-port.js";
import { localJobsPort } from "./jobs-port.js";
import { localLegalPort } from "./legal-port.js";
import { localOperator } from "./local-operator.js";
import { localMediaPort } from "./media-port.js";
import { localProtectionPort } from "./protection-port.js";
import { localRegistryPort } from "./registry-port.js";

export function localPort(store: Store, maxFileBytes?: number): CasefilePort {
  const services = createServices(store, { door: "cli", maxFileBytes });
  const me = localOperator();
  return {
    via: store.db.driver === "pglite" ? `the store in ${store.dataDir}` : "the PostgreSQL server",
    ingestFile: (req) => services.ingest.ingestFile(me, req),
    listSources: (q) => services.sources.list(me, q),
    getSource: (id) => services.sources.get(me, id),
    editSource: (id, patch, reason, expectedVersion) =>
      services.sources.edit(me, id, patch, reason, expectedVersion),
    deleteSource: (id, reason) => services.sources.remove(me, id, reason),
    listClaims: (q) => services.claims.list(me, q),
    getClaim: (id) => services.claims.get(me, id),
    reviewClaim: (id, req) => services.claims.review(me, id, req),
    createClaim: (req) => services.claims.create(me, req),
    confirmClaims: (ids, reason) => services.claims.confirmMany(me, ids, reason),
    reextract: (id) => services.claims.reextract(me, id),
    setProvenance: (id, req) => services.provenance.setProvenance(me, id, req),
    figures: (caseId, measure, filter) => services.figures.figures(me, caseId, measure, filter),
    grade: (target, id, req) => services.grades.grade(me, target, id, req),
    gradeHistory: (target, id) => services.grades.history(me, target, id),
    search: (q) => services.search.search(me, q),
    caseView: (caseId, part) =>
      part === "recognitions"
        ? services.cases.recognitions(me, caseId, {})
        : part === "qualifications"
          ? services.cases.qualifications(me, caseId)
          : services.cases[part](me, caseId),
    verify: (onProgress) => services.verify.verify(me, onProgress),
    gc: (o) => services.blobGc.gc(me, o),
    log: (q) => services.activity.list(me, q),
    sourceHistory: (id) => services.sources.history(me, id),
    // Without a server, the archive's address is where `casefile serve` would serve it.
    cite: (id, format) =>
      services.cite.format(
        me,
        id,
        process.env.CASEFILE_PUBLIC_URL ??
          `http://${process.env.HOST ?? "127.0.0.1"}:${process.env.PORT ?? "3000"}`,
        format,
      ),
    ...localRegistryPort(services.registry, me),
    ...localMediaPort(services.media, services.transcripts, me),
    ...localLegalPort(services, me),
    ...localJobsPort(services, me),
    ...localAccountsPort(services, me),
    ...localProtectionPort(services, me),
    ...localCapturePort(services, me),
    ...localChroniclePort(services.chronicle, me),
    ...localMemorialPort(services.memorial, me),
    close: () => store.close(),
  };
}
