/** One constituent source of a compilation, as found by the splitter. */
import type { PartialDate } from "../model/partial-date.js";
import type { SourceKind } from "../model/source-kind.js";

export type PartKind = Extract<
  SourceKind,
  | "press"
  | "ngo_report"
  | "testimony"
  | "scholarly"
  | "resolution"
  | "statement"
  | "legislative_remark"
  | "court_decision"
  | "analysis"
  | "other"
>;

export interface SplitPart {
  readonly kind: PartKind;
  readonly title: string | null;
  /** Outlet, organisation or body that published or adopted the part. */
  readonly outlet: string | null;
  /** Author, speaker or witness. */
  readonly author: string | null;
  /** Place of publication (dateline), or the speaker's state for a legislative remark. */
  readonly place: string | null;
  readonly published: PartialDate | null;
  /** The heading of the compilation section the part sits under. */
  readonly section: string | null;
  /** Offsets into the split text, half-open. */
  readonly start: number;
  readonly end: number;
}

/** A part before its end is known: the splitter's detectors produce these. */
export type PartStart = Omit<SplitPart, "end" | "section">;
