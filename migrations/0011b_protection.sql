-- Witness protection and consent. A person of a case (a witness, a claimant, a name in its
-- passages or lists) can be protected: whoever may not see the name gets a stable pseudonym and
-- masked passages. Consent records (scope, date, who recorded it, withdrawn when) gate
-- publication: a registered person is named publicly only while unprotected and with consent to
-- publication in force. Names live only here, never in the activity log, so that a protected name
-- can be kept out of everything that cannot be changed later.

CREATE TABLE case_persons (
  id         uuid PRIMARY KEY,
  case_id    text NOT NULL REFERENCES cases (id),
  name       text NOT NULL CHECK (name <> ''),
  -- The spelling-free key (core/protection): one row per person whatever the spelling given.
  name_key   text NOT NULL CHECK (name_key <> ''),
  pseudonym  text NOT NULL,
  protected  boolean NOT NULL,
  version    integer NOT NULL,
  changed_at timestamptz NOT NULL,
  changed_by text NOT NULL,
  UNIQUE (case_id, name_key)
);

CREATE TABLE case_person_versions (
  person_id  uuid NOT NULL REFERENCES case_persons (id),
  version    integer NOT NULL,
  protected  boolean NOT NULL,
  created_at timestamptz NOT NULL,
  created_by text NOT NULL,
  reason     text,
  PRIMARY KEY (person_id, version)
);

CREATE TABLE person_consents (
  id           uuid PRIMARY KEY,
  person_id    uuid NOT NULL REFERENCES case_persons (id),
  -- publication: the name may be shown publicly; memorial: in the memorial; research: the team
  -- may use the testimony.
  scope        text NOT NULL CHECK (scope IN ('publication', 'memorial', 'research')),
  given_on     date NOT NULL,
  note         text,
  recorded_at  timestamptz NOT NULL,
  recorded_by  text NOT NULL,
  withdrawn_at timestamptz,
  withdrawn_by text,
  version      integer NOT NULL,
  CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL))
);
CREATE INDEX person_consents_person ON person_consents (person_id);

CREATE TABLE person_consent_versions (
  consent_id uuid NOT NULL REFERENCES person_consents (id),
  version    integer NOT NULL,
  state      text NOT NULL CHECK (state IN ('given', 'withdrawn')),
  created_at timestamptz NOT NULL,
  created_by text NOT NULL,
  reason     text,
  PRIMARY KEY (consent_id, version)
);

-- A grant on a case lets its team (a group) or a user see the case's protected names.
ALTER TABLE access_grants DROP CONSTRAINT access_grants_target_type_check;
ALTER TABLE access_grants ADD CONSTRAINT access_grants_target_type_check
  CHECK (target_type IN ('source', 'person_list', 'media', 'link', 'case'));
