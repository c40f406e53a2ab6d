-- Evidence links: a claim, a passage or a whole source tied to an element of a crime or rule of
-- attribution (law/*.json), supporting it, contradicting it or giving context. The system only
-- proposes; a confirmed or rejected link always names its reviewer. Every state is kept.

CREATE TABLE evidence_links (
  id            uuid PRIMARY KEY,
  case_id       text NOT NULL REFERENCES cases (id),
  target_kind   text NOT NULL CHECK (target_kind IN ('claim', 'passage', 'source')),
  -- The source is always named (the claim's or passage's own), so access filters on one column;
  -- a claim link also names its claim's passage, so a cell opens at the words.
  source_id     uuid NOT NULL REFERENCES sources (id),
  passage_id    uuid REFERENCES passages (id),
  claim_id      uuid REFERENCES claims (id),
  element_id    text NOT NULL,
  -- The law file and version the element was read from ("war-crimes@1.0.0").
  law_version   text NOT NULL,
  polarity      text NOT NULL CHECK (polarity IN ('supports', 'contradicts', 'context')),
  weight        smallint NOT NULL CHECK (weight BETWEEN 1 AND 5),
  rationale     text NOT NULL CHECK (rationale <> ''),
  status        text NOT NULL CHECK (status IN ('proposed', 'confirmed', 'rejected')),
  origin        text NOT NULL CHECK (origin IN ('proposal', 'manual')),
  -- The proposal rule that made it ("measure:killed"), null for a link a person made.
  rule          text,
  version       integer NOT NULL,
  created_by    text NOT NULL,
  created_at    timestamptz NOT NULL,
  reviewed_by   text,
  reviewed_at   timestamptz,
  review_reason text,
  CHECK ((target_kind = 'claim') = (claim_id IS NOT NULL)),
  CHECK (target_kind <> 'passage' OR passage_id IS NOT NULL),
  CHECK (status = 'proposed' OR (reviewed_by IS NOT NULL AND reviewed_at IS NOT NULL)),
  CHECK ((origin = 'proposal') = (rule IS NOT NULL))
);
CREATE INDEX evidence_links_case ON evidence_links (case_id, element_id);
CREATE INDEX evidence_links_claim ON evidence_links (claim_id) WHERE claim_id IS NOT NULL;
-- A rule proposes a claim for an element once; a rejected proposal is not proposed again.
CREATE UNIQUE INDEX evidence_links_one_proposal ON evidence_links (claim_id, element_id) WHERE origin = 'proposal';

CREATE TABLE evidence_link_versions (
  link_id     uuid NOT NULL REFERENCES evidence_links (id),
  version     integer NOT NULL,
  status      text NOT NULL,
  element_id  text NOT NULL,
  polarity    text NOT NULL,
  weight      smallint NOT NULL,
  rationale   text NOT NULL,
  created_at  timestamptz NOT NULL,
  created_by  text NOT NULL,
  reason      text,
  PRIMARY KEY (link_id, version)
);
