-- The memorial of a case (issue 15, item 4) is published by a deliberate act of an administrator:
-- a case setting, logged as `case.memorial`. Who appears in it is decided from the registry and the
-- consent records at every request (services/policies/memorial.policy.ts), never stored here.
ALTER TABLE cases ADD COLUMN memorial_published boolean NOT NULL DEFAULT false;
