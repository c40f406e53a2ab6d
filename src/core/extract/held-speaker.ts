/**
 * A group counted in the first person by one of the people held ("We were ninety-two in a room
 * for thirty", said by a former detainee; "We were seventy-four when they took us", by a former
 * hostage): the group is the speaker's fellow detainees or hostages, whatever the room or the
 * road it stood in — where a group that gives its size at home ("we were eight at home") is a
 * place's people. Asked only of a count figure-roles.ts's ourNumber reads as a group's own size.
 */
import type { Measure } from "../model/claim.js";
import { HELD_NOUNS, HOSTAGE_NOUNS } from "./held-holder.js";
import { stayMeasure } from "./predicate-frames.js";
import type { Token } from "./tokens.js";

/** The people held a former one speaks for: "a former detainee", "one former hostage". */
const FORMER_HELD = new Map<string, Measure>(
  [...HELD_NOUNS].map((w) => [w, HOSTAGE_NOUNS.has(w) ? "hostage" : "detained"]),
);

/** How far from the count the speaker may be named, in tokens either side. */
const SPEAKER_REACH = 30;

/**
 * The measure of the people held whose former member speaks the count at `at` — named by
 * "former" and a noun of people held, in the count's sentence or the one before it (the
 * testimony's "A former detainee said:") or after it in its own (`"…," one former detainee
 * said`) — or null; null too where the group stood at home (`after`, the token after the
 * count and its noun: "we were eight at home that night" are the house's people).
 */
export function heldSpeaker(tokens: readonly Token[], at: number, after: number): Measure | null {
  if (stayMeasure(tokens, after) === "population") return null;
  // (Back into the sentence before, which a testimony set off as its own paragraph may follow:
  // "A former detainee said:" and then the quoted lines.)
  let breaks = 0;
  for (let k = at - 1; k >= Math.max(0, at - SPEAKER_REACH); k--) {
    if (tokens[k]!.sentence !== tokens[k + 1]!.sentence && ++breaks > 1) break;
    const measure = formerHeldAt(tokens, k);
    if (measure !== null) return measure;
  }
  const sentence = tokens[at]!.sentence;
  const to = Math.min(tokens.length - 1, at + SPEAKER_REACH);
  for (let k = at + 1; k < to && tokens[k]!.sentence === sentence; k++) {
    const measure = formerHeldAt(tokens, k);
    if (measure !== null) return measure;
  }
  return null;
}

/** The measure of "former" and a noun of people held at token k ("former detainee"), or null. */
function formerHeldAt(tokens: readonly Token[], k: number): Measure | null {
  if (tokens[k]!.lower !== "former") return null;
  return FORMER_HELD.get(tokens[k + 1]?.lower ?? "") ?? null;
}
