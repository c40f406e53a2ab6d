/** The shapes in which person lists, records and links leave the services. */
import type { LinkWithRecords } from "../../store/link-listing.repository.js";
import type { PersonListRecord, PersonRecordRow } from "../../store/person-lists.repository.js";

export function presentPersonList(l: PersonListRecord) {
  return {
    id: l.id,
    name: l.name,
    caseId: l.caseId,
    fileName: l.fileName,
    sha256: l.blobSha256,
    access: l.access,
    recordCount: l.recordCount,
    badRowCount: l.badRows.length,
    mapping: { ...l.mapping },
    createdAt: l.createdAt.toISOString(),
    createdBy: l.createdBy,
  };
}
export type PersonListView = ReturnType<typeof presentPersonList>;

export function presentPersonRecord(r: PersonRecordRow) {
  return {
    id: r.id,
    rowNumber: r.rowNumber,
    key: r.key,
    fields: { ...r.fields },
    original: { ...r.original },
  };
}
export type PersonRecordView = ReturnType<typeof presentPersonRecord>;

export function presentLink(l: LinkWithRecords) {
  return {
    id: l.id,
    runId: l.runId,
    probability: l.probability,
    origin: l.origin,
    createdBy: l.createdBy,
    status: l.status,
    createdAt: new Date(l.createdAt).toISOString(),
    reviewedBy: l.reviewedBy,
    reviewedAt: l.reviewedAt ? new Date(l.reviewedAt).toISOString() : null,
    reviewReason: l.reviewReason,
    left: { ...l.left, fields: { ...l.left.fields } },
    right: { ...l.right, fields: { ...l.right.fields } },
  };
}
export type LinkView = ReturnType<typeof presentLink>;
