/** The shape a chronicle entry leaves the system in: no author names beyond who changed it last. */
import type { ChronicleEntryRecord } from "../../store/chronicle.repository.js";

export interface ChronicleSourceView {
  readonly title: string;
  readonly width: number | null;
  readonly height: number | null;
  readonly hasThumbnail: boolean;
}

export function presentChronicleEntry(
  e: ChronicleEntryRecord,
  source: ChronicleSourceView,
  visibleRecords: ReadonlySet<string>,
) {
  return {
    id: e.id,
    caseId: e.caseId,
    sourceId: e.sourceId,
    position: e.position,
    caption: e.caption,
    // A person's registry record is named only to whoever may see that record.
    persons: e.persons.map((p) => ({
      name: p.name,
      recordId: p.recordId !== null && visibleRecords.has(p.recordId) ? p.recordId : null,
    })),
    access: e.access,
    version: e.version,
    changedAt: e.changedAt.toISOString(),
    changedBy: e.changedBy,
    source: {
      title: source.title,
      width: source.width,
      height: source.height,
      hasThumbnail: source.hasThumbnail,
    },
  };
}
export type ChronicleEntryView = ReturnType<typeof presentChronicleEntry>;
