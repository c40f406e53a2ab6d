import { UsageError } from "./command.js";

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/**
 * A duration written as a whole number and a unit (`90s`, `30m`, `24h`, `7d`; `0` alone).
 * @example parseDuration("24h", "--grace") // 86400000
 */
export function parseDuration(text: string, option: string): number {
  if (text === "0") return 0;
  const match = /^(\d{1,6})(s|m|h|d)$/.exec(text);
  if (!match)
    throw new UsageError(`${option} takes a duration such as 30m, 24h or 7d, not "${text}"`);
  return Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
}
