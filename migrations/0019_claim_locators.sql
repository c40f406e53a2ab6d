-- Claims on regions and moments (issue 13 item 4). A claim's media locator (claim_media_locators:
-- an image region, a time range with an optional region, or a metadata field) is part of what a
-- review may change, so each version records the locator it had; null for a claim on text.
ALTER TABLE claim_versions ADD COLUMN locator jsonb;

UPDATE claim_versions v SET locator = l.selector
  FROM claim_media_locators l WHERE l.claim_id = v.claim_id;

ALTER TABLE claim_media_locators
  ADD CONSTRAINT claim_media_locators_type
  CHECK (selector ->> 'type' IN ('ImageRegion', 'MediaTime', 'MetadataFieldSelector'));
