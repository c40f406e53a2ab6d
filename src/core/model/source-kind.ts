/** What a source is, as published. One list for the archive, the splitter and the case data. */
export const SOURCE_KINDS = [
  "compilation",
  "ngo_report",
  "press",
  "testimony",
  "scholarly",
  "resolution",
  "statement",
  "legislative_remark",
  "court_decision",
  "official_record",
  "analysis",
  "dataset",
  "photo",
  "video",
  "audio",
  "other",
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export function isSourceKind(value: unknown): value is SourceKind {
  return typeof value === "string" && (SOURCE_KINDS as readonly string[]).includes(value);
}
