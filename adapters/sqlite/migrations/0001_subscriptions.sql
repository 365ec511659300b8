-- Daily-briefing subscriptions, the record of their posts, and the quotes
-- of the day they used. Times are Unix milliseconds (UTC); local dates are
-- YYYY-MM-DD text, which sorts as dates do.

CREATE TABLE subscriptions (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  platform    TEXT    NOT NULL,
  workspace   TEXT    NOT NULL,
  channel     TEXT    NOT NULL,
  topics      TEXT    NOT NULL,                 -- JSON array of topic ids
  at_minute   INTEGER NOT NULL CHECK (at_minute BETWEEN 0 AND 1439),
  tz          TEXT    NOT NULL,                 -- IANA time zone
  skip_empty  INTEGER NOT NULL DEFAULT 0,
  created_by  TEXT    NOT NULL DEFAULT '',
  created_at  INTEGER NOT NULL,
  next_at     INTEGER NOT NULL,
  next_date   TEXT    NOT NULL,
  paused      TEXT    NOT NULL DEFAULT '',      -- why, when paused
  last_posted INTEGER,
  seen_date   INTEGER,
  seen_ids    TEXT    NOT NULL DEFAULT '[]',
  last_date   TEXT    NOT NULL DEFAULT '',
  last_state  TEXT    NOT NULL DEFAULT '',
  last_detail TEXT    NOT NULL DEFAULT '',
  last_at     INTEGER
);

CREATE INDEX subscriptions_channel ON subscriptions (platform, workspace, channel);
CREATE INDEX subscriptions_due ON subscriptions (platform, next_at) WHERE paused = '';

-- One row per (subscription, local date): the claim that makes a post go
-- out once.
CREATE TABLE posts (
  subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
  local_date      TEXT    NOT NULL,
  due_at          INTEGER NOT NULL,
  state           TEXT    NOT NULL,             -- pending, sending, sent, skipped, missed, failed, unknown
  owner           TEXT    NOT NULL DEFAULT '',
  lease_until     INTEGER NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  detail          TEXT    NOT NULL DEFAULT '',
  quote_id        TEXT    NOT NULL DEFAULT '',
  claimed_at      INTEGER NOT NULL,
  finished_at     INTEGER,
  PRIMARY KEY (subscription_id, local_date)
) WITHOUT ROWID;

CREATE TABLE quote_history (
  subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
  quote_id        TEXT    NOT NULL,
  used_at         INTEGER NOT NULL,
  PRIMARY KEY (subscription_id, quote_id)
) WITHOUT ROWID;
