/**
 * A source's history: every version of its metadata and of each of its claims, each with what it
 * changed field by field, in the order they were made. A claim is named by its quote and figure,
 * so a reader sees which claim a change was about. The caller must already be allowed to see the
 * source (its claims are covered by the same decision).
 */
import {
  type ClaimState,
  claimChanges,
  type FieldChange,
  metadataChanges,
} from "../core/history/field-changes.js";
import { claimVersionsOfSource } from "../store/claims.repository.js";
import type { Queryable } from "../store/db.js";
import { versionsOf } from "../store/sources.repository.js";
import { claimCaption } from "./presenters/claim-caption.js";

export interface HistoryEntry {
  /** The source itself, or one of its claims named by its caption. */
  readonly item: { type: "source" | "claim"; id: string; caption: string | null };
  readonly version: number;
  /** A claim's review status at this version; null for the source's metadata. */
  readonly status: string | null;
  readonly changes: FieldChange[];
  readonly at: Date;
  readonly by: string;
  readonly reason: string | null;
}

export async function sourceHistory(db: Queryable, sourceId: string) {
  const sourceVersions = await versionsOf(db, sourceId);
  const entries: HistoryEntry[] = sourceVersions.map((v, i) => ({
    item: { type: "source", id: sourceId, caption: null },
    version: v.version,
    status: null,
    changes: i === 0 ? [] : metadataChanges(sourceVersions[i - 1]?.metadata ?? null, v.metadata),
    at: v.createdAt,
    by: v.createdBy,
    reason: v.reason,
  }));
  let previous: ClaimState | null = null;
  let previousId: string | null = null;
  for (const v of await claimVersionsOfSource(db, sourceId)) {
    const state: ClaimState = {
      status: v.status,
      fields: v.fields,
      claimant: v.claimant,
      basis: v.basis,
      derivedFrom: v.derived_from,
    };
    entries.push({
      item: { type: "claim", id: v.claim_id, caption: claimCaption(v.fields, v.exact) },
      version: v.version,
      status: v.status,
      changes: claimChanges(v.claim_id === previousId ? previous : null, state),
      at: v.created_at,
      by: v.created_by,
      reason: v.reason,
    });
    previous = state;
    previousId = v.claim_id;
  }
  entries.sort((a, b) => a.at.getTime() - b.at.getTime() || a.version - b.version);
  return entries.map((e) => ({ ...e, at: e.at.toISOString() }));
}
