/** SQL of transcripts: which text source transcribes which recording, and each cue's moment. */
import type { Queryable } from "./db.js";
import { insertColumns } from "./insert-rows.js";

export interface TranscriptRecord {
  readonly sourceId: string;
  readonly mediaSourceId: string;
  readonly format: "webvtt" | "srt";
  readonly createdAt: Date;
  readonly createdBy: string;
}

export interface CueRow {
  readonly passageId: string;
  readonly start: number;
  readonly end: number;
}

export async function insertTranscript(
  tx: Queryable,
  t: TranscriptRecord,
  cues: readonly CueRow[],
): Promise<void> {
  await tx.query(
    "INSERT INTO transcripts (source_id, media_source_id, format, created_at, created_by) VALUES ($1, $2, $3, $4, $5)",
    [t.sourceId, t.mediaSourceId, t.format, t.createdAt, t.createdBy],
  );
  await insertColumns(
    tx,
    "transcript_cues",
    [
      ["passage_id", "uuid"],
      ["start_seconds", "double precision"],
      ["end_seconds", "double precision"],
    ],
    cues.map((c) => [c.passageId, c.start, c.end]),
  );
}

/** The live transcripts of a recording, newest first. */
export async function transcriptsOf(
  db: Queryable,
  mediaSourceId: string,
): Promise<TranscriptRecord[]> {
  const rows = await db.query<{
    source_id: string;
    media_source_id: string;
    format: "webvtt" | "srt";
    created_at: Date;
    created_by: string;
  }>(
    `SELECT t.* FROM transcripts t JOIN sources s ON s.id = t.source_id
      WHERE t.media_source_id = $1 AND s.deleted_at IS NULL ORDER BY t.created_at DESC`,
    [mediaSourceId],
  );
  return rows.map((r) => ({
    sourceId: r.source_id,
    mediaSourceId: r.media_source_id,
    format: r.format,
    createdAt: r.created_at,
    createdBy: r.created_by,
  }));
}

/** A transcript's cues in time order, with their passages' words. */
export async function cuesOf(
  db: Queryable,
  transcriptSourceId: string,
): Promise<{ passageId: string; seq: number; start: number; end: number; text: string }[]> {
  const rows = await db.query<{
    passage_id: string;
    seq: number;
    start_seconds: number;
    end_seconds: number;
    text: string;
  }>(
    `SELECT c.passage_id, p.seq, c.start_seconds, c.end_seconds, p.text
       FROM transcript_cues c JOIN passages p ON p.id = c.passage_id
      WHERE p.source_id = $1 ORDER BY p.seq`,
    [transcriptSourceId],
  );
  return rows.map((r) => ({
    passageId: r.passage_id,
    seq: r.seq,
    start: Number(r.start_seconds),
    end: Number(r.end_seconds),
    text: r.text,
  }));
}

/** The recording a text source transcribes, or null when it is not a transcript. */
export async function recordingOfTranscript(
  db: Queryable,
  sourceId: string,
): Promise<string | null> {
  const rows = await db.query<{ media_source_id: string }>(
    "SELECT media_source_id FROM transcripts WHERE source_id = $1",
    [sourceId],
  );
  return rows[0]?.media_source_id ?? null;
}
