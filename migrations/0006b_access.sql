-- Access everywhere: a fourth level (sealed), per-item grants to users and groups, and one SQL
-- function that decides visibility the same way in every query (levels, grants, case scope).

ALTER TABLE sources DROP CONSTRAINT sources_access_check;
ALTER TABLE sources ADD CONSTRAINT sources_access_check
  CHECK (access IN ('public', 'restricted', 'confidential', 'sealed'));
ALTER TABLE person_lists DROP CONSTRAINT person_lists_access_check;
ALTER TABLE person_lists ADD CONSTRAINT person_lists_access_check
  CHECK (access IN ('public', 'restricted', 'confidential', 'sealed'));
ALTER TABLE person_records DROP CONSTRAINT person_records_access_check;
ALTER TABLE person_records ADD CONSTRAINT person_records_access_check
  CHECK (access IN ('public', 'restricted', 'confidential', 'sealed'));

-- A grant lets a user or every member of a group read (or also change) one item that its level
-- alone would hide. A grant on a compilation covers its parts; a grant on a source its claims.
CREATE TABLE access_grants (
  target_type text NOT NULL CHECK (target_type IN ('source', 'person_list', 'media', 'link')),
  target_id   text NOT NULL,
  principal   text NOT NULL CHECK (principal ~ '^(user|group):[a-z0-9][a-z0-9._-]{1,62}$'),
  mode        text NOT NULL CHECK (mode IN ('read', 'write')),
  granted_at  timestamptz NOT NULL,
  granted_by  text NOT NULL,
  PRIMARY KEY (target_type, target_id, principal)
);

-- keys is the caller's visibility, made by services/policies/access.policy.ts:
--   'level:<level>' for each level the caller sees without a grant,
--   'principal:user:<name>' and 'principal:group:<name>' for whom grants may name,
--   'case-scoped' and 'case:<id>' when the caller (a case-scoped token) may see one case only.
CREATE FUNCTION casefile_may_see(level text, target_type text, target_ids text[], item_case text, keys text[])
RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT (('level:' || level) = ANY (keys)
          OR EXISTS (SELECT 1 FROM access_grants g
                     WHERE g.target_type = $2 AND g.target_id = ANY ($3)
                       AND ('principal:' || g.principal) = ANY (keys)))
     AND (NOT ('case-scoped' = ANY (keys)) OR ('case:' || coalesce(item_case, '')) = ANY (keys))
$$;
