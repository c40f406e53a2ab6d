-- The victim registry: person lists imported from CSV (original bytes archived like any source),
-- their records, links between records that may be the same person, and the linkage runs that
-- proposed them. Records are linked, never merged: a person is a cluster of confirmed links.

CREATE TABLE person_lists (
  id             uuid PRIMARY KEY,
  name           text NOT NULL UNIQUE CHECK (name <> ''),
  case_id        text REFERENCES cases (id),
  file_name      text NOT NULL,
  blob_sha256    text NOT NULL REFERENCES blobs (sha256),
  acquisition_id uuid NOT NULL REFERENCES acquisitions (id),
  header         jsonb NOT NULL,
  -- Person field → the CSV header it was read from.
  mapping        jsonb NOT NULL,
  access         text NOT NULL CHECK (access IN ('public', 'restricted', 'confidential')),
  record_count   integer NOT NULL,
  -- Rows that could not be used, with their line numbers, kept so the import can be checked later.
  bad_rows       jsonb NOT NULL,
  created_by     text NOT NULL,
  created_at     timestamptz NOT NULL
);
CREATE INDEX person_lists_case ON person_lists (case_id);

CREATE TABLE person_records (
  id         uuid PRIMARY KEY,
  list_id    uuid NOT NULL REFERENCES person_lists (id),
  -- The line in the CSV file where the row starts, and the row's own id (or "line-N").
  row_number integer NOT NULL,
  record_key text NOT NULL,
  fields     jsonb NOT NULL,
  original   jsonb NOT NULL,
  -- Inherited from the list; copied so that every query filters records by their own level.
  access     text NOT NULL CHECK (access IN ('public', 'restricted', 'confidential')),
  UNIQUE (list_id, row_number),
  UNIQUE (list_id, record_key)
);

CREATE TABLE linkage_runs (
  id         uuid PRIMARY KEY,
  list_ids   uuid[] NOT NULL,
  parameters jsonb NOT NULL,
  counts     jsonb NOT NULL,
  model      jsonb NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL
);

-- One row per pair of records, left_record < right_record. A later run replaces only proposals.
CREATE TABLE record_links (
  id            uuid PRIMARY KEY,
  run_id        uuid NOT NULL REFERENCES linkage_runs (id),
  left_record   uuid NOT NULL REFERENCES person_records (id),
  right_record  uuid NOT NULL REFERENCES person_records (id),
  probability   double precision NOT NULL CHECK (probability >= 0 AND probability <= 1),
  status        text NOT NULL CHECK (status IN ('proposed', 'confirmed', 'rejected')),
  created_at    timestamptz NOT NULL,
  reviewed_by   text,
  reviewed_at   timestamptz,
  review_reason text,
  UNIQUE (left_record, right_record),
  CHECK (left_record < right_record)
);
CREATE INDEX record_links_right ON record_links (right_record);
CREATE INDEX record_links_status ON record_links (status, probability DESC);
