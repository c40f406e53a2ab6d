-- Search reads only passage_search (migration 0013 and the search work after it), which keeps each
-- passage's vector without positions; the positional vector in passages.tsv was written and
-- stored for nothing, and it was the widest part of a passage's insert. It goes.
--
-- Who writes passage_search now: the ingest writes a passage's row together with the passage, in
-- the same statement, with the vector it computed (core/search/search-vector.ts); for any other
-- writer of passages (an import, a script) the statement trigger below computes the vector from
-- the passage's tokens, for every new passage that has no row yet; changed tokens are indexed again.
DROP TRIGGER passages_vector ON passages;
DROP FUNCTION casefile_passage_vector();
ALTER TABLE passages DROP COLUMN tsv;

CREATE OR REPLACE FUNCTION casefile_passage_search_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO passage_search (passage_id, source_id, tsv)
    SELECT n.id, n.source_id, strip(to_tsvector('simple', n.search_tokens)) FROM new_rows n
    WHERE NOT EXISTS (SELECT 1 FROM passage_search ps WHERE ps.passage_id = n.id);
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION casefile_passage_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE passage_search ps SET source_id = n.source_id, tsv = strip(to_tsvector('simple', n.search_tokens))
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE ps.passage_id = n.id
      AND (n.source_id IS DISTINCT FROM o.source_id OR n.search_tokens IS DISTINCT FROM o.search_tokens);
  RETURN NULL;
END $$;
DROP TRIGGER passages_search_update ON passages;
CREATE TRIGGER passages_search_update AFTER UPDATE ON passages
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION casefile_passage_search_update();
