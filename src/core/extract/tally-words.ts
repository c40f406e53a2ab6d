/**
 * The words of an owner's count ("by the ministry's count", "on Amnesty's tally", "by the
 * reckoning of a truth commission"), shared by the attribution context, which lists the "by",
 * "on" and "in" that open one, and count-owners.ts (tallyOwner), which reads the owner there.
 */
import { isPossessive } from "../text/word-shapes.js";
import type { Token } from "./tokens.js";

/** Nouns for a count that its owner states ("by the ministry's count", "on Amnesty's tally"). */
export const TALLY_NOUNS: ReadonlySet<string> = new Set([
  "count",
  "counts",
  "tally",
  "tallies",
  "reckoning",
  "estimate",
  "estimates",
  "estimation",
  "calculation",
  "calculations",
  "figures",
  "account",
  "numbers",
  "records",
]);
/** Adjectives between the owner and its count ("by the navy's own count"). */
export const COUNT_ADJECTIVES: ReadonlySet<string> = new Set([
  "own",
  "latest",
  "official",
  "final",
  "provisional",
]);
/** How many words after its "by", "on" or "in" the owner's possessive may stand. */
export const OWNER_REACH = 6;

/**
 * Whether the "by", "on" or "in" at `k` may open an owner's count, whatever clause it stands in:
 * "the <count noun> of" after it, or its first possessive word within OWNER_REACH words (before
 * any mark) followed by a count noun, with an adjective of COUNT_ADJECTIVES or not. tallyOwner
 * reads no other opener, so the context lists only these (most "in" and "on" open none).
 */
export function opensTally(tokens: readonly Token[], k: number): boolean {
  if (
    tokens[k + 1]?.lower === "the" &&
    TALLY_NOUNS.has(tokens[k + 2]?.lower ?? "") &&
    tokens[k + 3]?.lower === "of"
  )
    return true;
  for (let p = k + 1; p <= k + OWNER_REACH && p < tokens.length; p++) {
    const t = tokens[p]!;
    if (t.kind !== "word") return false;
    if (!isPossessive(t.text)) continue;
    const noun = COUNT_ADJECTIVES.has(tokens[p + 1]?.lower ?? "") ? p + 2 : p + 1;
    return TALLY_NOUNS.has(tokens[noun]?.lower ?? "");
  }
  return false;
}
