-- Manual links and candidates below the threshold (issue 16, item 10). A reviewer may link two
-- records the model never proposed: such a link has no model probability and no linkage run, and
-- names who made it (the author four eyes keeps apart from the second reviewer). A linkage run
-- also keeps its best pairs below the threshold as candidates, listed only on request; a run
-- replaces its unreviewed proposals and candidates alike.

ALTER TABLE record_links ALTER COLUMN run_id DROP NOT NULL;
ALTER TABLE record_links ALTER COLUMN probability DROP NOT NULL;
ALTER TABLE record_links ADD COLUMN origin text NOT NULL DEFAULT 'model'
  CHECK (origin IN ('model', 'manual'));
ALTER TABLE record_links ADD COLUMN created_by text;
ALTER TABLE record_links ADD CONSTRAINT record_links_origin_shape CHECK (
  (origin = 'model' AND run_id IS NOT NULL AND probability IS NOT NULL)
  OR (origin = 'manual' AND run_id IS NULL AND probability IS NULL AND created_by IS NOT NULL));

ALTER TABLE record_links DROP CONSTRAINT record_links_status_check;
ALTER TABLE record_links ADD CONSTRAINT record_links_status_check
  CHECK (status IN ('proposed', 'candidate', 'awaiting', 'confirmed', 'rejected'));

-- A manual link's first version is the reviewer's act of making it, kept like any decision; a
-- model link's first version stays its linkage run.
ALTER TABLE record_link_versions DROP CONSTRAINT record_link_versions_version_check;
ALTER TABLE record_link_versions ADD CONSTRAINT record_link_versions_version_check
  CHECK (version >= 1);
