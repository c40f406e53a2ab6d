/**
 * A job whose work is a file (an export, a brief): the bytes go to the blob store under their
 * SHA-256, and the job's result names them, so `GET /api/jobs/:id/output` serves them to whoever
 * may follow the job. The file is not a source: no blobs row, no acquisition.
 */
import type { Json } from "../../../core/hash/canonical-json.js";
import { sha256Hex } from "../../../core/hash/sha256.js";
import type { JobContext } from "../job-type.js";

export interface FileOutput {
  readonly fileName: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
}

export async function keepOutput(
  ctx: JobContext,
  out: FileOutput,
  extra: { [key: string]: Json },
): Promise<Json> {
  const sha256 = sha256Hex(out.bytes);
  await ctx.services.store.blobs.put(out.bytes, sha256);
  await ctx.log(`wrote ${out.fileName} (${out.bytes.length} bytes, SHA-256 ${sha256})`);
  return {
    file: { name: out.fileName, mediaType: out.mediaType, sha256, bytes: out.bytes.length },
    ...extra,
  };
}

/** The file a finished job's result names, if it names one. */
export function outputOf(
  result: unknown,
): { name: string; mediaType: string; sha256: string } | null {
  const file = (result as { file?: unknown } | null)?.file as
    | { name?: unknown; mediaType?: unknown; sha256?: unknown }
    | undefined;
  return file &&
    typeof file.name === "string" &&
    typeof file.mediaType === "string" &&
    typeof file.sha256 === "string" &&
    /^[0-9a-f]{64}$/.test(file.sha256)
    ? { name: file.name, mediaType: file.mediaType, sha256: file.sha256 }
    : null;
}
