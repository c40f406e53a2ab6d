/**
 * The per-file size limit from CASEFILE_MAX_FILE_MB (default 50), shared by the CLI and the server.
 * In a file of its own so that the CLI can read it without loading every service.
 */
export function maxFileBytesFromEnv(env: NodeJS.ProcessEnv): number {
  const mb = Number(env.CASEFILE_MAX_FILE_MB ?? 50);
  if (!Number.isFinite(mb) || mb <= 0)
    throw new RangeError(
      `CASEFILE_MAX_FILE_MB must be a positive number, got "${env.CASEFILE_MAX_FILE_MB}"`,
    );
  return Math.round(mb * 1024 * 1024);
}
