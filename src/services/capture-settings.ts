/**
 * How far a web capture may go, from the environment: CASEFILE_CAPTURE_TIMEOUT_S (60),
 * CASEFILE_CAPTURE_MAX_MEDIA (20), CASEFILE_CAPTURE_MAX_TOTAL_MB (4 × the file limit), and
 * CASEFILE_CAPTURE_ALLOW_PRIVATE=1 — an operator's explicit choice (and the tests') to let captures
 * reach loopback and private networks, which are refused by default.
 */
import type { CaptureSettings } from "../ingest/capture/capture-page.js";
import { InvalidInputError } from "./errors.js";
import { findChromium } from "./pdf-printer.js";
import { CASEFILE_VERSION } from "./version.js";

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new InvalidInputError(`${name} must be a positive number, got "${raw}"`, name, {
      code: "invalid-input.positive-number",
      params: { field: name },
    });
  return value;
}

export function captureSettingsFromEnv(
  env: NodeJS.ProcessEnv,
  maxFileBytes: number,
): CaptureSettings {
  let chromiumPath: string | null = null;
  let noChromiumReason: string | undefined;
  try {
    chromiumPath = findChromium(env);
  } catch (error) {
    // findChromium explains for briefs; a capture only needs the reason itself.
    noChromiumReason = (error as Error).message
      .replace(/^cannot print a PDF: /, "")
      .replace(/ \(install.*$/, "");
  }
  return {
    maxBytes: maxFileBytes,
    maxTotalBytes: Math.round(
      positive(env, "CASEFILE_CAPTURE_MAX_TOTAL_MB", (4 * maxFileBytes) / 2 ** 20) * 2 ** 20,
    ),
    maxMedia: Math.floor(positive(env, "CASEFILE_CAPTURE_MAX_MEDIA", 20)),
    timeoutMs: positive(env, "CASEFILE_CAPTURE_TIMEOUT_S", 60) * 1000,
    allowPrivate:
      env.CASEFILE_CAPTURE_ALLOW_PRIVATE === "1" || env.CASEFILE_CAPTURE_ALLOW_PRIVATE === "true",
    userAgent: `Casefile/${CASEFILE_VERSION} (web capture for the record)`,
    chromiumPath,
    ...(noChromiumReason !== undefined && { noChromiumReason }),
  };
}
