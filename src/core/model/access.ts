/**
 * Access levels of sources, claims, person lists and records, from most to least visible:
 * public (anyone), restricted (any signed-in member of the team), confidential (administrators
 * and those granted it), sealed (only those granted it by name or group).
 */
export const ACCESS_LEVELS = ["public", "restricted", "confidential", "sealed"] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export function isAccessLevel(value: unknown): value is AccessLevel {
  return typeof value === "string" && (ACCESS_LEVELS as readonly string[]).includes(value);
}

/** The stricter of two levels: what a derived thing gets from what it derives from. */
export function stricterLevel(a: AccessLevel, b: AccessLevel): AccessLevel {
  return ACCESS_LEVELS.indexOf(a) >= ACCESS_LEVELS.indexOf(b) ? a : b;
}

/** True when level `a` is more visible than level `b`. */
export function moreVisible(a: AccessLevel, b: AccessLevel): boolean {
  return ACCESS_LEVELS.indexOf(a) < ACCESS_LEVELS.indexOf(b);
}

/** Grants name a user or a group: "user:<username>" or "group:<name>". */
export type Principal = `user:${string}` | `group:${string}`;
export const GRANT_MODES = ["read", "write"] as const;
export type GrantMode = (typeof GRANT_MODES)[number];
