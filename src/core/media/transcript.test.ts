import { describe, expect, it } from "vitest";
import { parseTranscript, TranscriptError } from "./transcript.js";

const VTT = [
  "WEBVTT",
  "",
  "NOTE made by the test",
  "",
  "intro",
  "00:00.000 --> 00:01.200 align:start",
  "<v Reporter>We are at the <i>edge</i> of the town.</v>",
  "",
  "00:00:01.200 --> 00:00:02.750",
  "Smoke rises",
  "over the houses.",
  "",
].join("\n");

const SRT = [
  "1",
  "00:00:00,500 --> 00:00:01,000",
  "First line",
  "",
  "2",
  "00:00:01,000 --> 00:00:02,900",
  "{\\an8}Second &amp; last",
  "",
].join("\r\n");

function lineOf(text: string): number {
  try {
    parseTranscript(text);
  } catch (error) {
    if (error instanceof TranscriptError) return error.line;
    throw error;
  }
  throw new Error("no error");
}

describe("transcripts", () => {
  it("reads WebVTT cues without their markup", () => {
    const t = parseTranscript(VTT);
    expect(t.format).toBe("webvtt");
    expect(t.cues).toEqual([
      { start: 0, end: 1.2, text: "We are at the edge of the town." },
      { start: 1.2, end: 2.75, text: "Smoke rises over the houses." },
    ]);
  });

  it("reads SRT cues", () => {
    const t = parseTranscript(SRT);
    expect(t.format).toBe("srt");
    expect(t.cues).toEqual([
      { start: 0.5, end: 1, text: "First line" },
      { start: 1, end: 2.9, text: "Second & last" },
    ]);
  });

  it("names the line of a bad timing and refuses an empty transcript", () => {
    expect(lineOf("WEBVTT\n\n00:01.000 -> 00:02.000\nWords")).toBe(3);
    expect(lineOf("1\n00:00:01,000 --> 00:00:00,500\nBackwards")).toBe(2);
    expect(lineOf("WEBVTT\n\n00:01.000 --> 00:99.000\nWords")).toBe(3);
    expect(lineOf("WEBVTT\n")).toBe(1);
  });
});
