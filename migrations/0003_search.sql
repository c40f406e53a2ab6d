-- Full-text search over passages, insensitive to alphabet and romanisation: search_tokens holds
-- the folded keys of each word (and consonant skeletons of names) computed by core/search/fold.ts.
ALTER TABLE passages ADD COLUMN search_tokens text NOT NULL DEFAULT '';
ALTER TABLE passages ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', search_tokens)) STORED;
CREATE INDEX passages_tsv ON passages USING gin (tsv);
