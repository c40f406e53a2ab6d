/**
 * Web capture: fetch a page as an archivist keeps it and archive every part with custody. The
 * page's bytes become a source (its readable text in passages, claims proposed) through the same
 * ingest as any file; each picture, video or audio file it shows becomes a source of its own; the
 * WARC of every HTTP exchange, the screenshot and the PDF print are archived blobs. One capture
 * record names them all with their SHA-256, and is written last, in one transaction with its log
 * entry: the sources before it are each complete in themselves (a second attempt finds them as
 * duplicates and adds an acquisition), and a capture record never names a file that is not there.
 */
import { randomUUID } from "node:crypto";
import { sha256Hex } from "../core/hash/sha256.js";
import { sniffMedia } from "../core/media/media-format.js";
import type { ProblemCode } from "../core/problems/problem-codes.js";
import type { SourceMetadataPatch } from "../core/source/source-metadata.js";
import { CaptureError, type CaptureErrorCode } from "../ingest/capture/capture-error.js";
import { type CapturedFile, capturePage } from "../ingest/capture/capture-page.js";
import { checkCaptureUrl, headerValue } from "../ingest/capture/http-exchange.js";
import { writeWarc } from "../ingest/capture/warc-file.js";
import { insertBlobRecord } from "../store/blobs.repository.js";
import {
  type CaptureFileRecord,
  type CaptureFileRole,
  type CaptureRecord,
  capturesOfSource,
  getCapture,
  insertCapture,
} from "../store/captures.repository.js";
import type { Queryable } from "../store/db.js";
import { appendLog } from "../store/log.repository.js";
import type { Store } from "../store/open-store.js";
import { actorName, type Caller } from "./caller.js";
import { captureSettingsFromEnv } from "./capture-settings.js";
import { InvalidInputError, NotFoundError, ServiceError } from "./errors.js";
import type { IngestService } from "./ingest.service.js";
import type { JobsService } from "./jobs/jobs.service.js";
import { assertMayWrite } from "./policies/access.policy.js";
import { type CaptureView, presentCapture } from "./presenters/capture.presenter.js";
import type { JobView } from "./presenters/job.presenter.js";
import { visibleSourceOf } from "./source-access.js";

export interface CaptureRequest {
  readonly metadata: SourceMetadataPatch;
  /** Propose claims from the page's text and the media's metadata (default true). */
  readonly extract?: boolean | undefined;
  /**
   * Runs first inside the transaction that writes the capture record, with the capture it will
   * commit (a job item settling there with its result).
   */
  readonly settle?: ((tx: Queryable, capture: CaptureView) => Promise<void>) | undefined;
}

const PROBLEM: Record<
  CaptureErrorCode,
  {
    type: "invalid-input" | "capture-refused" | "too-large" | "capture-failed";
    status: number;
    code: Extract<ProblemCode, `capture.${string}`>;
  }
> = {
  invalid_url: { type: "invalid-input", status: 400, code: "capture.invalid-url" },
  scheme: { type: "invalid-input", status: 400, code: "capture.scheme" },
  private_address: { type: "capture-refused", status: 403, code: "capture.private-address" },
  too_large: { type: "too-large", status: 413, code: "capture.too-large" },
  timeout: { type: "capture-failed", status: 504, code: "capture.timeout" },
  network: { type: "capture-failed", status: 502, code: "capture.network" },
  redirects: { type: "capture-failed", status: 502, code: "capture.redirects" },
  http_status: { type: "capture-failed", status: 502, code: "capture.http-status" },
};

function asProblem(error: unknown, url: string): unknown {
  if (!(error instanceof CaptureError)) return error;
  const p = PROBLEM[error.code];
  return new ServiceError(
    p.type,
    p.status,
    error.message,
    { url, code: error.code },
    { code: p.code, params: { url } },
  );
}

/** A file name for the archive's records: the URL's last path segment, or one made from the host. */
function fileNameOf(url: string, fallback: string): string {
  const u = new URL(url);
  const last = decodeURIComponent(u.pathname.split("/").pop() ?? "").replace(
    /[^\p{L}\p{N}._-]+/gu,
    "_",
  );
  return last && last !== "_" ? last.slice(0, 120) : `${u.hostname}-${fallback}`;
}

const WARC_TYPE = "application/warc";

export function createCaptureService(
  store: Store,
  ingest: IngestService,
  jobs: JobsService,
  options: { readonly tool: string; readonly maxBytes: number; readonly env: NodeJS.ProcessEnv },
) {
  const settings = () => captureSettingsFromEnv(options.env, options.maxBytes);

  async function visibleCapture(caller: Caller, record: CaptureRecord | null, id: string) {
    if (!record)
      throw new NotFoundError(`capture ${id}`, { code: "not-found.capture", params: { id } });
    // The capture is its page's: whoever may not see the page learns nothing of the capture.
    await visibleSourceOf(store.db, caller, record.sourceId).catch(() => {
      throw new NotFoundError(`capture ${id}`, { code: "not-found.capture", params: { id } });
    });
    return record;
  }

  return {
    /** Refuses, before any job is queued, a URL that cannot be captured (scheme, private address). */
    async check(caller: Caller, urls: readonly string[]): Promise<string[]> {
      assertMayWrite(caller);
      if (urls.length === 0)
        throw new InvalidInputError("no URL given", "urls", {
          code: "invalid-input.empty-list",
          params: { field: "urls" },
        });
      const allowPrivate = settings().allowPrivate;
      const checked: string[] = [];
      for (const url of urls) {
        try {
          checked.push((await checkCaptureUrl(url, allowPrivate)).href);
        } catch (error) {
          throw asProblem(error, url);
        }
      }
      return checked;
    },

    /** Queues one job capturing every URL (one item each), after checking every URL first. */
    async start(
      caller: Caller,
      req: {
        urls: readonly string[];
        metadata: SourceMetadataPatch;
        extract?: boolean | undefined;
      },
    ): Promise<JobView> {
      const urls = await this.check(caller, req.urls);
      return jobs.start(caller, "capture", {
        urls,
        metadata: { ...req.metadata },
        ...(req.extract !== undefined && { extract: req.extract }),
      });
    },

    async capture(caller: Caller, url: string, req: CaptureRequest): Promise<CaptureView> {
      assertMayWrite(caller);
      const actor = actorName(caller);
      const config = settings();
      let captured: Awaited<ReturnType<typeof capturePage>>;
      try {
        captured = await capturePage(url, config);
      } catch (error) {
        throw asProblem(error, url);
      }
      const extract = req.extract ?? true;
      const warnings = [...captured.warnings];
      const { page } = captured;
      const pageOutcome = await ingest.ingestFile(caller, {
        bytes: page.body,
        fileName: fileNameOf(page.url, "page.html"),
        origin: page.url,
        metadata: { ...req.metadata, url: req.metadata.url ?? page.url },
        extract,
      });
      const files: CaptureFileRecord[] = [];
      const add = (role: CaptureFileRole, f: Omit<CaptureFileRecord, "seq" | "role">) =>
        files.push({ seq: files.length, role, ...f });
      const fileOf = (c: CapturedFile) => ({
        url: c.url,
        httpStatus: c.exchange.status,
        blobSha256: sha256Hex(c.body),
        mediaType:
          headerValue(c.exchange.responseHeaders, "content-type")?.split(";")[0]?.trim() ||
          "application/octet-stream",
        size: c.body.byteLength,
      });
      add("page", { ...fileOf(page), sourceId: pageOutcome.source.id });
      for (const m of captured.media) {
        if (sniffMedia(m.body) === null) {
          warnings.push(
            `${m.url}: not a picture, video or audio file Casefile reads; kept in the WARC only`,
          );
          continue;
        }
        try {
          const outcome = await ingest.ingestFile(caller, {
            bytes: m.body,
            fileName: fileNameOf(m.url, "media"),
            origin: m.url,
            // A picture of the page is evidence of the page's case, at the page's level.
            metadata: {
              access: req.metadata.access,
              caseId: pageOutcome.source.caseId,
              url: m.url,
            },
            extract,
          });
          add("media", { ...fileOf(m), sourceId: outcome.source.id });
        } catch (error) {
          warnings.push(`${m.url}: ${(error as Error).message}`);
        }
      }
      const made: { role: CaptureFileRole; bytes: Uint8Array; mediaType: string }[] = [
        {
          role: "warc",
          mediaType: WARC_TYPE,
          bytes: await writeWarc(captured.exchanges, {
            software: options.tool,
            operator: actor,
            fileName: `${captured.startedAt.toISOString().replace(/[:.]/g, "-")}.warc`,
          }),
        },
      ];
      if (captured.rendered) {
        made.push({
          role: "screenshot",
          bytes: captured.rendered.screenshot,
          mediaType: "image/png",
        });
        made.push({ role: "pdf", bytes: captured.rendered.pdf, mediaType: "application/pdf" });
      }
      const madeRows = made.map((m) => ({ ...m, sha256: sha256Hex(m.bytes) }));
      for (const m of madeRows) {
        await store.blobs.put(m.bytes, m.sha256);
        add(m.role, {
          url: null,
          httpStatus: null,
          blobSha256: m.sha256,
          mediaType: m.mediaType,
          size: m.bytes.byteLength,
          sourceId: null,
        });
      }
      const now = new Date();
      const record: CaptureRecord = {
        id: randomUUID(),
        url: captured.requestedUrl,
        finalUrl: page.url,
        httpStatus: page.exchange.status,
        capturedAt: captured.startedAt,
        capturedBy: actor,
        tool: options.tool,
        sourceId: pageOutcome.source.id,
        warnings,
        files,
      };
      // What was written is what is answered.
      const view = presentCapture(record);
      await store.db.transaction(async (tx) => {
        await req.settle?.(tx, view);
        for (const m of madeRows)
          await insertBlobRecord(tx, m.sha256, m.bytes.byteLength, m.mediaType, now);
        await insertCapture(tx, record);
        await appendLog(
          tx,
          {
            actor,
            action: "source.capture",
            targetType: "source",
            targetId: record.sourceId,
            reason: null,
            data: {
              captureId: record.id,
              url: record.url,
              finalUrl: record.finalUrl,
              httpStatus: record.httpStatus,
              files: files.map((f) => ({
                role: f.role,
                sha256: f.blobSha256,
                url: f.url,
                sourceId: f.sourceId,
              })),
              warnings,
            },
          },
          now,
        );
      });
      return view;
    },

    async get(caller: Caller, id: string): Promise<CaptureView> {
      const record = /^[0-9a-f-]{36}$/i.test(id) ? await getCapture(store.db, id) : null;
      return presentCapture(await visibleCapture(caller, record, id));
    },

    /** The captures a source took part in (as the page or one of its media files). */
    async ofSource(caller: Caller, sourceId: string): Promise<CaptureView[]> {
      await visibleSourceOf(store.db, caller, sourceId);
      const records = await capturesOfSource(store.db, sourceId);
      const shown: CaptureView[] = [];
      for (const r of records) {
        const page = await visibleSourceOf(store.db, caller, r.sourceId).catch(() => null);
        if (page) shown.push(presentCapture(r));
      }
      return shown;
    },

    /** One file the capture kept (WARC, screenshot, PDF, page or media), to whoever may see its page. */
    async file(caller: Caller, id: string, seq: number) {
      const record = await visibleCapture(
        caller,
        /^[0-9a-f-]{36}$/i.test(id) ? await getCapture(store.db, id) : null,
        id,
      );
      const file = record.files.find((f) => f.seq === seq);
      if (!file)
        throw new NotFoundError(`file ${seq} of capture ${id}`, {
          code: "not-found.capture-file",
          params: { id, seq },
        });
      if (file.sourceId && file.sourceId !== record.sourceId)
        await visibleSourceOf(store.db, caller, file.sourceId);
      return {
        bytes: await store.blobs.read(file.blobSha256),
        mediaType: file.mediaType,
        sha256: file.blobSha256,
        role: file.role,
      };
    },
  };
}
export type CaptureService = ReturnType<typeof createCaptureService>;
