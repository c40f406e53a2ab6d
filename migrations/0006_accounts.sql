-- Accounts and teams: users with one role each, groups of users, sessions kept in the store
-- (the cookie holds only a signed random id; the row is keyed by that id's SHA-256), API tokens
-- stored as hashes, and the server's own secrets (the session-cookie signing key).

CREATE TABLE users (
  id            uuid PRIMARY KEY,
  username      text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
  display_name  text NOT NULL,
  role          text NOT NULL CHECK (role IN ('viewer', 'editor', 'reviewer', 'admin')),
  -- Argon2id in PHC string form ($argon2id$v=19$m=…,t=…,p=…$salt$hash).
  password_hash text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
  created_at    timestamptz NOT NULL,
  created_by    text NOT NULL,
  disabled_at   timestamptz
);

CREATE TABLE groups (
  id         uuid PRIMARY KEY,
  name       text NOT NULL UNIQUE CHECK (name ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
  created_at timestamptz NOT NULL,
  created_by text NOT NULL
);

CREATE TABLE group_members (
  group_id uuid NOT NULL REFERENCES groups (id),
  user_id  uuid NOT NULL REFERENCES users (id),
  PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_members_user ON group_members (user_id);

CREATE TABLE sessions (
  id_sha256  text PRIMARY KEY CHECK (id_sha256 ~ '^[0-9a-f]{64}$'),
  user_id    uuid REFERENCES users (id),
  data       jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE api_tokens (
  id           uuid PRIMARY KEY,
  user_id      uuid NOT NULL REFERENCES users (id),
  name         text NOT NULL,
  -- SHA-256 of the token: the token itself is shown once and never stored.
  token_sha256 text NOT NULL UNIQUE CHECK (token_sha256 ~ '^[0-9a-f]{64}$'),
  scope        text NOT NULL CHECK (scope IN ('read', 'write', 'admin')),
  case_id      text,
  created_at   timestamptz NOT NULL,
  created_by   text NOT NULL,
  expires_at   timestamptz,
  revoked_at   timestamptz,
  last_used_at timestamptz
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TABLE server_secrets (
  name  text PRIMARY KEY,
  value text NOT NULL
);
