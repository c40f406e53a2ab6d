/** An S3-compatible server in this process (s3rver) on loopback, with one bucket, for the S3 blob driver. */
import S3rver from "s3rver";
import { tempDir } from "./paths.js";

export interface TestS3 {
  /** The environment the S3 driver reads (endpoint, region, credentials). */
  readonly env: Record<string, string>;
  readonly bucket: string;
  close(): Promise<void>;
}

export async function startTestS3(bucket = "casefile-test"): Promise<TestS3> {
  const dir = tempDir("casefile-s3-");
  const server = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory: dir.path,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await server.run();
  return {
    bucket,
    env: {
      AWS_ENDPOINT_URL: `http://127.0.0.1:${port}`,
      AWS_REGION: "us-east-1",
      // s3rver's fixed development credentials.
      AWS_ACCESS_KEY_ID: "S3RVER",
      AWS_SECRET_ACCESS_KEY: "S3RVER",
    },
    async close() {
      await server.close();
      dir.remove();
    },
  };
}
