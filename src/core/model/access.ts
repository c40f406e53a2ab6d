/** Access levels of sources and persons: who may ever see a thing. */
export const ACCESS_LEVELS = ["public", "restricted", "confidential"] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export function isAccessLevel(value: unknown): value is AccessLevel {
  return typeof value === "string" && (ACCESS_LEVELS as readonly string[]).includes(value);
}
