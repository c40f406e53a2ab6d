-- The archive: original bytes (by SHA-256), how each was acquired, sources with versioned
-- metadata, passages with stable offsets, and the hash-chained, append-only activity log.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

CREATE TABLE blobs (
  sha256      text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size        bigint NOT NULL CHECK (size >= 0),
  media_type  text NOT NULL,
  stored_at   timestamptz NOT NULL
);

-- Chain of custody: every time bytes reach the archive, from where, by whom, with what tool.
CREATE TABLE acquisitions (
  id            uuid PRIMARY KEY,
  blob_sha256   text NOT NULL REFERENCES blobs (sha256),
  acquired_by   text NOT NULL,
  acquired_at   timestamptz NOT NULL,
  origin        text NOT NULL,
  original_name text NOT NULL,
  tool          text NOT NULL
);
CREATE INDEX acquisitions_blob ON acquisitions (blob_sha256);

CREATE TABLE sources (
  id                  uuid PRIMARY KEY,
  blob_sha256         text NOT NULL REFERENCES blobs (sha256),
  acquisition_id      uuid NOT NULL REFERENCES acquisitions (id),
  parent_id           uuid REFERENCES sources (id),
  parent_start        integer,
  parent_end          integer,
  format              text NOT NULL,
  text                text NOT NULL,
  text_sha256         text NOT NULL,
  version             integer NOT NULL,
  kind                text NOT NULL,
  title               text NOT NULL,
  authors             text[] NOT NULL,
  organisation        text,
  published_place     text,
  published_date      text,
  published_precision text CHECK (published_precision IN ('year', 'month', 'day')),
  language            text,
  url                 text,
  access              text NOT NULL CHECK (access IN ('public', 'restricted', 'confidential')),
  reliability         text,
  created_at          timestamptz NOT NULL,
  created_by          text NOT NULL,
  deleted_at          timestamptz,
  deleted_by          text,
  deleted_reason      text,
  CHECK ((parent_id IS NULL) = (parent_start IS NULL) AND (parent_id IS NULL) = (parent_end IS NULL))
);
-- One live top-level source per original file; split parts share their compilation's bytes.
CREATE UNIQUE INDEX sources_one_per_blob ON sources (blob_sha256) WHERE parent_id IS NULL AND deleted_at IS NULL;
CREATE INDEX sources_parent ON sources (parent_id);
CREATE INDEX sources_listing ON sources (created_at DESC, id);

-- Every version of a source's metadata, the current one included.
CREATE TABLE source_versions (
  source_id  uuid NOT NULL REFERENCES sources (id),
  version    integer NOT NULL,
  metadata   jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  created_by text NOT NULL,
  reason     text,
  PRIMARY KEY (source_id, version)
);

CREATE TABLE passages (
  id           uuid PRIMARY KEY,
  source_id    uuid NOT NULL REFERENCES sources (id),
  seq          integer NOT NULL,
  start_offset integer NOT NULL,
  end_offset   integer NOT NULL,
  text         text NOT NULL,
  UNIQUE (source_id, seq),
  CHECK (0 <= start_offset AND start_offset < end_offset)
);

CREATE TABLE activity_log (
  seq         bigint PRIMARY KEY,
  at          timestamptz NOT NULL,
  actor       text NOT NULL,
  action      text NOT NULL,
  target_type text NOT NULL,
  target_id   text NOT NULL,
  reason      text,
  data        jsonb NOT NULL,
  prev_hash   text NOT NULL,
  hash        text NOT NULL UNIQUE
);
CREATE INDEX activity_log_target ON activity_log (target_type, target_id);

-- Append-only: the store itself refuses to change or remove an entry. (Someone with the power
-- to drop this trigger can still tamper; the hash chain is what `verify` checks.)
CREATE FUNCTION activity_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'activity_log is append-only (% refused)', TG_OP;
END $$;
CREATE TRIGGER activity_log_no_update BEFORE UPDATE OR DELETE ON activity_log
  FOR EACH ROW EXECUTE FUNCTION activity_log_append_only();
