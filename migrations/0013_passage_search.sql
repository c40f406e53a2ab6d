-- Search reads matches from a narrow copy of each passage's search vector: no text, no word
-- positions, just what a match and its source need. A frequent word's first 10,000 matches then
-- come from small rows, not from the passages' wide ones (text, tokens and positions: about
-- 2 KB each), so an exact total up to 10,000 costs a few thousand pages, not tens of thousands.
-- Ranking still reads positions (passages.tsv) for the few candidates it ranks.
-- Statement triggers keep the copy current for every writer of passages; deletes cascade.
CREATE TABLE passage_search (
  passage_id uuid PRIMARY KEY REFERENCES passages(id) ON DELETE CASCADE,
  source_id uuid NOT NULL,
  tsv tsvector NOT NULL
);
INSERT INTO passage_search (passage_id, source_id, tsv)
  SELECT id, source_id, strip(tsv) FROM passages ORDER BY source_id, seq;
CREATE INDEX passage_search_tsv ON passage_search USING gin (tsv);
-- Matching now goes through passage_search; the passages' own index is no longer read.
DROP INDEX passages_tsv;

CREATE FUNCTION casefile_passage_search_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO passage_search (passage_id, source_id, tsv)
    SELECT n.id, n.source_id, strip(n.tsv) FROM new_rows n;
  RETURN NULL;
END $$;
CREATE TRIGGER passages_search_insert AFTER INSERT ON passages
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION casefile_passage_search_insert();

CREATE FUNCTION casefile_passage_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE passage_search ps SET source_id = n.source_id, tsv = strip(n.tsv)
    FROM new_rows n WHERE ps.passage_id = n.id
      AND (ps.source_id IS DISTINCT FROM n.source_id OR ps.tsv IS DISTINCT FROM strip(n.tsv));
  RETURN NULL;
END $$;
CREATE TRIGGER passages_search_update AFTER UPDATE ON passages
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION casefile_passage_search_update();
