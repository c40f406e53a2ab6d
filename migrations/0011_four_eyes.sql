-- Four eyes: a case may require that a confirmation of a claim, a registry link or an evidence
-- link is given twice, by two different people, before it counts. The first confirmation leaves
-- the item "awaiting" (a second review); only the second makes it "confirmed". Registry links get
-- versions like claims and evidence links, so every decision on them is kept too.

ALTER TABLE cases ADD COLUMN four_eyes boolean NOT NULL DEFAULT false;

ALTER TABLE claims DROP CONSTRAINT claims_status_check;
ALTER TABLE claims ADD CONSTRAINT claims_status_check
  CHECK (status IN ('proposed', 'awaiting', 'confirmed', 'rejected'));
ALTER TABLE evidence_links DROP CONSTRAINT evidence_links_status_check;
ALTER TABLE evidence_links ADD CONSTRAINT evidence_links_status_check
  CHECK (status IN ('proposed', 'awaiting', 'confirmed', 'rejected'));
ALTER TABLE record_links DROP CONSTRAINT record_links_status_check;
ALTER TABLE record_links ADD CONSTRAINT record_links_status_check
  CHECK (status IN ('proposed', 'awaiting', 'confirmed', 'rejected'));

ALTER TABLE record_links ADD COLUMN version integer NOT NULL DEFAULT 1;

-- A link's proposal (its linkage run) is version 1; each review decision is a row here.
CREATE TABLE record_link_versions (
  link_id    uuid NOT NULL REFERENCES record_links (id) ON DELETE CASCADE,
  version    integer NOT NULL CHECK (version >= 2),
  status     text NOT NULL,
  created_at timestamptz NOT NULL,
  created_by text NOT NULL,
  reason     text,
  PRIMARY KEY (link_id, version)
);

-- Links reviewed before versions were kept: their present state is their second version.
INSERT INTO record_link_versions (link_id, version, status, created_at, created_by, reason)
SELECT id, 2, status, reviewed_at, reviewed_by, review_reason
  FROM record_links WHERE status <> 'proposed' AND reviewed_by IS NOT NULL AND reviewed_at IS NOT NULL;
UPDATE record_links SET version = 2
 WHERE status <> 'proposed' AND reviewed_by IS NOT NULL AND reviewed_at IS NOT NULL;
