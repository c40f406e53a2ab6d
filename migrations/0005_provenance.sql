-- Provenance per claim: its basis and the one claim, source or claimant it passes on
-- ({"kind": "claim"|"source"|"claimant", "id": …}; claim and source ids are store ids, a
-- claimant is named by its case id). Repetition was once modelled per claimant; it is per claim now.

ALTER TABLE claims
  ADD COLUMN basis text NOT NULL DEFAULT 'unstated'
    CHECK (basis IN ('own_observation', 'reported_speech', 'cited_document', 'official_statistics', 'unstated')),
  ADD COLUMN derived_from jsonb;
CREATE INDEX claims_derived_from_claim ON claims ((derived_from ->> 'id')) WHERE derived_from IS NOT NULL;

ALTER TABLE claim_versions
  ADD COLUMN basis text NOT NULL DEFAULT 'unstated',
  ADD COLUMN derived_from jsonb;

ALTER TABLE claimants DROP COLUMN derived_from;
