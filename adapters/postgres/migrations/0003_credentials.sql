-- Platform credentials: one record per (platform, workspace), such as the
-- bot token of a Slack workspace that installed the app. secret holds what
-- the adapter sealed (AES-256-GCM, internal/seal), never a token in clear;
-- meta is the adapter's own note beside it, never secret.

CREATE TABLE credentials (
  platform      TEXT        NOT NULL,
  workspace     TEXT        NOT NULL,
  secret        BYTEA,                          -- sealed; NULL for a record of metadata only
  meta          BYTEA       NOT NULL,
  expires_at    TIMESTAMPTZ,                    -- when secret stops working; NULL: never
  rev           BIGINT      NOT NULL,           -- grows with every put
  updated_at    TIMESTAMPTZ NOT NULL,
  refresh_owner TEXT        NOT NULL DEFAULT '', -- who is refreshing secret, until refresh_until
  refresh_until TIMESTAMPTZ,
  PRIMARY KEY (platform, workspace)
);

CREATE INDEX credentials_expiring ON credentials (platform, expires_at) WHERE expires_at IS NOT NULL;

-- One-time values (the state of an OAuth flow): a value is used once while
-- its row lasts, across replicas.
CREATE TABLE once_values (
  key        TEXT        PRIMARY KEY,
  expires_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX once_values_expiry ON once_values (expires_at);
