-- Web captures (issue 13): one record per captured page — the URL asked for, the URL it ended at
-- after redirects, when, by whom, the HTTP status — and every file the capture kept: the WARC of
-- its HTTP exchanges, the page (archived as a source with its readable text), a screenshot and a
-- PDF print when Chromium was there, and each media file of the page (a source of its own). All
-- are blobs, so `verify` re-hashes them; the WARC is also read back and its responses checked.

CREATE TABLE captures (
  id             uuid PRIMARY KEY,
  url            text NOT NULL,
  final_url      text NOT NULL,
  http_status    integer NOT NULL,
  captured_at    timestamptz NOT NULL,
  captured_by    text NOT NULL,
  tool           text NOT NULL,
  -- The page's source: whoever may see it may see the capture.
  source_id      uuid NOT NULL REFERENCES sources (id),
  warnings       text[] NOT NULL
);
CREATE INDEX captures_source ON captures (source_id);

CREATE TABLE capture_files (
  capture_id  uuid NOT NULL REFERENCES captures (id),
  seq         integer NOT NULL CHECK (seq >= 0),
  role        text NOT NULL CHECK (role IN ('warc', 'page', 'screenshot', 'pdf', 'media')),
  -- The URL a page or media file came from (null for what the capture made: WARC, screenshot, PDF).
  url         text,
  http_status integer,
  blob_sha256 text NOT NULL REFERENCES blobs (sha256),
  media_type  text NOT NULL,
  size        bigint NOT NULL CHECK (size >= 0),
  source_id   uuid REFERENCES sources (id),
  PRIMARY KEY (capture_id, seq)
);
CREATE INDEX capture_files_source ON capture_files (source_id);
