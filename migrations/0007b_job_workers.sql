-- Which worker process (host:pid) settled each item: operators see how a batch was spread, and
-- the multi-process test checks it.
ALTER TABLE job_items ADD COLUMN worker text;
