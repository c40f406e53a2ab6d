/**
 * What changed from one version of an item to the next, field by field ("unit: bodies → people"),
 * for histories in the web, the API and the CLI. Nested values are compared by their path
 * ("claimant.name"); lists as their items joined; a date by its text. Pure: versions in, changes out.
 */
import type { SourceMetadata } from "../source/source-metadata.js";

export type ChangeValue = string | number | boolean | null;

export interface FieldChange {
  readonly field: string;
  /** null when the field was empty or absent before (and always for a first version). */
  readonly from: ChangeValue;
  readonly to: ChangeValue;
}

type Plain = { readonly [key: string]: unknown };

function isPlain(value: unknown): value is Plain {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every leaf of a value under its dotted path; a list is one leaf, its items joined. */
function flatten(value: unknown, path: string, out: Map<string, ChangeValue>): void {
  if (isPlain(value)) {
    for (const [key, inner] of Object.entries(value))
      flatten(inner, path ? `${path}.${key}` : key, out);
    return;
  }
  if (Array.isArray(value)) {
    out.set(path, value.length === 0 ? null : value.map((v) => String(v)).join("; "));
    return;
  }
  if (value === undefined || value === "") out.set(path, null);
  else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    out.set(path, value);
  else out.set(path, value === null ? null : String(value));
}

/** The fields whose value differs, in the order the newer version lists them. */
export function fieldChanges(before: Plain | null, after: Plain): FieldChange[] {
  const was = new Map<string, ChangeValue>();
  const now = new Map<string, ChangeValue>();
  if (before) flatten(before, "", was);
  flatten(after, "", now);
  const fields = [...new Set([...now.keys(), ...was.keys()])];
  return fields.flatMap((field) => {
    const from = was.get(field) ?? null;
    const to = now.get(field) ?? null;
    return from === to ? [] : [{ field, from, to }];
  });
}

/** A source's metadata as a reader compares it: the date as written, not as {iso, precision}. */
function comparable(m: Partial<SourceMetadata>): Plain {
  return { ...m, published: m.published?.iso ?? null };
}

/** Changes between two versions of a source's metadata (older versions may lack newer fields). */
export function metadataChanges(
  before: Partial<SourceMetadata> | null,
  after: Partial<SourceMetadata>,
): FieldChange[] {
  return fieldChanges(before ? comparable(before) : null, comparable(after));
}

/** A claim's state as a version records it. */
export interface ClaimState {
  readonly status: string;
  readonly fields: object;
  readonly claimant: object;
  readonly basis?: unknown;
  readonly derivedFrom?: unknown;
}

/** A claim as a reader compares it: its fields by their own names ("unit", not "fields.unit"). */
function claimComparable(c: ClaimState): Plain {
  return {
    status: c.status,
    ...(c.fields as Plain),
    claimant: c.claimant,
    basis: c.basis ?? null,
    derivedFrom: c.derivedFrom ?? null,
  };
}

/** Changes between two versions of a claim; none for its first version. */
export function claimChanges(before: ClaimState | null, after: ClaimState): FieldChange[] {
  return before ? fieldChanges(claimComparable(before), claimComparable(after)) : [];
}
