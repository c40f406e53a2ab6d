-- Page views already logged (issue 12): a page sends one view id with all its requests, and the
-- view is logged once. Decided here, not in a process's memory, so that a restart or a second
-- server process logs a view that another already logged no second time.
CREATE TABLE logged_views (
  actor      text NOT NULL,
  view_id    text NOT NULL,
  logged_at  timestamptz NOT NULL,
  PRIMARY KEY (actor, view_id)
);
