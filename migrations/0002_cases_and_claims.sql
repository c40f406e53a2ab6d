-- Cases, claimants and claims. A source may belong to a case; a reference case's sources may be
-- citation-only (no archived bytes) when the corpus is not at hand, so bytes and text are optional.

CREATE TABLE cases (
  id          text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9-]*$'),
  title       text NOT NULL,
  summary     text NOT NULL,
  data        jsonb NOT NULL,
  data_sha256 text NOT NULL,
  loaded_at   timestamptz NOT NULL
);

ALTER TABLE sources
  ADD COLUMN case_id text REFERENCES cases (id),
  ADD COLUMN case_ref text,
  ADD COLUMN affiliation text,
  ALTER COLUMN blob_sha256 DROP NOT NULL,
  ALTER COLUMN acquisition_id DROP NOT NULL,
  ALTER COLUMN text DROP NOT NULL,
  ALTER COLUMN text_sha256 DROP NOT NULL,
  ADD CONSTRAINT sources_bytes_and_text_together CHECK ((blob_sha256 IS NULL) = (text IS NULL));
CREATE UNIQUE INDEX sources_case_ref ON sources (case_id, case_ref) WHERE case_ref IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX sources_case ON sources (case_id);

-- Who states claims: publishers and the officials, witnesses and bodies they quote.
-- derived_from names the claimant whose figures this one only repeats.
CREATE TABLE claimants (
  case_id      text NOT NULL REFERENCES cases (id),
  id           text NOT NULL,
  name         text NOT NULL,
  affiliation  text NOT NULL,
  derived_from text,
  data         jsonb NOT NULL,
  PRIMARY KEY (case_id, id)
);

CREATE TABLE claims (
  id              uuid PRIMARY KEY,
  source_id       uuid NOT NULL REFERENCES sources (id),
  passage_id      uuid REFERENCES passages (id),
  kind            text NOT NULL CHECK (kind IN ('figure', 'time', 'place', 'actor', 'qualification', 'statement')),
  -- The anchor: offsets into the source's text, plus the quote and its context when the text is
  -- at hand (W3C TextPositionSelector + TextQuoteSelector); quote_sha256 when only a citation is.
  start_offset    integer NOT NULL,
  end_offset      integer NOT NULL,
  exact           text,
  prefix          text,
  suffix          text,
  quote_sha256    text,
  fields          jsonb NOT NULL,
  measure         text,
  subgroup        text,
  claimant_name   text NOT NULL,
  claimant_role   text NOT NULL,
  claimant_ref    text,
  -- The claim's id in its reference case's data, for claims loaded from a case.
  case_ref        text,
  status          text NOT NULL CHECK (status IN ('proposed', 'confirmed', 'rejected')),
  origin          text NOT NULL CHECK (origin IN ('extraction', 'manual', 'reference')),
  version         integer NOT NULL,
  created_at      timestamptz NOT NULL,
  reviewed_by     text,
  reviewed_at     timestamptz,
  review_reason   text,
  CHECK (0 <= start_offset AND start_offset <= end_offset)
);
CREATE INDEX claims_source ON claims (source_id, start_offset);
CREATE INDEX claims_status ON claims (status, created_at);
CREATE INDEX claims_measure ON claims (measure) WHERE kind = 'figure';
CREATE INDEX claims_case_ref ON claims (case_ref) WHERE case_ref IS NOT NULL;

-- Every state a claim has been in: proposal, corrections, confirmations, rejections.
CREATE TABLE claim_versions (
  claim_id   uuid NOT NULL REFERENCES claims (id),
  version    integer NOT NULL,
  status     text NOT NULL,
  fields     jsonb NOT NULL,
  claimant   jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  created_by text NOT NULL,
  reason     text,
  PRIMARY KEY (claim_id, version)
);
