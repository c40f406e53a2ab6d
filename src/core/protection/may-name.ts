/**
 * Whether an answer could name anyone at all, before anyone asks the store who is protected: a
 * name is words, so an answer whose strings are only identifiers, digests, dates, numbers and
 * codes of closed vocabularies names nobody, and the redaction hook answers it without a query.
 */

/** Strings that are never a name, whatever they sit in. */
const NEVER_A_NAME = [
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, // a UUID
  /^(sha256:)?[0-9a-f]{16,}$/i, // a digest
  /^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/, // ISO 8601
];

/**
 * Fields whose values come from closed vocabularies the server checks on the way in (a status, an
 * access level, a measure…): a code, never a person's name.
 */
const CODE_KEYS = new Set([
  "status",
  "state",
  "kind",
  "access",
  "role",
  "format",
  "precision",
  "hedge",
  "measure",
  "unit",
  "subgroup",
  "basis",
  "mediaType",
  "language",
]);

/** Two letters in a row: the least a part of a name is made of. */
const WORD = /\p{L}\p{M}*\p{L}/u;

function mayNameIn(value: unknown, key: string | undefined): boolean {
  if (typeof value === "string") {
    if (key !== undefined && CODE_KEYS.has(key) && /^[a-z][a-z0-9_-]*$/.test(value)) return false;
    return WORD.test(value) && !NEVER_A_NAME.some((shape) => shape.test(value));
  }
  if (Array.isArray(value)) return value.some((v) => mayNameIn(v, key));
  if (value !== null && typeof value === "object" && !(value instanceof Uint8Array))
    return Object.entries(value).some(([k, v]) => mayNameIn(v, k));
  return false;
}

/**
 * True when some string of plain data (JSON-like) could hold a name, so it must go through a
 * redactor; false when it holds only ids, digests, dates, numbers and vocabulary codes.
 * @example mayName({ id: "3f0c…", confirmed: 3, status: "confirmed" }) // false
 */
export function mayName(value: unknown): boolean {
  return mayNameIn(value, undefined);
}
