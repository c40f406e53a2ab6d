/** A figure found in a cleaned text: its span there and its validated fields. */
import type { FigureFields } from "../model/claim.js";

export interface FoundFigure {
  readonly start: number;
  readonly end: number;
  readonly fields: FigureFields;
  /** Who states it, when the layout says so (a source column, "(per the ministry)"). */
  readonly claimant?: { readonly name: string; readonly start: number; readonly end: number };
  /**
   * The grammar found no measure cue at all: its `other` is for want of one, not a decision (a
   * capacity, a release, two measures joined, a list), so the learned fallback may read it.
   */
  readonly uncued?: true;
  /** For a member of such a count ("…, among them 40 children"): the whole it belongs to. */
  readonly whole?: FoundFigure;
}
