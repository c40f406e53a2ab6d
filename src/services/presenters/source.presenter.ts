/** The shapes in which sources leave the services, for the API and the CLI's --json alike. */
import { metadataChanges } from "../../core/history/field-changes.js";
import type { AcquisitionRecord } from "../../store/blobs.repository.js";
import type { PassageRecord, SourceRecord, VersionRecord } from "../../store/sources.repository.js";

export function presentSourceSummary(s: SourceRecord) {
  const m = s.metadata;
  return {
    id: s.id,
    kind: m.kind,
    title: m.title,
    authors: [...m.authors],
    organisation: m.organisation,
    publishedPlace: m.publishedPlace,
    published: m.published ? { iso: m.published.iso, precision: m.published.precision } : null,
    language: m.language,
    url: m.url,
    access: m.access,
    reliability: s.reliability,
    version: s.version,
    format: s.format,
    sha256: s.blobSha256,
    textSha256: s.textSha256,
    caseId: m.caseId,
    caseRef: s.caseRef,
    affiliation: m.affiliation,
    textLength: s.textLength,
    passageCount: s.passageCount,
    parentId: s.parentId,
    parentSpan: s.parentId !== null ? { start: s.parentStart ?? 0, end: s.parentEnd ?? 0 } : null,
    createdAt: s.createdAt.toISOString(),
    createdBy: s.createdBy,
  };
}
export type SourceSummary = ReturnType<typeof presentSourceSummary>;

/** A file name, never the server's directories: a path tells an outsider how the machine is laid out. */
function fileNameOnly(origin: string): string {
  return origin.split(/[\\/]/).pop() || origin;
}

/** Administrators see where bytes came from in full (a server path); everyone else the file name. */
export function presentAcquisition(a: AcquisitionRecord, showPaths = false) {
  return {
    id: a.id,
    acquiredBy: a.acquiredBy,
    acquiredAt: a.acquiredAt.toISOString(),
    origin: showPaths ? a.origin : fileNameOnly(a.origin),
    originalName: a.originalName,
    tool: a.tool,
  };
}

export function presentPassage(p: PassageRecord) {
  return { id: p.id, seq: p.seq, start: p.start, end: p.end, text: p.text };
}

/** A version with what changed from the one before it (`previous` null for the first). */
export function presentVersion(v: VersionRecord, previous: VersionRecord | null) {
  return {
    version: v.version,
    metadata: v.metadata,
    // The first version is the item as made: nothing changed yet.
    changes: previous ? metadataChanges(previous.metadata, v.metadata) : [],
    createdAt: v.createdAt.toISOString(),
    createdBy: v.createdBy,
    reason: v.reason,
  };
}

export interface SourceDetailParts {
  readonly source: SourceRecord;
  /** What the source's case notes about it (an undated testimony, an unnamed issuing body). */
  readonly caseNote: string | null;
  readonly text: string;
  readonly passages: readonly PassageRecord[];
  readonly acquisitions: readonly AcquisitionRecord[];
  readonly parts: readonly SourceRecord[];
  /** Whether the reader may see the server's file paths (administrators only). */
  readonly showPaths: boolean;
}

export function presentSourceDetail(d: SourceDetailParts) {
  return {
    ...presentSourceSummary(d.source),
    caseNote: d.caseNote,
    text: d.text,
    passages: d.passages.map(presentPassage),
    acquisitions: d.acquisitions.map((a) => presentAcquisition(a, d.showPaths)),
    parts: d.parts.map(presentSourceSummary),
  };
}
export type SourceDetail = ReturnType<typeof presentSourceDetail>;
