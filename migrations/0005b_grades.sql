-- Reviewers' grades: reliability of a source (A–F), credibility of a claim (1–6), each change a
-- new version with who, when and why. A null grade is a reviewer returning the target to
-- "ungraded". The system never writes here: only a reviewer's decision does.
CREATE TABLE grades (
  target_type text NOT NULL CHECK (target_type IN ('source', 'claim')),
  target_id   uuid NOT NULL,
  version     integer NOT NULL CHECK (version >= 1),
  grade       text CHECK (
    grade IS NULL
    OR (target_type = 'source' AND grade IN ('A', 'B', 'C', 'D', 'E', 'F'))
    OR (target_type = 'claim' AND grade IN ('1', '2', '3', '4', '5', '6'))
  ),
  reason      text NOT NULL CHECK (btrim(reason) <> ''),
  graded_by   text NOT NULL,
  graded_at   timestamptz NOT NULL,
  PRIMARY KEY (target_type, target_id, version)
);

-- A grade once typed into a source's metadata ("B2") keeps its letter as the source's grade.
INSERT INTO grades (target_type, target_id, version, grade, reason, graded_by, graded_at)
  SELECT 'source', id, 1, upper(left(reliability, 1)), 'moved from the source''s metadata (' || reliability || ')', created_by, created_at
  FROM sources WHERE reliability ~ '^[A-Fa-f]';
ALTER TABLE sources DROP COLUMN reliability;
