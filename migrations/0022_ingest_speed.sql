-- A passage's search vector is no longer computed by the store from its tokens: the ingest writes
-- it out (core/search/search-vector.ts), because running to_tsvector's text parser over every
-- passage's tokens was most of the database's time in an ingest, and reading the finished vector
-- costs an eighth of it. The column keeps its values and stays what the generated column was for
-- every other writer: a row written without a vector, or whose tokens change without one, gets
-- to_tsvector('simple', search_tokens) from the trigger below.
ALTER TABLE passages ALTER COLUMN tsv DROP EXPRESSION;

CREATE FUNCTION casefile_passage_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.tsv IS NULL OR (TG_OP = 'UPDATE' AND NEW.search_tokens IS DISTINCT FROM OLD.search_tokens
                          AND NEW.tsv IS NOT DISTINCT FROM OLD.tsv) THEN
    NEW.tsv := to_tsvector('simple', NEW.search_tokens);
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER passages_vector BEFORE INSERT OR UPDATE OF search_tokens, tsv ON passages
  FOR EACH ROW EXECUTE FUNCTION casefile_passage_vector();

-- Each worker asks, after every item it settles, whether any item of the job is still pending.
CREATE INDEX job_items_pending ON job_items (job_id) WHERE state = 'pending';
