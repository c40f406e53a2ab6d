/** Both blob-store drivers, the data directory and S3 (against an in-process S3 server), under one contract. */
import { chmodSync, writeFileSync } from "node:fs";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../../test/support/paths.js";
import { startTestS3, type TestS3 } from "../../test/support/s3-server.js";
import { sha256Hex } from "../core/hash/sha256.js";
import {
  BlobIntegrityError,
  type BlobStore,
  blobPath,
  openDirectoryBlobStore,
} from "./blob-store.js";
import { openS3BlobStore, parseS3Url } from "./s3-blob-store.js";

let s3: TestS3;
const dir = tempDir("casefile-blobs-");
beforeAll(async () => {
  s3 = await startTestS3();
});
afterAll(async () => {
  await s3.close();
  dir.remove();
});

interface Driver {
  readonly name: string;
  open(): BlobStore;
  /** Replaces the stored bytes behind the store's back, as an attacker or a bad disk would. */
  tamper(sha256: string, bytes: Uint8Array): Promise<void>;
}

const DRIVERS: Driver[] = [
  {
    name: "data directory",
    open: () => openDirectoryBlobStore(dir.path),
    async tamper(sha256, bytes) {
      const path = blobPath(dir.path, sha256);
      chmodSync(path, 0o644);
      writeFileSync(path, bytes);
    },
  },
  {
    name: "s3",
    open: () => openS3BlobStore(`s3://${s3.bucket}/archive/originals`, s3.env),
    async tamper(sha256, bytes) {
      const client = new S3Client({
        endpoint: s3.env.AWS_ENDPOINT_URL,
        region: "us-east-1",
        forcePathStyle: true,
        credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
      });
      await client.send(
        new PutObjectCommand({
          Bucket: s3.bucket,
          Key: `archive/originals/${sha256.slice(0, 2)}/${sha256}`,
          Body: bytes,
        }),
      );
    },
  },
];

describe.each(DRIVERS)("blob store: $name", (driver) => {
  it("stores bytes once under their hash and reads them back checked", async () => {
    const store = driver.open();
    const bytes = new TextEncoder().encode(`original bytes for ${driver.name}`);
    const sha = sha256Hex(bytes);
    expect(await store.has(sha)).toBe(false);
    expect(await store.rehash(sha)).toBeNull();
    await store.put(bytes, sha);
    await store.put(bytes, sha);
    expect(await store.has(sha)).toBe(true);
    expect(Buffer.from(await store.read(sha)).toString()).toBe(`original bytes for ${driver.name}`);
    expect(await store.rehash(sha)).toBe(sha);
  });

  it("refuses bytes that do not hash to their address, and a malformed address", async () => {
    const store = driver.open();
    const bytes = new TextEncoder().encode("some bytes");
    await expect(store.put(bytes, sha256Hex("other bytes"))).rejects.toThrow(/hash to/);
    await expect(store.put(bytes, "not-a-hash")).rejects.toThrow(/not a SHA-256/);
    expect(await store.has(sha256Hex("other bytes"))).toBe(false);
  });

  it("detects altered bytes on read and on rehash", async () => {
    const store = driver.open();
    const bytes = new TextEncoder().encode(`to be altered on ${driver.name}`);
    const sha = sha256Hex(bytes);
    await store.put(bytes, sha);
    const altered = new TextEncoder().encode(`to be ALTERED on ${driver.name}`);
    await driver.tamper(sha, altered);
    await expect(store.read(sha)).rejects.toBeInstanceOf(BlobIntegrityError);
    expect(await store.rehash(sha)).toBe(sha256Hex(altered));
  });
});

describe.each(DRIVERS)("blob store listing and removal: $name", (driver) => {
  it("lists what it holds with its time, renews the time on a second put, and removes", async () => {
    const store = driver.open();
    const bytes = new TextEncoder().encode(`listed bytes on ${driver.name} ${Date.now()}`);
    const sha = sha256Hex(bytes);
    await store.put(bytes, sha);
    const first = await store.modified(sha);
    const listed = [];
    for await (const b of store.list()) listed.push(b);
    expect(listed.map((b) => b.sha256)).toContain(sha);
    expect(listed.every((b) => /^[0-9a-f]{64}$/.test(b.sha256))).toBe(true);
    // S3 keeps LastModified to the second: wait past it.
    await new Promise((r) => setTimeout(r, 1100));
    await store.put(bytes, sha);
    expect((await store.modified(sha))?.getTime()).toBeGreaterThan(first?.getTime() ?? 0);
    await store.remove(sha);
    expect(await store.has(sha)).toBe(false);
    expect(await store.modified(sha)).toBeNull();
    await store.remove(sha);
  });
});

describe("CASEFILE_BLOBS", () => {
  it("takes s3://bucket/prefix and names a malformed value", () => {
    expect(parseS3Url("s3://my-bucket/a/b/")).toEqual({ bucket: "my-bucket", prefix: "a/b" });
    expect(parseS3Url("s3://my-bucket")).toEqual({ bucket: "my-bucket", prefix: "" });
    expect(() => parseS3Url("https://x/y")).toThrow(/CASEFILE_BLOBS must look like/);
  });
});
