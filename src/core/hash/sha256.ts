/** SHA-256 in hex: the address of every blob and the link of every log entry. */
import { createHash } from "node:crypto";

export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;
