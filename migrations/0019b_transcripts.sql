-- Transcripts of recordings (issue 13 item 4). A transcript file (WebVTT or SRT) is archived and
-- read as a text source of its own — its cues are its passages, so search finds them like any
-- passage — and is attached to the video or audio source it transcribes. Each cue passage keeps
-- its moment in the recording.
CREATE TABLE transcripts (
  source_id       uuid PRIMARY KEY REFERENCES sources (id),
  media_source_id uuid NOT NULL REFERENCES sources (id),
  format          text NOT NULL CHECK (format IN ('webvtt', 'srt')),
  created_at      timestamptz NOT NULL,
  created_by      text NOT NULL,
  CHECK (source_id <> media_source_id)
);
CREATE INDEX transcripts_media ON transcripts (media_source_id);

CREATE TABLE transcript_cues (
  passage_id    uuid PRIMARY KEY REFERENCES passages (id) ON DELETE CASCADE,
  start_seconds double precision NOT NULL CHECK (start_seconds >= 0),
  end_seconds   double precision NOT NULL CHECK (end_seconds >= start_seconds)
);
