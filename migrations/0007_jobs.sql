-- Background jobs. The queue itself (delivery, locking, retry after a crash, expiry) is pg-boss's,
-- in its own schema; these tables are Casefile's record of each job as people see it: who started
-- it, its progress, its log, its result or error, and for jobs made of items (a batch of files)
-- each item's state, so that a retried item that already committed is never done twice.

CREATE TABLE jobs (
  id            uuid PRIMARY KEY,
  type          text NOT NULL,
  state         text NOT NULL CHECK (state IN ('queued', 'running', 'completed', 'failed', 'cancelled')),
  input         jsonb NOT NULL,
  started_by    text NOT NULL,
  created_at    timestamptz NOT NULL,
  started_at    timestamptz,
  finished_at   timestamptz,
  done          integer NOT NULL DEFAULT 0,
  failed        integer NOT NULL DEFAULT 0,
  total         integer NOT NULL DEFAULT 0,
  current_item  text,
  result        jsonb,
  error         text,
  updated_at    timestamptz NOT NULL
);
CREATE INDEX jobs_created ON jobs (created_at DESC);

CREATE TABLE job_items (
  job_id   uuid NOT NULL REFERENCES jobs (id),
  seq      integer NOT NULL,
  label    text NOT NULL,
  input    jsonb NOT NULL,
  state    text NOT NULL CHECK (state IN ('pending', 'done', 'failed', 'cancelled')),
  result   jsonb,
  error    text,
  PRIMARY KEY (job_id, seq)
);

CREATE TABLE job_log (
  id       bigserial PRIMARY KEY,
  job_id   uuid NOT NULL REFERENCES jobs (id),
  at       timestamptz NOT NULL,
  message  text NOT NULL
);
CREATE INDEX job_log_job ON job_log (job_id, id);
