/**
 * @module Transcripts with time codes: WebVTT and SubRip (SRT) read into cues — a start, an end
 * (seconds) and the words. The format is decided by the text (a WebVTT file starts "WEBVTT");
 * styling tags are dropped, and each problem names the line it is on.
 */

export interface Cue {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type TranscriptFormat = "webvtt" | "srt";

export class TranscriptError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = "TranscriptError";
  }
}

// 00:01:02.500 or 01:02.500 (WebVTT); 00:01:02,500 (SRT).
const TIME = /^(?:(\d+):)?([0-5]\d):([0-5]\d)[.,](\d{3})$/;
const TIMING = /^(\S+)\s+-->\s+(\S+)(?:\s.*)?$/;

function seconds(raw: string, line: number): number {
  const m = TIME.exec(raw);
  if (!m) throw new TranscriptError(line, `"${raw}" is not a time code like 00:01:02.500`);
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000;
}

/** Cue text without markup (<i>, <v Speaker>, {\an8}), one line. */
function plain(lines: readonly string[]): string {
  return lines
    .join(" ")
    .replace(/<[^>]*>/g, "")
    .replace(/\{\\[^}]*\}/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/\s+/g, " ")
    .trim();
}

export function transcriptFormat(text: string): TranscriptFormat {
  return /^\uFEFF?WEBVTT(?:[ \t]|$)/m.test(text.split(/\r?\n/, 1)[0] ?? "") ? "webvtt" : "srt";
}

/**
 * The cues of a WebVTT or SRT text, in time order as written; an empty transcript is refused.
 * @example parseTranscript("WEBVTT\n\n00:00.500 --> 00:02.000\nHello").cues[0] // { start: 0.5, end: 2, text: "Hello" }
 */
export function parseTranscript(text: string): { format: TranscriptFormat; cues: Cue[] } {
  const format = transcriptFormat(text);
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const cues: Cue[] = [];
  let i = format === "webvtt" ? 1 : 0;
  while (i < lines.length) {
    const line = (lines[i] ?? "").trim();
    if (line === "") {
      i++;
      continue;
    }
    // Blocks that are not cues: WebVTT notes, styles and regions.
    if (format === "webvtt" && /^(NOTE|STYLE|REGION)(\s|$)/.test(line)) {
      while (i < lines.length && (lines[i] ?? "").trim() !== "") i++;
      continue;
    }
    // An optional identifier line (an SRT counter, a WebVTT cue id) before the timing.
    const at = !line.includes("-->") && (lines[i + 1] ?? "").includes("-->") ? i + 1 : i;
    const timing = TIMING.exec((lines[at] ?? "").trim());
    if (!timing) throw new TranscriptError(at + 1, 'expected a timing line "start --> end"');
    const start = seconds(timing[1] ?? "", at + 1);
    const end = seconds(timing[2] ?? "", at + 1);
    if (end < start) throw new TranscriptError(at + 1, "the cue ends before it starts");
    const words: string[] = [];
    i = at + 1;
    while (i < lines.length && (lines[i] ?? "").trim() !== "") words.push(lines[i++] ?? "");
    const said = plain(words);
    if (said !== "") cues.push({ start, end, text: said });
  }
  if (cues.length === 0) throw new TranscriptError(1, "the transcript holds no cue with words");
  return { format, cues };
}
