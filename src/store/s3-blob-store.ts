/**
 * The S3 driver of the blob store: CASEFILE_BLOBS=s3://bucket/prefix, with the SDK's usual
 * configuration (AWS_ENDPOINT_URL or AWS_ENDPOINT_URL_S3 for an S3-compatible server,
 * AWS_REGION, AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY or any other credential source).
 * Objects are written under <prefix>/ab/abcdef… (again, same bytes, when ingested again); the upload carries Content-MD5 so the
 * server refuses bytes damaged on the way, and reads are re-hashed.
 */
import { createHash } from "node:crypto";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { SHA256_PATTERN } from "../core/hash/sha256.js";
import { assertBytesMatch, assertSha256, type BlobStore, checkedRead } from "./blob-store.js";

export interface S3Location {
  readonly bucket: string;
  readonly prefix: string;
}

/** Parses s3://bucket/prefix (prefix optional), naming what is wrong. */
export function parseS3Url(url: string): S3Location {
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(url);
  if (!match)
    throw new RangeError(
      `CASEFILE_BLOBS must look like s3://bucket or s3://bucket/prefix, got "${url}"`,
    );
  return { bucket: match[1] as string, prefix: (match[2] ?? "").replace(/^\/+|\/+$/g, "") };
}

const missing = (error: unknown) =>
  error instanceof NotFound ||
  error instanceof NoSuchKey ||
  (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404;

export function openS3BlobStore(url: string, env: NodeJS.ProcessEnv): BlobStore {
  const { bucket, prefix } = parseS3Url(url);
  const endpoint = env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || undefined;
  const client = new S3Client({
    region: env.AWS_REGION || env.AWS_DEFAULT_REGION || "us-east-1",
    ...(endpoint && { endpoint, forcePathStyle: true }),
    // Keys given in the environment passed in; otherwise the SDK's own chain (profiles, roles).
    ...(env.AWS_ACCESS_KEY_ID &&
      env.AWS_SECRET_ACCESS_KEY && {
        credentials: {
          accessKeyId: env.AWS_ACCESS_KEY_ID,
          secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
          ...(env.AWS_SESSION_TOKEN && { sessionToken: env.AWS_SESSION_TOKEN }),
        },
      }),
    // S3-compatible servers differ in the newer checksum headers; Content-MD5 and our own
    // SHA-256 check cover integrity on every server.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const keyOf = (sha256: string) => {
    assertSha256(sha256);
    return `${prefix ? `${prefix}/` : ""}${sha256.slice(0, 2)}/${sha256}`;
  };
  const has = async (sha256: string) => {
    try {
      await client.send(new HeadObjectCommand({ Bucket: bucket, Key: keyOf(sha256) }));
      return true;
    } catch (error) {
      if (missing(error)) return false;
      throw error;
    }
  };
  const get = async (sha256: string): Promise<Uint8Array | null> => {
    try {
      const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: keyOf(sha256) }));
      if (!out.Body) return new Uint8Array(0);
      return await out.Body.transformToByteArray();
    } catch (error) {
      if (missing(error)) return null;
      throw error;
    }
  };
  return {
    location: `s3://${bucket}${prefix ? `/${prefix}` : ""}`,
    has,
    async put(bytes, sha256) {
      assertBytesMatch(bytes, sha256);
      // Written again when present: same bytes, and a fresh LastModified for gc's grace period.
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: keyOf(sha256),
          Body: bytes,
          ContentMD5: createHash("md5").update(bytes).digest("base64"),
          ContentType: "application/octet-stream",
        }),
      );
    },
    async read(sha256) {
      const bytes = await get(sha256);
      if (bytes === null) throw new Error(`blob ${sha256} is missing from ${url}`);
      return checkedRead(bytes, sha256);
    },
    async rehash(sha256) {
      const bytes = await get(sha256);
      return bytes === null ? null : createHash("sha256").update(bytes).digest("hex");
    },
    async *list() {
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({
            Bucket: bucket,
            Prefix: prefix ? `${prefix}/` : undefined,
            ContinuationToken: token,
          }),
        );
        for (const object of page.Contents ?? []) {
          const sha256 = object.Key?.split("/").at(-1) ?? "";
          if (SHA256_PATTERN.test(sha256) && object.Key === keyOf(sha256))
            yield { sha256, modified: object.LastModified ?? new Date(0) };
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    },
    async modified(sha256) {
      try {
        const head = await client.send(
          new HeadObjectCommand({ Bucket: bucket, Key: keyOf(sha256) }),
        );
        return head.LastModified ?? new Date(0);
      } catch (error) {
        if (missing(error)) return null;
        throw error;
      }
    },
    async remove(sha256) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: keyOf(sha256) }));
    },
  };
}
