-- Platform credentials: one record per (platform, workspace), such as the
-- bot token of a Slack workspace that installed the app. secret holds what
-- the adapter sealed (AES-256-GCM, internal/seal), never a token in clear;
-- meta is the adapter's own note beside it, never secret. Times are Unix
-- milliseconds (UTC).

CREATE TABLE credentials (
  platform      TEXT    NOT NULL,
  workspace     TEXT    NOT NULL,
  secret        BLOB,                            -- sealed; NULL for a record of metadata only
  meta          BLOB    NOT NULL,
  expires_at    INTEGER,                         -- when secret stops working; NULL: never
  rev           INTEGER NOT NULL,                -- grows with every put
  updated_at    INTEGER NOT NULL,
  refresh_owner TEXT    NOT NULL DEFAULT '',     -- who is refreshing secret, until refresh_until
  refresh_until INTEGER,
  PRIMARY KEY (platform, workspace)
) WITHOUT ROWID;

CREATE INDEX credentials_expiring ON credentials (platform, expires_at) WHERE expires_at IS NOT NULL;

-- One-time values (the state of an OAuth flow): a value is used once while
-- its row lasts.
CREATE TABLE once_values (
  key        TEXT    PRIMARY KEY,
  expires_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE INDEX once_values_expiry ON once_values (expires_at);
