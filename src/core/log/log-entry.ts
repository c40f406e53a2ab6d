/**
 * Entries of the append-only activity log. Each entry holds the hash of the one before it, so
 * that changing or removing any entry breaks every later link and `verify` finds the first break.
 */
import { canonicalJson, type Json } from "../hash/canonical-json.js";
import { sha256Hex } from "../hash/sha256.js";

export const GENESIS_HASH = "0".repeat(64);

export const LOG_ACTIONS = [
  "source.ingest",
  "source.acquire_again",
  "source.capture",
  "source.edit",
  "source.delete",
  "claim.propose",
  "claim.review",
  "case.load",
  "list.import",
  "link.review",
  "linkage.run",
  "evidence.propose",
  "evidence.link",
  "evidence.review",
  "case.report",
  "case.export",
  "case.import",
  "claim.provenance",
  "grade.set",
  // Accounts and teams (issue 12).
  "user.add",
  "user.role",
  "user.disable",
  "user.enable",
  "user.password",
  "group.add",
  "group.member",
  "token.create",
  "token.revoke",
  "access.grant",
  "access.revoke",
  // Four eyes, witness protection and consent (issue 12, items 3 and 4).
  "case.four_eyes",
  "person.protect",
  "person.unprotect",
  "consent.record",
  "consent.withdraw",
  "access.view",
  // Unreferenced archived files removed past their grace period (issue 12, hardening).
  "blob.gc",
  // The photo chronicle and the memorial (issue 13, item 6; issue 15, item 4).
  "chronicle.add",
  "chronicle.edit",
  "chronicle.move",
  "chronicle.remove",
  "case.memorial",
  // Records of finished jobs removed past the job retention (their files become orphans).
  "job.expire",
  // A claim filed by hand on a text span, a picture's region or a recording's moment (issue 13).
  "claim.create",
  // Registry links made and undone by hand (issue 16, item 10).
  "link.manual",
  "link.unlink",
] as const;
export type LogAction = (typeof LOG_ACTIONS)[number];

/** What a change says about itself; the log adds sequence, time and hashes. */
export interface LogDraft {
  readonly actor: string;
  readonly action: LogAction;
  readonly targetType: string;
  readonly targetId: string;
  readonly reason: string | null;
  readonly data: { [key: string]: Json };
}

export interface LogEntry extends LogDraft {
  readonly seq: number;
  readonly at: Date;
  readonly prevHash: string;
  readonly hash: string;
}

/** The hash of an entry: SHA-256 over the canonical JSON of every field but the hash itself. */
export function hashLogEntry(entry: Omit<LogEntry, "hash">): string {
  return sha256Hex(
    canonicalJson({
      seq: entry.seq,
      at: entry.at.toISOString(),
      actor: entry.actor,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      reason: entry.reason,
      data: entry.data,
      prevHash: entry.prevHash,
    }),
  );
}

/** Seals a draft as the entry after `previous` (or the first entry when there is none). */
export function sealLogEntry(
  draft: LogDraft,
  previous: { seq: number; hash: string } | null,
  at: Date,
): LogEntry {
  const unsealed = {
    ...draft,
    seq: previous ? previous.seq + 1 : 1,
    at,
    prevHash: previous?.hash ?? GENESIS_HASH,
  };
  return { ...unsealed, hash: hashLogEntry(unsealed) };
}

export interface ChainBreak {
  readonly seq: number;
  readonly problem: string;
}

/**
 * Checks one entry against the one before it; returns the break or null. Call in sequence order.
 */
export function checkLogLink(entry: LogEntry, previous: LogEntry | null): ChainBreak | null {
  const expectedSeq = previous ? previous.seq + 1 : 1;
  if (entry.seq !== expectedSeq) {
    return {
      seq: entry.seq,
      problem: `sequence jumps from ${expectedSeq - 1} to ${entry.seq} (an entry is missing)`,
    };
  }
  const expectedPrev = previous?.hash ?? GENESIS_HASH;
  if (entry.prevHash !== expectedPrev) {
    return { seq: entry.seq, problem: "previous-hash link does not match the entry before it" };
  }
  if (hashLogEntry(entry) !== entry.hash) {
    return {
      seq: entry.seq,
      problem: "contents do not match the entry's hash (the entry was altered)",
    };
  }
  return null;
}
