/**
 * People a report or an inquiry spoke with, counted as its sources: "interviews with 71 former
 * detainees", "took statements from 1,406 persons", "has spoken by telephone to 17 people",
 * "interviews in the town with 34 people". Their count says how the report knows, not what
 * happened in the event (the eval README: interviewees and witnesses are no figures), whatever
 * their noun ("former detainees", "survivors"). figure-roles.ts asks this among the other counts
 * of a proceeding.
 */
import type { Token } from "./tokens.js";
import { WordSet } from "./word-sets.js";

/** Prepositions that join a count to the speaking or the statement it is the source of. */
const WITH_FROM_TO = new WordSet(["with", "from", "to"]);
/** Nouns and verbs of speaking with sources, before "with", "from" or "to". */
const SPEAKING = new WordSet([
  "interview",
  "interviews",
  "conversations",
  "consultations",
  "statements",
  "depositions",
  "testimony",
  "testimonies",
  "spoke",
  "spoken",
  "talked",
  "speaking",
  "talking",
]);
/** How far back (in tokens) from the preposition the speaking may stand ("by telephone to"). */
const SPEAKING_REACH = 5;

/**
 * Whether the count whose first token (past its hedge) follows `p` is a report's sources: `p` is
 * "with", "from" or "to", and a noun or verb of speaking stands at most a few words before it in
 * its clause (past a place or a means: "in Kessa town", "by telephone"), with no number between.
 */
export function spokenSourcesAt(tokens: readonly Token[], p: number): boolean {
  if (!WITH_FROM_TO.hasToken(tokens[p])) return false;
  for (let k = p - 1; k >= Math.max(0, p - SPEAKING_REACH); k--) {
    const t = tokens[k]!;
    if (t.kind !== "word") return false;
    if (SPEAKING.hasToken(t)) return true;
  }
  return false;
}
