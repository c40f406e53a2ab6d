/** The review writes: one claim confirmed, corrected or rejected, or several confirmed at once. */
import { postJson } from "../../api/client.js";
import type { Claim, FieldValue } from "../../api/types.js";

export type ReviewAction = "confirm" | "correct" | "reject";

/** What a correction changes: fields, claimant (a case's by ref, or a new one by name), basis. */
export interface Correction {
  fields?: Record<string, FieldValue>;
  claimant?: { name: string; role: string; ref: string | null };
  basis?: string;
}

export function reviewClaim(
  id: string,
  action: ReviewAction,
  reason: string,
  change: Correction = {},
): Promise<Claim> {
  return postJson<Claim>(`/api/claims/${encodeURIComponent(id)}/review`, {
    action,
    reason: reason.trim() || null,
    ...change,
  });
}

export function confirmMany(ids: string[], reason: string): Promise<{ confirmed: number }> {
  return postJson<{ confirmed: number }>("/api/claims/confirm", {
    ids,
    reason: reason.trim() || null,
  });
}

/** Reads an edited field back in the type it had: numbers stay numbers, blank becomes null. */
export function parseField(original: FieldValue, text: string): FieldValue {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (typeof original === "number" || (original === null && /^-?\d+(\.\d+)?$/.test(trimmed)))
    return Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
  if (typeof original === "boolean") return trimmed === "true";
  return trimmed;
}
