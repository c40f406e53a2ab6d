/**
 * @module Debian's ffmpeg and ffprobe, found on the PATH when present. They are optional: without
 * them a video or audio file is still archived byte-exact, only without derived copies,
 * keyframes or container metadata, and the ingest says so in its warnings.
 */
import { spawn } from "node:child_process";

export interface FfmpegTools {
  readonly ffmpeg: string;
  readonly ffprobe: string;
  /** "ffmpeg 5.1.9-0+deb12u1", recorded with every derivative it makes. */
  readonly version: string;
}

export const FFMPEG_MISSING =
  "ffmpeg/ffprobe are not installed: the file is archived, but no web copy, keyframes or container metadata were made (install Debian's ffmpeg)";

let found: Promise<FfmpegTools | null> | undefined;

/** The tools, or null when absent. CASEFILE_FFMPEG=none turns them off (for tests of that path). */
export function findFfmpeg(env: NodeJS.ProcessEnv = process.env): Promise<FfmpegTools | null> {
  if (env.CASEFILE_FFMPEG === "none") return Promise.resolve(null);
  found ??= (async () => {
    try {
      const out = await runTool("ffmpeg", ["-hide_banner", "-version"], 10_000);
      await runTool("ffprobe", ["-hide_banner", "-version"], 10_000);
      const version = /ffmpeg version (\S+)/.exec(out.toString("utf8"))?.[1] ?? "unknown";
      return { ffmpeg: "ffmpeg", ffprobe: "ffprobe", version: `ffmpeg ${version}` };
    } catch {
      return null;
    }
  })();
  return found;
}

/** Runs a tool, returns its standard output; rejects with its last error lines on failure or timeout. */
export function runTool(
  command: string,
  args: readonly string[],
  timeoutMs: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve(Buffer.concat(out));
      const tail = Buffer.concat(err).toString("utf8").trim().split("\n").slice(-3).join(" ");
      reject(
        new Error(`${command} ${signal ? `was stopped (${signal})` : `exited ${code}`}: ${tail}`),
      );
    });
  });
}
