-- The photo chronicle of a case (issue 13, item 6): an ordered gallery of image sources, each
-- with a caption and the persons shown (a registry record where one exists). An entry has a level
-- of its own but is never more visible than its source: readers pass both (services/policies/
-- chronicle.policy.ts). Every change raises the entry's version and is logged (by ids, never by
-- caption or name: a caption may name a person protected later, and the log cannot be changed).

CREATE TABLE chronicle_entries (
  id         uuid PRIMARY KEY,
  case_id    text NOT NULL REFERENCES cases (id),
  source_id  uuid NOT NULL REFERENCES sources (id),
  -- 1..n within the case; the service renumbers in the transaction that moves or removes.
  position   integer NOT NULL CHECK (position >= 1),
  caption    text NOT NULL CHECK (length(caption) <= 2000),
  -- [{ "name": text, "recordId": uuid | null }]
  persons    jsonb NOT NULL,
  access     text NOT NULL CHECK (access IN ('public', 'restricted', 'confidential')),
  version    integer NOT NULL,
  created_at timestamptz NOT NULL,
  created_by text NOT NULL,
  changed_at timestamptz NOT NULL,
  changed_by text NOT NULL,
  UNIQUE (case_id, source_id)
);
CREATE INDEX chronicle_entries_case ON chronicle_entries (case_id, position);
