/**
 * Ids of a reference case's rows, derived from the case's own reference names (RFC 9562 version 5
 * UUIDs), so that a citation made against one store resolves in every store the case is loaded
 * into. Rows added later by people get random ids; only what the case's data names is derived.
 */
import { createHash } from "node:crypto";

/** Casefile's namespace for reference-case names (a fixed, random version 4 UUID). */
const NAMESPACE = "8f0c6a52-3b1e-4f57-9a3c-6d2e0b7f41c9";

function bytesOf(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ""), "hex");
}

/** The version 5 UUID of a name in a namespace (RFC 9562, section 5.5). */
export function uuidV5(namespace: string, name: string): string {
  const hash = createHash("sha1").update(bytesOf(namespace)).update(name, "utf8").digest();
  const b = hash.subarray(0, 16);
  b[6] = ((b[6] as number) & 0x0f) | 0x50;
  b[8] = ((b[8] as number) & 0x3f) | 0x80;
  const hex = b.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The version 5 UUID of a name in Casefile's namespace.
 * @example nameUuid("khojaly-1992/source/hrw-1992") // the same string on every machine
 */
export function nameUuid(name: string): string {
  return uuidV5(NAMESPACE, name);
}

/** The ids of one reference case's sources, passages, claims and corpus acquisitions. */
export function caseIds(caseId: string) {
  return {
    source: (sourceRef: string) => nameUuid(`${caseId}/source/${sourceRef}`),
    passage: (sourceRef: string, seq: number) =>
      nameUuid(`${caseId}/source/${sourceRef}/passage/${seq}`),
    claim: (claimRef: string) => nameUuid(`${caseId}/claim/${claimRef}`),
    acquisition: (sha256: string) => nameUuid(`${caseId}/acquisition/${sha256}`),
  };
}
