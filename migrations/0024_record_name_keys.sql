-- A registry record's name as search keys (core/memorial/name-query.ts `nameSearchKeys`: each word
-- folded across scripts and by its sound), so finding a record by name in any spelling is a query
-- on a trigram index instead of reading the whole list. Derived from the record and kept apart
-- from it: a case document never carries them (they would spell a protected name), and records
-- without keys (stored before this migration, or imported) get them at their list's first search
-- (services/registry-record-search.ts).
CREATE TABLE person_record_name_keys (
  record_id uuid PRIMARY KEY REFERENCES person_records (id),
  keys      text NOT NULL
);
CREATE INDEX person_record_name_keys_trgm ON person_record_name_keys USING gin (keys gin_trgm_ops);
