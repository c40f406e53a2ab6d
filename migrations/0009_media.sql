-- Media evidence (issue 13): what was read from each photo, video or audio original, the files
-- derived from it (each naming its original, tool and settings; their bytes are blobs too, so
-- `verify` re-hashes them), perceptual hashes for near-duplicates, and media locators of claims.

CREATE TABLE media_files (
  blob_sha256      text PRIMARY KEY REFERENCES blobs (sha256),
  kind             text NOT NULL CHECK (kind IN ('image', 'video', 'audio')),
  format           text NOT NULL,
  width            integer,
  height           integer,
  duration_seconds double precision,
  metadata         jsonb NOT NULL,
  warnings         text[] NOT NULL,
  analysed_at      timestamptz NOT NULL
);

CREATE TABLE media_derivatives (
  original_sha256 text NOT NULL REFERENCES media_files (blob_sha256),
  role            text NOT NULL CHECK (role IN ('thumbnail', 'web_copy', 'keyframe')),
  seq             integer NOT NULL CHECK (seq >= 0),
  at_seconds      double precision,
  blob_sha256     text NOT NULL REFERENCES blobs (sha256),
  media_type      text NOT NULL,
  tool            text NOT NULL,
  settings        jsonb NOT NULL,
  created_at      timestamptz NOT NULL,
  PRIMARY KEY (original_sha256, role, seq),
  CHECK (blob_sha256 <> original_sha256)
);

-- One row per window of a picture or keyframe (window 0 is the whole frame).
CREATE TABLE media_hashes (
  blob_sha256 text NOT NULL REFERENCES media_files (blob_sha256),
  frame       integer NOT NULL,
  at_seconds  double precision,
  win         integer NOT NULL,
  hash        text NOT NULL CHECK (hash ~ '^[0-9a-f]{16}$'),
  PRIMARY KEY (blob_sha256, frame, win)
);

-- A claim anchored to a region, a moment or a metadata field of a media source, as a W3C Web
-- Annotation selector (FragmentSelector, SvgSelector) or a metadata-field selector.
CREATE TABLE claim_media_locators (
  -- Cascades so that re-extraction, which drops unreviewed proposals, drops their locators too.
  claim_id uuid PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
  selector jsonb NOT NULL
);
