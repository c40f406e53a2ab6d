/**
 * Loads a reference case into an empty store: its sources (text from the corpus files when they
 * are at hand, citation-only otherwise), claimants, reviewed claims anchored to their passages,
 * and the case data itself (events, routes, recognitions). One transaction, one log entry.
 */
import {
  type AssembledSource,
  assembleSourceText,
  type CaseClaim,
  type CaseData,
  type SourceRecord as CaseSource,
  type ClaimantRecord,
} from "../core/case/index.js";
import { caseIds } from "../core/case/stable-ids.js";
import { passageIndexAt } from "../core/claims/passage-of.js";
import { sha256Hex } from "../core/hash/sha256.js";
import type { Claimant, ClaimFields } from "../core/model/claim.js";
import type { ProvenanceLink } from "../core/model/provenance.js";
import { anchorIn } from "../core/model/span.js";
import { segmentPassages } from "../core/text/passages.js";
import {
  type CorpusFileFound,
  findCorpusFiles,
  readCaseDir,
} from "../ingest/case/read-case-dir.js";
import { insertAcquisition, insertBlobRecord } from "../store/blobs.repository.js";
import { caseExists, insertCase, insertClaimants } from "../store/cases.repository.js";
import { insertClaims, type NewClaim } from "../store/claims.repository.js";
import type { Queryable } from "../store/db.js";
import { appendLog } from "../store/log.repository.js";
import type { Store } from "../store/open-store.js";
import { insertPassages, insertSource, type PassageRecord } from "../store/sources.repository.js";
import { CASEFILE_VERSION } from "./version.js";

const LOADER = "casefile-reference";

export interface CaseLoadReport {
  readonly caseId: string;
  readonly loaded: boolean;
  readonly sources: number;
  readonly citationOnly: number;
  readonly claims: number;
  readonly missingCorpus: readonly string[];
}

function roleOf(claimant: ClaimantRecord | undefined, isPublisher: boolean): Claimant["role"] {
  if (isPublisher) return "publisher";
  if (!claimant) return "other";
  if (claimant.affiliation === "witness") return "witness";
  return claimant.kind === "person"
    ? "person"
    : claimant.kind === "organisation"
      ? "organisation"
      : claimant.kind === "body" || claimant.kind === "record"
        ? "body"
        : "other";
}

function fieldsOf(c: CaseClaim): ClaimFields & Record<string, unknown> {
  if (c.kind === "figure")
    return {
      kind: "figure",
      measure: c.measure,
      min: c.min,
      max: c.max,
      hedge: c.hedge,
      subgroup: c.subgroup,
      unit: c.unit,
      aspect: c.aspect,
      scope: c.scope,
    };
  if (c.kind === "time")
    return {
      kind: "time",
      startIso: c.startIso,
      endIso: c.endIso,
      precision: c.precision,
      approximate: c.approximate,
      about: c.about,
    };
  return { kind: "qualification", qualification: c.qualification };
}

interface StoredSource {
  readonly id: string;
  /** The source's text: its span, then any footnotes the layout moved (see assembleSourceText). */
  readonly assembled: AssembledSource | null;
  readonly passages: readonly PassageRecord[];
}

/** Parents before children, so that every parent id exists when its part is inserted. */
function parentsFirst(sources: readonly CaseSource[]): CaseSource[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const depth = (s: CaseSource): number =>
    s.parent && byId.get(s.parent) ? 1 + depth(byId.get(s.parent) as CaseSource) : 0;
  return [...sources].sort((a, b) => depth(a) - depth(b));
}

async function insertCaseSources(
  tx: Queryable,
  data: CaseData,
  files: Map<string, { text: string; acquisitionId: string }>,
  at: Date,
) {
  const stored = new Map<string, StoredSource>();
  for (const s of parentsFirst(data.sources)) {
    const file = files.get(s.locator.file);
    const assembled = file ? assembleSourceText(file.text, s) : null;
    const text = assembled?.text ?? null;
    const parent = s.parent ? stored.get(s.parent) : undefined;
    const parentLocator = s.parent
      ? data.sources.find((p) => p.id === s.parent)?.locator
      : undefined;
    // Ids derive from the case's own names, so that citations hold in every store (stable-ids.ts).
    const ids = caseIds(data.info.id);
    const id = ids.source(s.id);
    await insertSource(tx, {
      id,
      blobSha256: file ? s.locator.file : null,
      acquisitionId: file?.acquisitionId ?? null,
      caseRef: s.id,
      parent:
        parent && parentLocator
          ? {
              id: parent.id,
              start: s.locator.start - parentLocator.start,
              end: s.locator.end - parentLocator.start,
            }
          : null,
      format: file ? "text" : "citation",
      text,
      textSha256: text === null ? null : sha256Hex(text),
      metadata: {
        kind: s.kind,
        title: s.title,
        authors: s.author ? [s.author] : [],
        organisation: s.outlet,
        publishedPlace: s.publishedPlace,
        published: s.published,
        language: s.language,
        url: null,
        access: s.access,
        affiliation: s.affiliation,
        caseId: data.info.id,
      },
      createdAt: at,
      createdBy: LOADER,
    });
    const passages =
      text === null
        ? []
        : segmentPassages(text).map((p) => ({ ...p, id: ids.passage(s.id, p.seq) }));
    await insertPassages(tx, id, passages);
    stored.set(s.id, { id, assembled, passages });
  }
  return stored;
}

/** A case link in store terms: claims and sources by store id, claimants by their case id. */
function storeLink(
  link: ProvenanceLink | null,
  claimIds: ReadonlyMap<string, string>,
  stored: ReadonlyMap<string, StoredSource>,
): ProvenanceLink | null {
  if (link === null || link.kind === "claimant") return link;
  const id = link.kind === "claim" ? claimIds.get(link.id) : stored.get(link.id)?.id;
  return id ? { kind: link.kind, id } : null;
}

function caseClaims(data: CaseData, stored: Map<string, StoredSource>, at: Date): NewClaim[] {
  const claimants = new Map(data.claimants.map((c) => [c.id, c]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const ids = caseIds(data.info.id);
  const claimIds = new Map(data.claims.map((c) => [c.id, ids.claim(c.id)]));
  return data.claims.map((c) => {
    const source = sources.get(c.sourceId) as CaseSource;
    const target = stored.get(c.sourceId) as StoredSource;
    // Offsets into the source's own text, footnotes moved by the layout included; validation
    // keeps every claim inside one of its source's spans.
    const span = target.assembled?.toSource(c.locator) ?? {
      start: c.locator.start - source.locator.start,
      end: c.locator.end - source.locator.start,
    };
    const text = target.assembled?.text ?? null;
    const quoteOk =
      text !== null && sha256Hex(text.slice(span.start, span.end)) === c.locator.quoteSha256;
    const anchor = quoteOk && text !== null ? anchorIn(text, span.start, span.end) : null;
    const claimant = claimants.get(c.claimantId);
    const index = text !== null ? passageIndexAt(target.passages, span.start) : -1;
    return {
      id: claimIds.get(c.id) as string,
      sourceId: target.id,
      passageId: target.passages[index]?.id ?? null,
      start: span.start,
      end: span.end,
      exact: anchor?.exact ?? null,
      prefix: anchor?.prefix ?? null,
      suffix: anchor?.suffix ?? null,
      quoteSha256: c.locator.quoteSha256,
      fields: fieldsOf(c),
      claimant: {
        name: claimant?.name ?? c.claimantId,
        role: roleOf(claimant, c.claimantId === source.publisherClaimant),
        ref: c.claimantId,
      },
      basis: c.basis,
      derivedFrom: storeLink(c.derivedFrom, claimIds, stored),
      caseRef: c.id,
      status: c.status,
      origin: "reference",
      createdAt: at,
      createdBy: LOADER,
      review: { by: c.reviewer, at: new Date(c.reviewedAt), reason: c.note },
    };
  });
}

/** Loads the case unless the store already has it. */
export async function ensureReferenceCase(
  store: Store,
  caseId: string,
  corpusDir: string,
): Promise<CaseLoadReport> {
  if (await caseExists(store.db, caseId))
    return { caseId, loaded: false, sources: 0, citationOnly: 0, claims: 0, missingCorpus: [] };
  const { data, sha256 } = readCaseDir(caseId);
  const { found, missing } = findCorpusFiles(data, corpusDir);
  for (const f of found) await store.blobs.put(f.bytes, f.sha256);
  const at = new Date();
  return store.db.transaction(async (tx) => {
    if (await caseExists(tx, caseId))
      return { caseId, loaded: false, sources: 0, citationOnly: 0, claims: 0, missingCorpus: [] };
    await insertCase(tx, {
      id: caseId,
      title: data.info.title,
      summary: data.info.summary,
      data,
      dataSha256: sha256,
      loadedAt: at,
    });
    await insertClaimants(tx, caseId, data.claimants);
    const files = new Map<string, { text: string; acquisitionId: string }>();
    for (const f of found) await archiveCorpusFile(tx, caseId, f, at, files);
    const stored = await insertCaseSources(tx, data, files, at);
    const claims = caseClaims(data, stored, at);
    await insertClaims(tx, claims);
    const citationOnly = [...stored.values()].filter((s) => s.assembled === null).length;
    await appendLog(
      tx,
      {
        actor: LOADER,
        action: "case.load",
        targetType: "case",
        targetId: caseId,
        reason: null,
        data: {
          dataSha256: sha256,
          sources: stored.size,
          citationOnly,
          claims: claims.length,
          corpus: found.map((f) => f.name),
          missingCorpus: missing,
        },
      },
      at,
    );
    return {
      caseId,
      loaded: true,
      sources: stored.size,
      citationOnly,
      claims: claims.length,
      missingCorpus: missing,
    };
  });
}

async function archiveCorpusFile(
  tx: Queryable,
  caseId: string,
  f: CorpusFileFound,
  at: Date,
  files: Map<string, { text: string; acquisitionId: string }>,
) {
  const acquisitionId = caseIds(caseId).acquisition(f.sha256);
  await insertBlobRecord(tx, f.sha256, f.bytes.byteLength, "text/plain", at);
  await insertAcquisition(tx, {
    id: acquisitionId,
    blobSha256: f.sha256,
    acquiredBy: LOADER,
    acquiredAt: at,
    origin: f.path,
    originalName: f.name,
    tool: `casefile-case-loader/${CASEFILE_VERSION}`,
  });
  // Offsets in the case data are into the file decoded as UTF-8, exactly as here.
  files.set(f.sha256, { text: new TextDecoder("utf-8").decode(f.bytes), acquisitionId });
}
