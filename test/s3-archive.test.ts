/**
 * The archive with original files in an S3-compatible store (an in-process S3 server): ingest
 * through the CLI, `casefile verify` clean, then an object altered behind Casefile's back is named
 * by verify, and an unreferenced object is listed by verify and removed by gc — on the embedded
 * store and on a PostgreSQL server.
 */

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonOf, runCasefile } from "./support/cli-process.js";
import { PROCESS_TARGETS } from "./support/process-targets.js";
import { startTestS3, type TestS3 } from "./support/s3-server.js";

let s3: TestS3;
beforeAll(async () => {
  s3 = await startTestS3();
});
afterAll(async () => s3.close());

describe.each(PROCESS_TARGETS)("S3 blobs on $name", (processTarget) => {
  it("ingests into S3, verifies clean, and names an altered object", async () => {
    const target = await processTarget.create();
    const prefix = `run-${processTarget.name}-${Date.now()}`;
    const env = { ...target.env, ...s3.env, CASEFILE_BLOBS: `s3://${s3.bucket}/${prefix}` };
    try {
      const file = join(target.dataDir, "note.txt");
      writeFileSync(file, "A note\n\nAt least 3 houses burned on 26 February 1992.\n");
      const ingest = await runCasefile(["ingest", file, "--json"], env, { timeoutMs: 180_000 });
      expect(ingest.code, ingest.stderr).toBe(0);
      const sha = jsonOf<{ files: { sha256: string }[] }>(ingest).files[0]?.sha256 as string;
      const ok = await runCasefile(["verify", "--json"], env, { timeoutMs: 180_000 });
      expect(ok.code, ok.stderr).toBe(0);
      expect(jsonOf<{ ok: boolean; blobsChecked: number }>(ok)).toMatchObject({
        ok: true,
        blobsChecked: 1,
      });

      const client = new S3Client({
        endpoint: s3.env.AWS_ENDPOINT_URL,
        region: "us-east-1",
        forcePathStyle: true,
        credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
      });
      // An unreferenced object (as a killed ingest leaves): listed by verify, removed by gc past
      // the grace period, while the referenced one stays.
      const orphan = `${"0".repeat(63)}1`;
      await client.send(
        new PutObjectCommand({ Bucket: s3.bucket, Key: `${prefix}/00/${orphan}`, Body: "x" }),
      );
      const listed = await runCasefile(["verify", "--json"], env, { timeoutMs: 180_000 });
      expect(jsonOf<{ ok: boolean; orphans: { sha256: string }[] }>(listed)).toMatchObject({
        ok: true,
        orphans: [{ sha256: orphan }],
      });
      const gc = await runCasefile(["gc", "--grace", "0", "--json"], env, { timeoutMs: 180_000 });
      expect(gc.code, gc.stderr).toBe(0);
      expect(jsonOf<{ removed: { sha256: string }[] }>(gc).removed).toEqual([
        expect.objectContaining({ sha256: orphan }),
      ]);

      await client.send(
        new PutObjectCommand({
          Bucket: s3.bucket,
          Key: `${prefix}/${sha.slice(0, 2)}/${sha}`,
          Body: "tampered",
        }),
      );
      const bad = await runCasefile(["verify", "--json"], env, { timeoutMs: 180_000 });
      expect(bad.code).toBe(1);
      expect(jsonOf<{ problems: { id: string; problem: string }[] }>(bad).problems).toEqual([
        expect.objectContaining({ id: sha, problem: expect.stringMatching(/now hash to/) }),
      ]);
      expect(jsonOf<{ orphans: unknown[] }>(bad).orphans).toEqual([]);
    } finally {
      await target.dispose();
    }
  }, 600_000);
});
